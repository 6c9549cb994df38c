-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "descriptionVisible" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ComplaintUpdate" ADD COLUMN     "internal" BOOLEAN NOT NULL DEFAULT false;
