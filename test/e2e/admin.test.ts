import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { electionKey } from '../../src/core/admin/enter-results.ts';
import { userId } from '../../src/core/ids.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, document, privateText, sticker } from '../support/updates.ts';
import { EMPTY_STATE } from '../../src/core/admin/inbox-state.ts';
import {
  adminsData,
  auditData,
  duplicateData,
  exportData,
  inboxData,
  mergeData,
  openData,
  resultsData,
  statusData,
} from '../../src/core/admin/buttons.ts';

const OWNER = 9001;
const RESIDENT = 9100;
const ABAI_ADMIN = 9200;
const AUTHOR = 9300;
const SUPPORTER = 9301;
const today = new Date().toISOString().slice(0, 10);
const ELECTION = `aqtobe/oiyl/${today}`;

const DATA = `version: 1
areas:
  - { id: aqtobe, kind: province, names: { kk: Ақтөбе облысы, ru: Актюбинская область, en: Aqtobe Region } }
  - { id: aqtobe/oiyl, parent: aqtobe, kind: district, names: { kk: Ойыл ауданы, ru: Уилский район, en: Oiyl District }, aliases: [Ойыл, Oiyl] }
  - { id: abai, kind: province, names: { kk: Абай облысы, ru: Область Абай, en: Abai Region } }
  - { id: abai/aqtoghai, parent: abai, kind: settlement, names: { kk: Ақтоғай, ru: Актогай, en: Aqtoghai } }
people:
  - { id: askar-kazybaev, names: { en: Askar Kazybaev, ru: Аскар Казыбаев } }
  - { id: aibek-sultanov, names: { en: Aibek Sultanov, ru: Айбек Султанов } }
elections:
  - id: ${ELECTION}
    area: aqtobe/oiyl
    pollDate: ${today}
    candidates:
      - { person: askar-kazybaev, ballotOrder: 1 }
      - { person: aibek-sultanov, ballotOrder: 2 }
`;
const BAD_DATA = `version: 1
elections:
  - id: broken
    area: nowhere
    pollDate: 2026-13-45
`;

const sentTo = (calls: { method: string; params: Record<string, any> }[], chat: number) =>
  calls.filter((c) => c.method === 'sendMessage' && c.params.chat_id === chat).map((c) => String(c.params.text));
const toastOf = (calls: { method: string; params: Record<string, any> }[]) =>
  calls.find((c) => c.method === 'answerCallbackQuery')?.params.text as string | undefined;

