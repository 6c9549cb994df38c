-- AlterTable
ALTER TABLE "ChatSubscription" ADD COLUMN "threadId" INTEGER;

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "mediaKey" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "threadId" INTEGER;

-- CreateTable
CREATE TABLE "ForumTopic" (
    "chatId" BIGINT NOT NULL,
    "threadId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "closed" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("chatId", "threadId")
);

-- CreateTable
CREATE TABLE "MediaFile" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "data" BLOB NOT NULL,
    "fileId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
