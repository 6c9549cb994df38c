-- AlterTable
ALTER TABLE "Election" ADD COLUMN "declaredWinnerId" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Candidacy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "electionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "nomination" TEXT NOT NULL DEFAULT 'party',
    "party" TEXT,
    "status" TEXT NOT NULL DEFAULT 'registered',
    "ballotOrder" INTEGER,
    "statementKk" TEXT,
    "statementRu" TEXT,
    "statementEn" TEXT,
    "votes" INTEGER,
    "incumbent" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Candidacy_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Candidacy_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Candidacy" ("ballotOrder", "electionId", "id", "incumbent", "party", "personId", "statementEn", "statementKk", "statementRu", "status", "votes") SELECT "ballotOrder", "electionId", "id", "incumbent", "party", "personId", "statementEn", "statementKk", "statementRu", "status", "votes" FROM "Candidacy";
DROP TABLE "Candidacy";
ALTER TABLE "new_Candidacy" RENAME TO "Candidacy";
CREATE UNIQUE INDEX "Candidacy_electionId_personId_key" ON "Candidacy"("electionId", "personId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Data: the old encoding kept "not reported" as party '' and a declared winner as JSON in note.
UPDATE "Candidacy" SET "nomination" = CASE WHEN "party" IS NULL THEN 'self' WHEN "party" = '' THEN 'unknown' ELSE 'party' END;
UPDATE "Candidacy" SET "party" = NULL WHERE "party" = '';
UPDATE "Election" SET "declaredWinnerId" = json_extract("note", '$.declaredWinner'), "note" = NULL WHERE "note" LIKE '{"declaredWinner"%';
