-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "formKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_formKey_key" ON "Complaint"("formKey");
