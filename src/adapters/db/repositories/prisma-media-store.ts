import type { PrismaDb } from '../client.ts';
import type { MediaStore } from '../../telegram/cached-photos.ts';

/** Images sent to many chats (MediaFile rows): bytes by sha256, and Telegram's file_id once uploaded. */
export class PrismaMediaStore implements MediaStore {
  constructor(private readonly db: PrismaDb) {}

  async get(key: string): Promise<{ data: Buffer; fileId: string | null } | null> {
    const row = await this.db.mediaFile.findUnique({ where: { key } });
    return row ? { data: Buffer.from(row.data), fileId: row.fileId } : null;
  }

  async put(key: string, data: Buffer): Promise<void> {
    await this.db.mediaFile.upsert({ where: { key }, create: { key, data: new Uint8Array(data) }, update: {} });
  }

  async setFileId(key: string, fileId: string): Promise<void> {
    await this.db.mediaFile.update({ where: { key }, data: { fileId } });
  }
}
