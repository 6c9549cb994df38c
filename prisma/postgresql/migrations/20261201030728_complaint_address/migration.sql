-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "address" TEXT;
