-- CreateTable
CREATE TABLE "ComplaintRateMark" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComplaintRateMark_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ComplaintRateMark_key_createdAt_idx" ON "ComplaintRateMark"("key", "createdAt");
