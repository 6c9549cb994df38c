-- AlterTable
ALTER TABLE "Candidacy" ADD COLUMN "statusReasonEn" TEXT;
ALTER TABLE "Candidacy" ADD COLUMN "statusReasonKk" TEXT;
ALTER TABLE "Candidacy" ADD COLUMN "statusReasonRu" TEXT;
ALTER TABLE "Candidacy" ADD COLUMN "statusSource" TEXT;

-- AlterTable
ALTER TABLE "Election" ADD COLUMN "pollingPlaceEn" TEXT;
ALTER TABLE "Election" ADD COLUMN "pollingPlaceKk" TEXT;
ALTER TABLE "Election" ADD COLUMN "pollingPlaceRu" TEXT;
ALTER TABLE "Election" ADD COLUMN "pollsClose" TEXT;
ALTER TABLE "Election" ADD COLUMN "pollsOpen" TEXT;
ALTER TABLE "Election" ADD COLUMN "statusReasonEn" TEXT;
ALTER TABLE "Election" ADD COLUMN "statusReasonKk" TEXT;
ALTER TABLE "Election" ADD COLUMN "statusReasonRu" TEXT;
ALTER TABLE "Election" ADD COLUMN "statusSource" TEXT;
