-- CreateTable
CREATE TABLE "StaffAlert" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "adminId" BIGINT NOT NULL,
    "complaintId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "categoryCode" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "sentAt" DATETIME
);

-- CreateTable
CREATE TABLE "ResponseTemplate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "categoryCode" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Admin" (
    "userId" BIGINT NOT NULL PRIMARY KEY,
    "role" TEXT NOT NULL DEFAULT 'admin',
    "areaIds" TEXT NOT NULL DEFAULT '[]',
    "categoryCodes" TEXT NOT NULL DEFAULT '[]',
    "addedBy" BIGINT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Admin" ("addedBy", "areaIds", "createdAt", "role", "userId") SELECT "addedBy", "areaIds", "createdAt", "role", "userId" FROM "Admin";
DROP TABLE "Admin";
ALTER TABLE "new_Admin" RENAME TO "Admin";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "StaffAlert_adminId_sentAt_idx" ON "StaffAlert"("adminId", "sentAt");

-- CreateIndex
CREATE INDEX "StaffAlert_sentAt_idx" ON "StaffAlert"("sentAt");

-- CreateIndex
CREATE INDEX "ResponseTemplate_categoryCode_locale_status_idx" ON "ResponseTemplate"("categoryCode", "locale", "status");
