-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ComplaintUpdate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "complaintId" INTEGER NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'status',
    "note" TEXT,
    "actorId" BIGINT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ComplaintUpdate_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ComplaintUpdate" ("actorId", "complaintId", "createdAt", "fromStatus", "id", "note", "toStatus") SELECT "actorId", "complaintId", "createdAt", "fromStatus", "id", "note", "toStatus" FROM "ComplaintUpdate";
DROP TABLE "ComplaintUpdate";
ALTER TABLE "new_ComplaintUpdate" RENAME TO "ComplaintUpdate";
CREATE INDEX "ComplaintUpdate_complaintId_idx" ON "ComplaintUpdate"("complaintId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
