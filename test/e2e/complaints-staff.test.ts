import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { photoLinks } from '../../src/core/exports/photo-links.ts';
import { userId } from '../../src/core/ids.ts';
import type { ApiCall } from '../../src/emulator/bot-api.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, privateText } from '../support/updates.ts';
import { EMPTY_STATE } from '../../src/core/admin/inbox-state.ts';
import { myComplaintsData } from '../../src/core/complaints/buttons.ts';
import { exportData, noteData, openData } from '../../src/core/admin/buttons.ts';

const OWNER = 9401;
const AUTHOR = 9402;
const SUPPORTER = 9403;
const callsOf = (calls: ApiCall[], method: string) => calls.filter((c) => c.ok && c.method === method);

describe.each(FRAMEWORKS)('staff review of a complaint under %s', (framework) => {
  let h: Harness;
  let complaints: PrismaComplaintRepository;
  const base = {
    year: 2026,
    categoryCode: 'roads',
    areaId: null,
    source: 'private' as const,
    sourceChatId: null,
    authorId: userId(AUTHOR),
    consent: false,
    contactName: null,
    contactHandle: null,
    createdAt: new Date(),
    dueAt: new Date(Date.now() + 15 * 86_400_000),
  };

  beforeAll(async () => {
    h = await startHarness({ framework, env: { ADMIN_IDS: String(OWNER) } });
    for (const id of ['pit-1', 'pit-2', 'pit-3']) h.fake.registerFile(id, Buffer.from(`jpeg ${id}`), `${id}.jpg`);
    complaints = new PrismaComplaintRepository(h.app.db.prisma);
  });
  afterAll(async () => h?.stop());

  it('when staff open a complaint with photos and a place, then they get the album by file id, a map pin and a map link', async () => {
    const c = await complaints.create({
      ...base,
      description: 'Яма на дороге у школы',
      photos: ['pit-1', 'pit-2', 'pit-3'],
      latitude: 49.07,
      longitude: 56.48,
    });
    const calls = await h.send(callback(OWNER, openData.encode({ id: c.id, state: EMPTY_STATE })));
    expect(h.texts(calls).join('\n')).toContain(c.reference);
    const [album] = callsOf(calls, 'sendMediaGroup');
    expect(album?.params.chat_id).toBe(OWNER);
    expect((album!.params.media as Array<{ media: string }>).map((m) => m.media)).toEqual(['pit-1', 'pit-2', 'pit-3']);
    const [pin] = callsOf(calls, 'sendLocation');
    expect(pin?.params).toMatchObject({ chat_id: OWNER, latitude: 49.07, longitude: 56.48 });
    const mapButton = (pin!.params.reply_markup as { inline_keyboard: Array<Array<{ url?: string }>> }).inline_keyboard[0]![0]!;
    expect(mapButton.url).toBe('https://www.openstreetmap.org/?mlat=49.07&mlon=56.48#map=17/49.07/56.48');
    // Nothing was downloaded: the photos went back to Telegram by id.
    expect(callsOf(calls, 'getFile')).toEqual([]);
  });

  it('when a complaint has one photo and no place, then staff get that photo and no pin', async () => {
    const c = await complaints.create({ ...base, description: 'Мусор не вывозят', photos: ['pit-1'], latitude: null, longitude: null });
    const calls = await h.send(callback(OWNER, openData.encode({ id: c.id, state: EMPTY_STATE })));
    expect(callsOf(calls, 'sendPhoto').map((p) => p.params.photo)).toEqual(['pit-1']);
    expect(callsOf(calls, 'sendLocation')).toEqual([]);
  });

  it('when staff write an internal note, then no resident receives it or sees it in their history; a public note reaches author and supporter', async () => {
    const c = await complaints.create({ ...base, description: 'Нет света в подъезде', photos: [], latitude: null, longitude: null });
    await complaints.addSupporter(c.id, userId(SUPPORTER), new Date());
    await h.send(callback(OWNER, noteData.encode({ id: c.id, visibility: 'internal' })));
    const internal = await h.send(privateText(OWNER, 'Подрядчик обещал в пятницу, жителям не говорить'));
    const residents = internal.filter((x) => x.method === 'sendMessage' && [AUTHOR, SUPPORTER].includes(Number(x.params.chat_id)));
    expect(residents).toEqual([]);
    expect(h.texts(internal).join('\n')).toMatch(/Внутренняя заметка/);
    const staffView = h.texts(await h.send(callback(OWNER, openData.encode({ id: c.id, state: EMPTY_STATE })))).join('\n');
    expect(staffView).toMatch(/🔒.*Подрядчик обещал/);
    for (const resident of [AUTHOR, SUPPORTER]) {
      const detail = h.texts(await h.send(callback(resident, myComplaintsData.encode({ op: 'd', id: c.id })))).join('\n');
      expect(detail).toContain(c.reference);
      expect(detail).not.toContain('Подрядчик');
    }
    const sent = await h
      .send(callback(OWNER, noteData.encode({ id: c.id, visibility: 'public' })))
      .then(() => h.send(privateText(OWNER, 'Бригада приедет завтра')));
    for (const resident of [AUTHOR, SUPPORTER]) {
      const got = sent.filter((x) => x.method === 'sendMessage' && Number(x.params.chat_id) === resident).map((x) => String(x.params.text));
      expect(got.join('\n')).toMatch(/Бригада приедет завтра/);
      expect(got.join('\n')).not.toMatch(/Подрядчик/);
    }
    const history = await complaints.history(c.id);
    expect(history.map((u) => u.kind)).toEqual(['status', 'note']);
    expect((await complaints.findById(c.id))?.lastNote).toBe('Бригада приедет завтра');
  });

  it('when staff export, then rows carry the place and signed photo links that serve the photo, and a tampered or expired link is refused', async () => {
    const c = await complaints.create({
      ...base,
      description: 'Открытый люк во дворе',
      photos: ['pit-2', 'pit-3'],
      latitude: 49.0712,
      longitude: 56.4833,
    });
    await h.send(privateText(OWNER, '/export'));
    const calls = await h.send(callback(OWNER, exportData.encode({ op: 'go', state: EMPTY_STATE })));
    const csv = calls.find(
      (x) => x.method === 'sendDocument' && String((x.params.document as { filename: string }).filename).endsWith('.csv'),
    );
    const rows = parse((csv!.params.document as { data: Buffer }).data, { bom: true, columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.reference === c.reference)!;
    expect(row).toMatchObject({ latitude: '49.0712', longitude: '56.4833', photos: '2' });
    const links = row['photo links']!.split(' ');
    expect(links).toHaveLength(2);
    for (const link of links) expect(link).not.toContain(h.fake.token.split(':')[1]!);
    const served = await fetch(links[0]!);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).toString()).toBe('jpeg pit-2');
    const [payload, signature] = links[1]!.split('/photos/')[1]!.split('.');
    const forged = `${links[1]!.split('/photos/')[0]}/photos/${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await fetch(forged)).status).toBe(403);
    const otherFile = Buffer.from(JSON.stringify({ f: 'pit-1', e: 4_000_000_000 })).toString('base64url');
    expect((await fetch(`${links[1]!.split('/photos/')[0]}/photos/${otherFile}.${signature}`)).status).toBe(403);
    const old = photoLinks(`photo-links:${h.fake.token}`, `http://localhost:${h.app.http.port}`).url(
      'pit-2',
      new Date(Date.now() - 8 * 86_400_000),
    );
    expect((await fetch(old)).status).toBe(410);
  });

  it('when staff open /inbox, then complaints come by due date, overdue first', async () => {
    await h.app.db.prisma.complaint.updateMany({ data: { status: 'resolved' } });
    const later = await complaints.create({
      ...base,
      description: 'Скамейка сломана',
      photos: [],
      latitude: null,
      longitude: null,
      dueAt: new Date(Date.now() + 20 * 86_400_000),
    });
    const overdue = await complaints.create({
      ...base,
      description: 'Нет воды',
      photos: [],
      latitude: null,
      longitude: null,
      dueAt: new Date(Date.now() - 86_400_000),
    });
    const soon = await complaints.create({
      ...base,
      description: 'Яма',
      photos: [],
      latitude: null,
      longitude: null,
      dueAt: new Date(Date.now() + 2 * 86_400_000),
    });
    const calls = await h.send(privateText(OWNER, '/inbox'));
    const text = JSON.stringify(calls.filter((c) => c.method === 'sendMessage').map((c) => [c.params.text, c.params.reply_markup]));
    const at = (ref: string) => text.indexOf(ref);
    expect(at(overdue.reference)).toBeGreaterThan(-1);
    expect(at(overdue.reference)).toBeLessThan(at(soon.reference));
    expect(at(soon.reference)).toBeLessThan(at(later.reference));
  });
});
