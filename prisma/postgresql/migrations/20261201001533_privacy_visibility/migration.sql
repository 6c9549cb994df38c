-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "descriptionVisible" BOOLEAN NOT NULL DEFAULT false;
