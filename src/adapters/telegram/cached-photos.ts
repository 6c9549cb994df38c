import { LRUCache } from 'lru-cache';
import type { ChatId } from '../../core/ids.ts';
import type { BotApi, SendOptions } from './bot-api.ts';

/** Where images sent to many chats are kept: bytes by key, and the file_id Telegram gave the first upload. */
export interface MediaStore {
  get(key: string): Promise<{ data: Buffer; fileId: string | null } | null>;
  /** Keeps the bytes under `key` (a second put of the same key changes nothing). */
  put(key: string, data: Buffer): Promise<void>;
  setFileId(key: string, fileId: string): Promise<void>;
}

/**
 * Sends stored images so that each is uploaded to Telegram once: the first send uploads the bytes and
 * keeps the file_id Telegram answers with; every later send (1,000 groups of a broadcast) passes that
 * file_id. Sends of the same image while its upload is under way wait for it instead of uploading
 * again. (Several replicas may each upload once: the file_id is shared through the store afterwards.)
 */
export class CachedPhotos {
  private readonly uploading = new Map<string, Promise<string | null>>();
  /** file_ids this process already knows: the thousandth send of a picture reads nothing from the store. */
  private readonly fileIds = new LRUCache<string, string>({ max: 1024 });
  constructor(
    private readonly api: BotApi,
    private readonly store: MediaStore,
  ) {}

  async put(key: string, data: Buffer): Promise<void> {
    if (!this.fileIds.has(key)) await this.store.put(key, data);
  }

  async send(chat: ChatId, key: string, opts: SendOptions & { caption?: string }): Promise<{ messageId: number }> {
    const known = this.fileIds.get(key);
    if (known) return this.api.sendPhoto(chat, { fileId: known }, opts);
    const stored = await this.store.get(key);
    if (!stored) throw new Error(`image ${key} is not stored`);
    const fileId = stored.fileId ?? (await this.uploading.get(key));
    if (fileId) this.fileIds.set(key, fileId);
    if (fileId) return this.api.sendPhoto(chat, { fileId }, opts);
    let settle!: (fileId: string | null) => void;
    this.uploading.set(key, new Promise((resolve) => (settle = resolve)));
    try {
      const sent = await this.api.sendPhoto(chat, { filename: 'results.png', data: stored.data }, opts);
      if (sent.fileId) {
        await this.store.setFileId(key, sent.fileId);
        this.fileIds.set(key, sent.fileId);
      }
      settle(sent.fileId || null);
      return sent;
    } catch (err) {
      settle(null); // the next send uploads itself (this chat may have been the problem)
      throw err;
    } finally {
      this.uploading.delete(key);
    }
  }
}
