-- AlterTable
ALTER TABLE "Admin" ADD COLUMN     "categoryCodes" TEXT NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "StaffAlert" (
    "id" SERIAL NOT NULL,
    "adminId" BIGINT NOT NULL,
    "complaintId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "categoryCode" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "StaffAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponseTemplate" (
    "id" SERIAL NOT NULL,
    "categoryCode" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResponseTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffAlert_adminId_sentAt_idx" ON "StaffAlert"("adminId", "sentAt");

-- CreateIndex
CREATE INDEX "StaffAlert_sentAt_idx" ON "StaffAlert"("sentAt");

-- CreateIndex
CREATE INDEX "ResponseTemplate_categoryCode_locale_status_idx" ON "ResponseTemplate"("categoryCode", "locale", "status");
