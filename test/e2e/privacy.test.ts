import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { userId } from '../../src/core/ids.ts';
import type { ApiCall } from '../../src/emulator/bot-api.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, contact, location, photo, privateText } from '../support/updates.ts';
import { EMPTY_STATE } from '../../src/core/admin/inbox-state.ts';
import { exportData } from '../../src/core/admin/buttons.ts';
import { formData } from '../../src/core/complaints/form/buttons.ts';
import { myComplaintsData } from '../../src/core/complaints/buttons.ts';

/** What a resident typed that must never reach another resident. */
const SECRET_PHONE = '8.701.123.45.67';
const SECRET_WORDS = 'Асель из кв. 14';
const DESCRIPTION = `Нет воды третий день, звоните ${SECRET_PHONE}, ${SECRET_WORDS}, aliya@mail.kz`;

const keyboardOf = (calls: ApiCall[]) =>
  calls
    .filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText')
    .flatMap((c) => (c.params.reply_markup?.inline_keyboard ?? []).flat()) as { text: string; callback_data?: string }[];

describe.each(FRAMEWORKS)('privacy of complaints under %s', (framework) => {
  let h: Harness;
  const say = async (user: number, text: string) => h.texts(await h.send(privateText(user, text))).join('\n');
  const pressText = async (user: number, data: string) => h.texts(await h.send(callback(user, data))).join('\n');

  /** Files a water complaint in Oiyl with a photo and a location; `visible` turns on "show to neighbours". */
  async function file(user: number, description: string, visible: boolean): Promise<string> {
    await say(user, '/complain');
    await pressText(user, formData.encode({ action: 'cat', arg: 'water' }));
    const afterPlace = await say(user, 'Ойыл');
    if (/Похож/.test(afterPlace)) await pressText(user, formData.encode({ action: 'new', arg: '' }));
    await say(user, description);
    await h.send(photo(user, `photo-of-${user}`));
    await pressText(user, formData.encode({ action: 'next', arg: '' }));
    await h.send(location(user, 49.0712, 56.4843));
    const confirm = await h.send(callback(user, formData.encode({ action: 'consent', arg: 'n' })));
    expect(h.texts(confirm).join()).toMatch(/Описание: видно только вам и акимату/);
    expect(keyboardOf(confirm).map((b) => b.callback_data)).toContain(formData.encode({ action: 'visible', arg: 'y' }));
    if (visible) expect(await pressText(user, formData.encode({ action: 'visible', arg: 'y' }))).toMatch(/Описание: видно соседям/);
    const filed = await pressText(user, formData.encode({ action: 'send', arg: '' }));
    return /C-\d{4}-\d{6}/.exec(filed)![0];
  }

  beforeAll(async () => {
    h = await startHarness({ framework });
    const prisma = h.app.db.prisma;
    await prisma.area.create({
      data: { id: 'aqtobe', kind: 'province', nameKk: 'Ақтөбе облысы', nameRu: 'Актюбинская область', nameEn: 'Aqtobe Region' },
    });
    await prisma.area.create({
      data: { id: 'aqtobe/oiyl', parentId: 'aqtobe', kind: 'settlement', nameKk: 'Ойыл', nameRu: 'Ойыл', nameEn: 'Oiyl' },
    });
  });
  afterAll(async () => h?.stop());

  it('when a neighbour starts the same complaint, then the "+1" offer names it by category, place, date, status and supporters, never by its words', async () => {
    const reference = await file(8101, DESCRIPTION, false);
    await say(8102, '/complain');
    await pressText(8102, formData.encode({ action: 'cat', arg: 'water' }));
    const offer = await say(8102, 'Ойыл');
    expect(offer).toMatch(new RegExp(`${reference} · Вода · Ойыл, Актюбинская область · подана .+ · новая · поддержали: 0`));
    expect(offer).not.toMatch(/Нет воды третий день|701|Асель|aliya/);
    await say(8102, '/cancel');
  });

  it('when the author chose to show the description, then the offer shows it masked', async () => {
    await h.app.db.prisma.complaint.deleteMany({});
    await file(8103, DESCRIPTION, true);
    await say(8104, '/complain');
    await pressText(8104, formData.encode({ action: 'cat', arg: 'water' }));
    const offer = await say(8104, 'Ойыл');
    expect(offer).toMatch(/Нет воды третий день, звоните •••/);
    expect(offer).not.toMatch(/701|123|aliya/);
    await say(8104, '/cancel');
  });

  it('when a neighbour pressed "+1", then their /mycomplaints shows reference, category, place, status, dates and public history only', async () => {
    await h.app.db.prisma.complaint.deleteMany({});
    const reference = await file(8105, DESCRIPTION, true);
    const complaint = await h.app.db.prisma.complaint.findUniqueOrThrow({ where: { reference } });
    await h.app.db.prisma.complaintUpdate.createMany({
      data: [
        { complaintId: complaint.id, fromStatus: 'new', toStatus: 'acknowledged', note: 'Бригада приедет в среду', createdAt: new Date() },
        {
          complaintId: complaint.id,
          fromStatus: 'acknowledged',
          toStatus: 'acknowledged',
          note: 'Заявитель — соседка главы, позвонить ей',
          kind: 'internal',
          createdAt: new Date(),
        },
      ],
    });
    await h.app.db.prisma.complaint.update({
      where: { id: complaint.id },
      data: { status: 'acknowledged', contactName: 'Асель', contactPhone: '+77011234567' },
    });
    await say(8106, '/complain');
    await pressText(8106, formData.encode({ action: 'cat', arg: 'water' }));
    await say(8106, 'Ойыл');
    expect(await pressText(8106, formData.encode({ action: 'join', arg: String(complaint.id) }))).toMatch(/Вы поддержали жалобу/);
    expect(await say(8106, '/mycomplaints')).toMatch(new RegExp(`${reference} · Вода · принята`));
    const detail = await pressText(8106, myComplaintsData.encode({ op: 'd', id: complaint.id }));
    expect(detail).toMatch(new RegExp(`Жалоба ${reference}[\\s\\S]*Вода[\\s\\S]*Ойыл[\\s\\S]*принята[\\s\\S]*Подана`));
    expect(detail).toMatch(/Бригада приедет в среду/);
    expect(detail).not.toMatch(/Нет воды третий день|701|Асель|aliya|Фото|соседка|позвонить|49\.07/);
    const own = await pressText(8105, myComplaintsData.encode({ op: 'd', id: complaint.id }));
    expect(own).toMatch(/Нет воды третий день, звоните 8\.701\.123\.45\.67/);
    expect(own).toMatch(/Бригада приедет в среду/);
    expect(own).not.toMatch(/соседка/);
  });
});

