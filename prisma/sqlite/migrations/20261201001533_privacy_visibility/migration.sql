-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Complaint" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reference" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "categoryCode" TEXT NOT NULL,
    "areaId" TEXT,
    "description" TEXT NOT NULL,
    "descriptionVisible" BOOLEAN NOT NULL DEFAULT false,
    "photos" TEXT NOT NULL DEFAULT '[]',
    "latitude" REAL,
    "longitude" REAL,
    "status" TEXT NOT NULL DEFAULT 'new',
    "source" TEXT NOT NULL DEFAULT 'private',
    "sourceChatId" BIGINT,
    "authorId" BIGINT,
    "consent" BOOLEAN NOT NULL DEFAULT false,
    "contactName" TEXT,
    "contactHandle" TEXT,
    "contactPhone" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" DATETIME,
    "inProgressAt" DATETIME,
    "resolvedAt" DATETIME,
    "closedAt" DATETIME,
    "dueAt" DATETIME NOT NULL,
    "duplicateOfId" INTEGER,
    "lastNote" TEXT,
    "formKey" TEXT,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Complaint" ("acknowledgedAt", "areaId", "authorId", "categoryCode", "closedAt", "consent", "contactHandle", "contactName", "contactPhone", "createdAt", "description", "dueAt", "duplicateOfId", "formKey", "id", "inProgressAt", "lastNote", "latitude", "longitude", "photos", "reference", "resolvedAt", "seq", "source", "sourceChatId", "status", "updatedAt", "year") SELECT "acknowledgedAt", "areaId", "authorId", "categoryCode", "closedAt", "consent", "contactHandle", "contactName", "contactPhone", "createdAt", "description", "dueAt", "duplicateOfId", "formKey", "id", "inProgressAt", "lastNote", "latitude", "longitude", "photos", "reference", "resolvedAt", "seq", "source", "sourceChatId", "status", "updatedAt", "year" FROM "Complaint";
DROP TABLE "Complaint";
ALTER TABLE "new_Complaint" RENAME TO "Complaint";
CREATE UNIQUE INDEX "Complaint_reference_key" ON "Complaint"("reference");
CREATE UNIQUE INDEX "Complaint_formKey_key" ON "Complaint"("formKey");
CREATE INDEX "Complaint_areaId_categoryCode_status_idx" ON "Complaint"("areaId", "categoryCode", "status");
CREATE INDEX "Complaint_authorId_idx" ON "Complaint"("authorId");
CREATE INDEX "Complaint_status_idx" ON "Complaint"("status");
CREATE INDEX "Complaint_createdAt_idx" ON "Complaint"("createdAt");
CREATE UNIQUE INDEX "Complaint_year_seq_key" ON "Complaint"("year", "seq");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
