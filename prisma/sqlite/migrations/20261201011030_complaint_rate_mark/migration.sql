-- CreateTable
CREATE TABLE "ComplaintRateMark" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "ComplaintRateMark_key_createdAt_idx" ON "ComplaintRateMark"("key", "createdAt");
