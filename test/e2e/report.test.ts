import { decode } from 'fast-png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { areaKey } from '../../src/core/admin/inbox-state.ts';
import { userId } from '../../src/core/ids.ts';
import { reportData } from '../../src/core/reports/buttons.ts';
import type { ApiCall } from '../../src/emulator/bot-api.ts';
import type { UploadedFile } from '../../src/emulator/multipart.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, privateText } from '../support/updates.ts';

const OWNER = 9701;
const LIMITED = 9702;
const RESIDENT = 9703;
const DAY = 86_400_000;
const NOW = new Date('2026-12-01T06:00:00Z');
const photoOf = (calls: ApiCall[]) => calls.find((c) => c.ok && c.method === 'sendPhoto');
const pngOf = (call: ApiCall | undefined) => (call!.params.photo as UploadedFile).data;

describe.each(FRAMEWORKS)('/report under %s', (framework) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ framework, env: { ADMIN_IDS: String(OWNER) }, clock: { now: () => NOW } });
    const db = h.app.db.prisma;
    await db.area.create({
      data: { id: 'aqtobe', kind: 'province', nameKk: 'Ақтөбе облысы', nameRu: 'Актюбинская область', nameEn: 'Aqtobe Region' },
    });
    await db.area.create({
      data: { id: 'aqtobe/oiyl', parentId: 'aqtobe', kind: 'settlement', nameKk: 'Ойыл', nameRu: 'Уил', nameEn: 'Oiyl' },
    });
    await db.area.create({
      data: { id: 'aqtobe/kobda', parentId: 'aqtobe', kind: 'settlement', nameKk: 'Қобда', nameRu: 'Кобда', nameEn: 'Kobda' },
    });
    await db.admin.create({ data: { userId: BigInt(LIMITED), role: 'admin', areaIds: JSON.stringify(['aqtobe/kobda']) } });
    const repo = new PrismaComplaintRepository(db);
    const file = (areaId: string, daysAgo: number, categoryCode: string) =>
      repo.create({
        year: 2026,
        categoryCode,
        areaId,
        description: 'Нет воды третий день',
        photos: [],
        latitude: null,
        longitude: null,
        source: 'private',
        sourceChatId: null,
        authorId: userId(RESIDENT),
        consent: false,
        contactName: null,
        contactHandle: null,
        createdAt: new Date(NOW.getTime() - daysAgo * DAY),
        dueAt: new Date(NOW.getTime() - daysAgo * DAY + 15 * DAY),
      });
    const a = await file('aqtobe/oiyl', 20, 'water');
    await repo.changeStatus({
      complaintId: a.id,
      from: 'new',
      to: 'resolved',
      note: null,
      actorId: userId(OWNER),
      at: new Date(NOW.getTime() - 16 * DAY),
    });
    await file('aqtobe/oiyl', 3, 'roads');
    await file('aqtobe/kobda', 2, 'waste');
    await file('aqtobe/kobda', 45, 'waste'); // outside 30 days, inside 90
  });
  afterAll(async () => h?.stop());

  it('when the owner asks for /report, then a PNG photo comes with the figures in the caption and buttons for periods and areas', async () => {
    const calls = await h.send(privateText(OWNER, '/report', { languageCode: 'en' }));
    const photo = photoOf(calls);
    expect(photo?.params.chat_id).toBe(OWNER);
    const png = pngOf(photo);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(decode(png).width).toBe(1000);
    expect(png.length).toBeGreaterThan(10_000);
    expect(String(photo!.params.caption)).toMatch(
      /: 3, resolved 1\. Overdue now: 0; answered late: 0\. Median days to the first response: 4; to resolution: 4\./,
    );
    const buttons = JSON.stringify(photo!.params.reply_markup);
    expect(buttons).toContain(reportData.encode({ op: 'v', period: '90d', area: null }));
    expect(buttons).toContain(reportData.encode({ op: 'a', period: '30d', area: null }));
  });

  it('when a period button is pressed, then the report for that period comes as a new photo', async () => {
    const calls = await h.send(callback(OWNER, reportData.encode({ op: 'v', period: '90d', area: null }), { languageCode: 'ru' }));
    expect(String(photoOf(calls)!.params.caption)).toMatch(/: 4, решено 1\./);
  });

  it('when an area-limited admin asks, then only their area counts, and another area is refused', async () => {
    const mine = await h.send(privateText(LIMITED, '/report 90d', { languageCode: 'kk' }));
    expect(String(photoOf(mine)!.params.caption)).toMatch(/берілген шағым: 2, шешілгені 0/);
    const choices = await h.send(callback(LIMITED, reportData.encode({ op: 'a', period: '90d', area: null }), { languageCode: 'kk' }));
    const markup = JSON.stringify(choices.map((c) => c.params.reply_markup));
    expect(markup).toContain(reportData.encode({ op: 'v', period: '90d', area: areaKey('aqtobe/kobda') }));
    expect(markup).not.toContain(areaKey('aqtobe/oiyl'));
    const refused = await h.send(
      callback(LIMITED, reportData.encode({ op: 'v', period: '90d', area: areaKey('aqtobe/oiyl') }), { languageCode: 'kk' }),
    );
    expect(photoOf(refused)).toBeUndefined();
    const byName = await h.send(privateText(OWNER, '/report 30d Ойыл', { languageCode: 'en' }));
    expect(String(photoOf(byName)!.params.caption)).toMatch(/: 2, resolved 1/);
  });

  it('when the period is not one the bot knows, then a short localized answer comes and no photo', async () => {
    const calls = await h.send(privateText(OWNER, '/report 2026-13', { languageCode: 'ru' }));
    expect(photoOf(calls)).toBeUndefined();
    expect(h.texts(calls).join('\n')).toContain('Не знаю такого периода: «2026-13»');
  });

  it('when a resident sends /report or presses a forged report button, then it is an unknown command and a stale button', async () => {
    const calls = await h.send(privateText(RESIDENT, '/report', { languageCode: 'en' }));
    expect(photoOf(calls)).toBeUndefined();
    expect(h.texts(calls).join('\n')).toMatch(/There is no such command/);
    const pressed = await h.send(callback(RESIDENT, reportData.encode({ op: 'v', period: '30d', area: null })));
    expect(photoOf(pressed)).toBeUndefined();
    expect(pressed.some((c) => c.method === 'answerCallbackQuery')).toBe(true);
  });
});