describe.each(FRAMEWORKS)('privacy of exports under %s', (framework) => {
  const OWNER = 8201;
  const ABAI_ADMIN = 8202;
  let h: Harness;
  let original: { id: number; reference: string };
  let duplicate: { id: number; reference: string };

  const exportCsv = async (admin: number): Promise<Record<string, string>[] & { xlsx: string }> => {
    await h.send(privateText(admin, '/export'));
    const calls = await h.send(callback(admin, exportData.encode({ op: 'go', state: EMPTY_STATE })));
    const docs = calls.filter((c) => c.method === 'sendDocument').map((c) => c.params.document as { filename: string; data: Buffer });
    expect(docs.map((d) => d.filename.split('.').pop())).toEqual(['csv', 'xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.read(Readable.from([docs[1]!.data]));
    const cells: string[] = [];
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value)))));
    const csv = parse(docs[0]!.data, { bom: true, columns: true }) as Record<string, string>[];
    // The workbook says what the CSV says: same rows, no more.
    for (const r of csv) expect(cells).toContain(r.reference);
    return Object.assign(csv, { xlsx: cells.join('|') });
  };

  beforeAll(async () => {
    h = await startHarness({ framework, env: { ADMIN_IDS: String(OWNER) } });
    const prisma = h.app.db.prisma;
    for (const a of [
      { id: 'aqtobe', kind: 'province', nameKk: 'Ақтөбе облысы', nameRu: 'Актюбинская область', nameEn: 'Aqtobe Region' },
      { id: 'aqtobe/oiyl', parentId: 'aqtobe', kind: 'settlement', nameKk: 'Ойыл', nameRu: 'Ойыл', nameEn: 'Oiyl' },
      { id: 'abai', kind: 'province', nameKk: 'Абай облысы', nameRu: 'Область Абай', nameEn: 'Abai Region' },
      { id: 'abai/aqtoghai', parentId: 'abai', kind: 'settlement', nameKk: 'Ақтоғай', nameRu: 'Актогай', nameEn: 'Aqtoghai' },
    ])
      await prisma.area.create({ data: a });
    const complaints = new PrismaComplaintRepository(prisma);
    const base = {
      year: 2026,
      categoryCode: 'water',
      photos: ['photo-x'],
      latitude: 49.071234,
      longitude: 56.484321,
      source: 'private' as const,
      sourceChatId: null,
      authorId: userId(8203),
      consent: false,
      contactName: 'Асель',
      contactHandle: '@asel',
      createdAt: new Date(),
      dueAt: new Date(Date.now() + 15 * 86_400_000),
    };
    original = await complaints.create({ ...base, areaId: 'aqtobe/oiyl', description: 'Нет воды, звоните 87011234567' });
    duplicate = await complaints.create({
      ...base,
      areaId: 'abai/aqtoghai',
      description: 'Нет воды, пишите asel@mail.kz или 8(701)1234567',
    });
    await complaints.changeStatus({
      complaintId: duplicate.id,
      from: 'new',
      to: 'duplicate',
      note: null,
      actorId: null,
      at: new Date(),
      duplicateOfId: original.id,
    });
    await h.send(privateText(OWNER, `/admins add ${ABAI_ADMIN} abai`));
  });
  afterAll(async () => h?.stop());

  it('when an area-limited admin exports, then no complaint outside their areas is named, the "duplicate of" column included', async () => {
    const rows = await exportCsv(ABAI_ADMIN);
    expect(rows.map((r) => r.reference)).toEqual([duplicate.reference]);
    expect(rows[0]!['duplicate of']).toBe('');
    expect(JSON.stringify(rows)).not.toContain(original.reference);
    expect(rows.xlsx).not.toContain(original.reference);
  });

  it('when the reporter did not consent, then CSV and XLSX carry neither their name nor what they typed to reach them', async () => {
    const rows = await exportCsv(OWNER);
    expect(rows.find((r) => r.reference === duplicate.reference)!['duplicate of']).toBe(original.reference);
    expect(rows.map((r) => r.reporter)).toEqual(['', '']);
    expect(rows.map((r) => r.description).sort()).toEqual(['Нет воды, звоните •••', 'Нет воды, пишите ••• или •••']);
    expect(JSON.stringify(rows)).not.toMatch(/Асель|asel|701|8203|photo-x/);
    expect(rows.xlsx).not.toMatch(/Асель|asel|701|8203|photo-x/);
  });
});

