-- AlterTable
ALTER TABLE "ChatSubscription" ADD COLUMN     "threadId" INTEGER;

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "mediaKey" TEXT,
ADD COLUMN     "threadId" INTEGER;

-- CreateTable
CREATE TABLE "ForumTopic" (
    "chatId" BIGINT NOT NULL,
    "threadId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "closed" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ForumTopic_pkey" PRIMARY KEY ("chatId","threadId")
);

-- CreateTable
CREATE TABLE "MediaFile" (
    "key" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "fileId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaFile_pkey" PRIMARY KEY ("key")
);
