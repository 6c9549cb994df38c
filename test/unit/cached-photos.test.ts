import { describe, expect, it } from 'vitest';
import { chatId } from '../../src/core/ids.ts';
import type { BotApi } from '../../src/adapters/telegram/bot-api.ts';
import { CachedPhotos, type MediaStore } from '../../src/adapters/telegram/cached-photos.ts';

function countingStore() {
  const rows = new Map<string, { data: Buffer; fileId: string | null }>();
  const calls = { get: 0, put: 0 };
  const store: MediaStore = {
    get: async (k) => (calls.get++, rows.get(k) ?? null),
    put: async (k, data) => void (calls.put++, rows.has(k) || rows.set(k, { data, fileId: null })),
    setFileId: async (k, fileId) => void (rows.get(k)!.fileId = fileId),
  };
  return { store, calls };
}

describe('cached photos', () => {
  it('when one picture goes to many chats, then it is uploaded once and later sends read nothing from the store', async () => {
    const sent: Array<{ fileId?: string; data?: Buffer }> = [];
    const api = {
      sendPhoto: async (_chat: unknown, photo: { fileId?: string; data?: Buffer }) => (
        sent.push(photo), { messageId: sent.length, fileId: 'F1' }
      ),
    } as unknown as BotApi;
    const { store, calls } = countingStore();
    const photos = new CachedPhotos(api, store);
    for (let i = 0; i < 50; i++) {
      await photos.put('k', Buffer.from('png'));
      await photos.send(chatId(-100 - i), 'k', {});
    }
    expect(sent.filter((p) => p.data).length).toBe(1);
    expect(sent.slice(1).every((p) => p.fileId === 'F1')).toBe(true);
    expect(calls).toEqual({ get: 1, put: 1 });
  });
});