describe.each(FRAMEWORKS)('/forgetme under %s', (framework) => {
  let h: Harness;
  const say = async (user: number, text: string) => h.texts(await h.send(privateText(user, text))).join('\n');
  const pressText = async (user: number, data: string) => h.texts(await h.send(callback(user, data))).join('\n');

  beforeAll(async () => {
    h = await startHarness({ framework });
    await h.app.db.prisma.area.create({ data: { id: 'aqtobe/oiyl', kind: 'settlement', nameKk: 'Ойыл', nameRu: 'Ойыл', nameEn: 'Oiyl' } });
  });
  afterAll(async () => h?.stop());

  it('when a resident forgets themselves, then location, photos and contacts in the text go, the message says what went and what stayed, and the hourly limit keeps counting', async () => {
    const user = 8301;
    const complaints = new PrismaComplaintRepository(h.app.db.prisma);
    const base = {
      year: 2026,
      categoryCode: 'roads',
      areaId: 'aqtobe/oiyl',
      photos: [],
      latitude: null,
      longitude: null,
      source: 'private' as const,
      sourceChatId: null,
      authorId: userId(user),
      consent: false,
      contactName: null,
      contactHandle: null,
      createdAt: new Date(),
      dueAt: new Date(Date.now() + 86_400_000),
    };
    for (let i = 0; i < 4; i++) await complaints.create({ ...base, description: `Яма номер ${i} у школы` });
    await say(user, '/complain');
    await pressText(user, formData.encode({ action: 'cat', arg: 'water' }));
    await say(user, 'Ойыл');
    await say(user, 'Нет воды, звоните 8(701)1234567, ИИН 880101300123, aliya@mail.kz, кв. 14');
    await h.send(photo(user, 'photo-private-1'));
    await pressText(user, formData.encode({ action: 'next', arg: '' }));
    await h.send(location(user, 49.0712, 56.4843));
    await pressText(user, formData.encode({ action: 'consent', arg: 'y' }));
    await h.send(contact(user, '+77011234567'));
    const reference = /C-\d{4}-\d{6}/.exec(await pressText(user, formData.encode({ action: 'send', arg: '' })))![0];
    expect(await h.app.db.prisma.complaint.findUniqueOrThrow({ where: { reference } })).toMatchObject({
      contactPhone: '+77011234567',
      latitude: 49.0712,
    });
    expect(await say(user, '/complain')).toMatch(/лимит|не больше|Можно подать/i);

    expect(await say(user, '/forgetme')).toMatch(
      /геопозицию, ваши фото[\s\S]*телефоны, e-mail, ники и ИИН[\s\S]*Лимит жалоб в час продолжит считаться/,
    );
    const done = await pressText(user, myComplaintsData.encode({ op: 'f', answer: 'y' }));
    expect(done).toMatch(/геопозиций: 1, фото: 1; описаний, из которых убраны телефоны, e-mail, ники и ИИН: 1; снято отметок «\+1»: 0/);
    expect(done).toMatch(
      /Сохранено без автора жалоб: 5\. В них остались категория, населённый пункт, описание без контактов, статус и история/,
    );
    expect(done).toMatch(/Ещё 60 мин лимит жалоб учитывает/);

    const row = await h.app.db.prisma.complaint.findUniqueOrThrow({ where: { reference } });
    expect(row).toMatchObject({
      authorId: null,
      consent: false,
      contactName: null,
      contactHandle: null,
      contactPhone: null,
      latitude: null,
      longitude: null,
      photos: '[]',
    });
    expect(row.description).toBe('Нет воды, звоните •••, ИИН •••, •••, кв. 14');
    const marks = await h.app.db.prisma.complaintRateMark.findMany();
    expect(marks).toHaveLength(5);
    expect(JSON.stringify(marks.map((m) => m.key))).not.toContain(String(user));

    // The id is gone from every complaint, yet a sixth complaint within the hour is still refused.
    expect(await h.app.db.prisma.complaint.count({ where: { authorId: BigInt(user) } })).toBe(0);
    expect(await say(user, '/complain')).toMatch(/лимит|не больше|Можно подать/i);
  });
});
