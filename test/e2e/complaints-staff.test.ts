import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { userId } from '../../src/core/ids.ts';
import type { ApiCall } from '../../src/emulator/bot-api.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, privateText } from '../support/updates.ts';

const OWNER = 9401;
const AUTHOR = 9402;
const callsOf = (calls: ApiCall[], method: string) => calls.filter((c) => c.ok && c.method === method);

describe.each(FRAMEWORKS)('staff review of a complaint under %s', (framework) => {
  let h: Harness;
  let complaints: PrismaComplaintRepository;
  const base = {
    year: 2026, categoryCode: 'roads', areaId: null, source: 'private' as const, sourceChatId: null, authorId: userId(AUTHOR),
    consent: false, contactName: null, contactHandle: null, createdAt: new Date(), dueAt: new Date(Date.now() + 15 * 86_400_000),
  };

  beforeAll(async () => {
    h = await startHarness({ framework, env: { ADMIN_IDS: String(OWNER) } });
    for (const id of ['pit-1', 'pit-2', 'pit-3']) h.fake.registerFile(id, Buffer.from(`jpeg ${id}`), `${id}.jpg`);
    complaints = new PrismaComplaintRepository(h.app.db.prisma);
  });
  afterAll(async () => h?.stop());

  it('when staff open a complaint with photos and a place, then they get the album by file id, a map pin and a map link', async () => {
    const c = await complaints.create({ ...base, description: 'Яма на дороге у школы', photos: ['pit-1', 'pit-2', 'pit-3'], latitude: 49.07, longitude: 56.48 });
    const calls = await h.send(callback(OWNER, `io:${c.id}:-.-.-.0.0`));
    expect(h.texts(calls).join('\n')).toContain(c.reference);
    const [album] = callsOf(calls, 'sendMediaGroup');
    expect(album?.params.chat_id).toBe(OWNER);
    expect((album?.params.media as Array<{ media: string }>).map((m) => m.media)).toEqual(['pit-1', 'pit-2', 'pit-3']);
    const [pin] = callsOf(calls, 'sendLocation');
    expect(pin?.params).toMatchObject({ chat_id: OWNER, latitude: 49.07, longitude: 56.48 });
    const mapButton = (pin?.params.reply_markup as { inline_keyboard: Array<Array<{ url?: string }>> }).inline_keyboard[0]![0]!;
    expect(mapButton.url).toBe('https://www.openstreetmap.org/?mlat=49.07&mlon=56.48#map=17/49.07/56.48');
    // Nothing was downloaded: the photos went back to Telegram by id.
    expect(callsOf(calls, 'getFile')).toEqual([]);
  });

  it('when a complaint has one photo and no place, then staff get that photo and no pin', async () => {
    const c = await complaints.create({ ...base, description: 'Мусор не вывозят', photos: ['pit-1'], latitude: null, longitude: null });
    const calls = await h.send(callback(OWNER, `io:${c.id}:-.-.-.0.0`));
    expect(callsOf(calls, 'sendPhoto').map((p) => p.params.photo)).toEqual(['pit-1']);
    expect(callsOf(calls, 'sendLocation')).toEqual([]);
  });
});
