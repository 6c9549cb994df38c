-- AlterTable
ALTER TABLE "Candidacy" ADD COLUMN     "statusReasonEn" TEXT,
ADD COLUMN     "statusReasonKk" TEXT,
ADD COLUMN     "statusReasonRu" TEXT,
ADD COLUMN     "statusSource" TEXT;

-- AlterTable
ALTER TABLE "Election" ADD COLUMN     "pollingPlaceEn" TEXT,
ADD COLUMN     "pollingPlaceKk" TEXT,
ADD COLUMN     "pollingPlaceRu" TEXT,
ADD COLUMN     "pollsClose" TEXT,
ADD COLUMN     "pollsOpen" TEXT,
ADD COLUMN     "statusReasonEn" TEXT,
ADD COLUMN     "statusReasonKk" TEXT,
ADD COLUMN     "statusReasonRu" TEXT,
ADD COLUMN     "statusSource" TEXT;