describe.each(FRAMEWORKS)('admin tools under %s', (framework) => {
  let h: Harness;
  let inAbai: { id: number; reference: string };
  let inOiyl: { id: number; reference: string };

  beforeAll(async () => {
    h = await startHarness({ framework, env: { ADMIN_IDS: String(OWNER) } });
    h.fake.registerFile('data-ok', Buffer.from(DATA), 'elections.yaml');
    h.fake.registerFile('data-bad', Buffer.from(BAD_DATA), 'broken.yaml');
    await h.send(privateText(OWNER, '/import'));
    const applied = h.texts(await h.send(document(OWNER, 'data-ok', 'elections.yaml')));
    expect(applied.join('\n')).toMatch(/Файл применён/);
    const complaints = new PrismaComplaintRepository(h.app.db.prisma);
    const base = {
      year: 2026,
      photos: [],
      latitude: null,
      longitude: null,
      source: 'private' as const,
      sourceChatId: null,
      contactHandle: null,
      createdAt: new Date(),
      dueAt: new Date(Date.now() + 15 * 86_400_000),
    };
    inAbai = await complaints.create({
      ...base,
      categoryCode: 'roads',
      areaId: 'abai/aqtoghai',
      description: 'Яма у школы, машины ездят по тротуару',
      authorId: userId(AUTHOR),
      consent: true,
      contactName: 'Әлия',
    });
    inOiyl = await complaints.create({
      ...base,
      categoryCode: 'water',
      areaId: 'aqtobe/oiyl',
      description: 'Нет воды третий день',
      authorId: userId(AUTHOR),
      consent: false,
      contactName: 'Скрыто',
    });
    await complaints.addSupporter(inAbai.id, userId(SUPPORTER), new Date());
    await h.send(privateText(OWNER, `/admins add ${ABAI_ADMIN} abai`));
  });
  afterAll(async () => h?.stop());

  it('when a resident tries every admin command, button and file, then they get exactly what unknown ones get', async () => {
    const unknown = h.texts(await h.send(privateText(RESIDENT, '/nosuchcommand')));
    for (const command of ['/admins', '/admins add 9100', '/audit', '/inbox', '/export', '/import', '/enterresults']) {
      expect(h.texts(await h.send(privateText(RESIDENT, command))), command).toEqual(unknown);
    }
    const forged = toastOf(await h.send(callback(RESIDENT, 'zz:1')));
    for (const data of [
      inboxData.encode({ op: 'v', state: EMPTY_STATE }),
      openData.encode({ id: inAbai.id, state: EMPTY_STATE }),
      statusData.encode({ id: inAbai.id, to: 'resolved' }),
      exportData.encode({ op: 'go', state: EMPTY_STATE }),
      resultsData.encode({ op: 'e', key: electionKey(ELECTION) }),
      adminsData.encode({ op: 'rm', userId: '9200' }),
      auditData.encode({ op: 'p', page: 0 }),
      mergeData.encode({ id: inAbai.id }),
    ]) {
      const calls = await h.send(callback(RESIDENT, data));
      expect(toastOf(calls), data).toBe(forged);
      expect(
        calls.filter((c) => c.method === 'sendMessage' || c.method === 'sendDocument'),
        data,
      ).toEqual([]);
    }
    const notFile = h.texts(await h.send(sticker(RESIDENT)));
    expect(h.texts(await h.send(document(RESIDENT, 'data-ok', 'elections.yaml')))).toEqual(notFile);
    expect(await h.app.db.prisma.admin.count({ where: { userId: BigInt(RESIDENT) } })).toBe(0);
  });

  it('when an area-limited admin opens the inbox, then only complaints of their areas show and others cannot be opened or changed', async () => {
    const inbox = await h.send(privateText(ABAI_ADMIN, '/inbox'));
    expect(h.texts(inbox).join('\n')).toMatch(/территория: ваши/);
    const keyboard = JSON.stringify(inbox.find((c) => c.method === 'sendMessage')!.params.reply_markup);
    expect(keyboard).toContain(inAbai.reference);
    expect(keyboard).not.toContain(inOiyl.reference);
    const open = await h.send(callback(ABAI_ADMIN, openData.encode({ id: inOiyl.id, state: EMPTY_STATE })));
    expect(toastOf(open)).toMatch(/не найдена/);
    const change = await h.send(callback(ABAI_ADMIN, statusData.encode({ id: inOiyl.id, to: 'resolved' })));
    expect(toastOf(change)).toMatch(/не найдена/);
    expect((await h.app.db.prisma.complaint.findUnique({ where: { id: inOiyl.id } }))!.status).toBe('new');
    const mine = h.texts(await h.send(callback(ABAI_ADMIN, openData.encode({ id: inAbai.id, state: EMPTY_STATE })))).join('\n');
    expect(mine).toMatch(/Поддержали \(\+1\): 1/);
    expect(mine).toMatch(/Контакт автора \(с его согласия\): Әлия/);
  });

  it('when an admin changes a status with a note, then the author and supporters are told and the owner sees it in /audit', async () => {
    await h.send(callback(ABAI_ADMIN, statusData.encode({ id: inAbai.id, to: 'acknowledged' })));
    const calls = await h.send(privateText(ABAI_ADMIN, 'Бригада выедет завтра'));
    expect(sentTo(calls, ABAI_ADMIN).join('\n')).toMatch(/Уведомлено жителей: 2/);
    expect(sentTo(calls, AUTHOR).join('\n')).toMatch(/Бригада выедет завтра/);
    expect(sentTo(calls, SUPPORTER).join('\n')).toContain(inAbai.reference);
    expect((await h.app.db.prisma.complaint.findUnique({ where: { id: inAbai.id } }))!.status).toBe('acknowledged');
    const audit = h.texts(await h.send(privateText(OWNER, '/audit'))).join('\n');
    expect(audit).toMatch(new RegExp(`${ABAI_ADMIN} · complaint.status ${inAbai.reference}`));
    expect(audit).toMatch(/admin.add 9200/);
    expect(h.texts(await h.send(privateText(ABAI_ADMIN, '/audit')))[0]).toMatch(/только владельцы бота/);
  });

  it('when an owner marks a complaint a duplicate and merges, then its people support the original', async () => {
    const complaints = new PrismaComplaintRepository(h.app.db.prisma);
    const copy = await complaints.create({
      year: 2026,
      photos: [],
      latitude: null,
      longitude: null,
      source: 'private',
      sourceChatId: null,
      contactHandle: null,
      createdAt: new Date(),
      dueAt: new Date(Date.now() + 86_400_000),
      categoryCode: 'roads',
      areaId: 'abai/aqtoghai',
      description: 'Та же яма у школы',
      authorId: userId(9302),
      consent: false,
      contactName: null,
    });
    await h.send(callback(OWNER, duplicateData.encode({ id: copy.id })));
    const done = await h.send(privateText(OWNER, `${inAbai.reference.toLowerCase()} уже в работе`));
    expect(sentTo(done, 9302).join('\n')).toMatch(/уже в работе/);
    const view = h.texts(await h.send(callback(OWNER, openData.encode({ id: copy.id, state: EMPTY_STATE })))).join('\n');
    expect(view).toContain(`Дубликат жалобы ${inAbai.reference}`);
    expect(h.texts(await h.send(callback(OWNER, mergeData.encode({ id: copy.id })))).join('\n')).toMatch(/: 1\.$/);
    expect(await h.app.db.prisma.complaintSupporter.count({ where: { complaintId: inAbai.id, userId: 9302n } })).toBe(1);
  });

  it('when an invalid election file is sent, then errors with their places are listed and nothing changes', async () => {
    await h.send(privateText(OWNER, '/import'));
    const text = h.texts(await h.send(document(OWNER, 'data-bad', 'broken.yaml'))).join('\n');
    expect(text).toMatch(/Файл не применён/);
    expect(text).toMatch(/elections\[0\]\.pollDate/);
    expect(await h.app.db.prisma.election.count({ where: { id: 'broken' } })).toBe(0);
    await h.send(privateText(OWNER, '/cancel'));
  });

  it('when staff ask for /help, then they see their commands; residents see none of them', async () => {
    const owner = h.texts(await h.send(privateText(OWNER, '/help'))).join('\n');
    expect(owner).toMatch(/\/enterresults/);
    expect(owner).toMatch(/\/admins/);
    const admin = h.texts(await h.send(privateText(ABAI_ADMIN, '/help'))).join('\n');
    expect(admin).toMatch(/\/inbox/);
    expect(admin).not.toMatch(/\/admins/);
    const resident = h.texts(await h.send(privateText(RESIDENT, '/help'))).join('\n');
    expect(resident).toMatch(/\/complain/);
    expect(resident).not.toMatch(/\/inbox|\/export|\/admins|\/enterresults/);
  });

  it('when staff narrow the inbox by area with buttons, then the limited admin sees only their areas and the list follows the choice', async () => {
    const buttons = (calls: { method: string; params: Record<string, any> }[]) =>
      (
        calls.find((c) => c.method === 'sendMessage' || c.method === 'editMessageText')!.params.reply_markup.inline_keyboard as {
          text: string;
          callback_data: string;
        }[][]
      ).flat();
    const inbox = await h.send(privateText(OWNER, '/inbox'));
    const areaButton = buttons(inbox).find((b) => b.text === 'Территория')!;
    const owners = buttons(await h.send(callback(OWNER, areaButton.callback_data))).map((b) => b.text);
    expect(owners).toEqual(expect.arrayContaining(['Все территории', 'Актюбинская область', 'Область Абай']));
    const limited = buttons(await h.send(callback(ABAI_ADMIN, areaButton.callback_data))).map((b) => b.text);
    expect(limited).not.toContain('Актюбинская область');
    const pickAktobe = buttons(await h.send(callback(OWNER, areaButton.callback_data))).find((b) => b.text === 'Актюбинская область')!;
    const narrowed = await h.send(callback(OWNER, pickAktobe.callback_data));
    const list = JSON.stringify(narrowed.find((c) => c.method === 'editMessageText')!.params);
    expect(list).toContain(inOiyl.reference);
    expect(list).not.toContain(inAbai.reference);
    expect(h.texts(narrowed).join('\n')).toMatch(/территория: Актюбинская область/);
  });

  it('when an area-limited admin tries to load a data file, then it is refused with a pointer to /enterresults and nothing changes', async () => {
    expect(h.texts(await h.send(privateText(ABAI_ADMIN, '/import'))).join('\n')).toMatch(/без ограничения по территориям/);
    const before = await h.app.db.prisma.auditEntry.count({ where: { action: 'elections.import' } });
    expect(h.texts(await h.send(document(ABAI_ADMIN, 'data-ok', 'elections.yaml'))).join('\n')).toMatch(/\/enterresults/);
    expect(await h.app.db.prisma.auditEntry.count({ where: { action: 'elections.import' } })).toBe(before);
  });

  it('when an admin sends a data file without /import first, then it is validated and only a valid one applied', async () => {
    const bad = h.texts(await h.send(document(OWNER, 'data-bad', 'broken.yaml'))).join('\n');
    expect(bad).toMatch(/Файл не применён/);
    expect(await h.app.db.prisma.election.count({ where: { id: 'broken' } })).toBe(0);
    const ok = h.texts(await h.send(document(OWNER, 'data-ok', 'elections.yaml'))).join('\n');
    expect(ok).toMatch(/Файл применён/);
    expect(await h.app.db.prisma.conversationState.count({ where: { userId: BigInt(OWNER) } })).toBe(0);
  });

  it('when results are entered on election night, then the change is recorded and the results post is queued for subscribed groups', async () => {
    const group = -1001234500;
    await h.app.db.prisma.chat.create({
      data: { id: BigInt(group), type: 'supergroup', title: 'Ойыл', setupDone: true, settlementId: 'aqtobe/oiyl' },
    });
    await h.app.db.prisma.chatSubscription.create({ data: { chatId: BigInt(group), kind: 'results', cron: '' } });
    const key = electionKey(ELECTION);
    const picker = await h.send(privateText(OWNER, '/enterresults'));
    expect(h.texts(picker).join('\n')).toMatch(/Выберите выборы/);
    expect(JSON.stringify(picker.find((c) => c.method === 'sendMessage')!.params.reply_markup)).toContain('Уилский район'); // a place, not an id
    const screen = h.texts(await h.send(callback(OWNER, resultsData.encode({ op: 'e', key: key })))).join('\n');
    expect(screen).toMatch(/^Итоги: Уилский район/);
    expect(screen).not.toContain(ELECTION);
    await h.send(callback(OWNER, resultsData.encode({ op: 'c', key: key, index: 0 })));
    expect(h.texts(await h.send(privateText(OWNER, 'сорок'))).join('\n')).toMatch(/не целое число/);
    const saved = h.texts(await h.send(privateText(OWNER, '3742'))).join('\n');
    expect(saved).toMatch(/Итоги поставлены в очередь для групп: 1/);
    const c = await h.app.db.prisma.candidacy.findFirst({ where: { electionId: ELECTION, personId: 'askar-kazybaev' } });
    expect(c!.votes).toBe(3742);
    const e = await h.app.db.prisma.election.findUnique({ where: { id: ELECTION } });
    expect(e).toMatchObject({ resultStatus: 'preliminary', resultsVersion: 1 });
    expect(await h.app.db.prisma.outboxMessage.count({ where: { chatId: BigInt(group) } })).toBeGreaterThan(0);
    expect(await h.app.db.prisma.auditEntry.count({ where: { action: 'results.enter', target: ELECTION } })).toBe(1);
  });

  it('when an owner exports, then a CSV and an XLSX arrive that read back intact', async () => {
    await h.send(privateText(OWNER, '/export'));
    const calls = await h.send(callback(OWNER, exportData.encode({ op: 'go', state: EMPTY_STATE })));
    const docs = calls.filter((c) => c.method === 'sendDocument').map((c) => c.params.document as { filename: string; data: Buffer });
    expect(docs.map((d) => d.filename.split('.').pop())).toEqual(['csv', 'xlsx']);
    const rows = parse(docs[0]!.data, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.reference)).toEqual(expect.arrayContaining([inAbai.reference, inOiyl.reference]));
    expect(rows.find((r) => r.reference === inAbai.reference)!.reporter).toBe('Әлия');
    expect(rows.find((r) => r.reference === inOiyl.reference)!.reporter).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.read(Readable.from([docs[1]!.data]));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['complaints', 'status changes']);
    expect(wb.worksheets[0]!.rowCount).toBe(rows.length + 1);
    expect(await h.app.db.prisma.auditEntry.count({ where: { action: 'complaints.export' } })).toBe(1);
  });
});
