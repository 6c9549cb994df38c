-- AlterTable
ALTER TABLE "ComplaintUpdate" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'status';
