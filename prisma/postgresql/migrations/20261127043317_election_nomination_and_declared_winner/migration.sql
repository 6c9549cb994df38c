-- AlterTable
ALTER TABLE "Candidacy" ADD COLUMN     "nomination" TEXT NOT NULL DEFAULT 'party';

-- AlterTable
ALTER TABLE "Election" ADD COLUMN     "declaredWinnerId" TEXT;

-- Data: the old encoding kept "not reported" as party '' and a declared winner as JSON in note.
UPDATE "Candidacy" SET "nomination" = CASE WHEN "party" IS NULL THEN 'self' WHEN "party" = '' THEN 'unknown' ELSE 'party' END;
UPDATE "Candidacy" SET "party" = NULL WHERE "party" = '';
UPDATE "Election" SET "declaredWinnerId" = ("note"::json ->> 'declaredWinner'), "note" = NULL WHERE "note" LIKE '{"declaredWinner"%';
