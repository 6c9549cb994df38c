import { describe, expect, it } from 'vitest';
import { renderKeyboard, renderText } from '../../../src/adapters/telegram/render.ts';
import { answerElectionRequest, browseAreas } from '../../../src/core/elections/answer-election-request.ts';
import { electionsData } from '../../../src/core/elections/buttons.ts';
import { answerQuestion as answerFull, type QuestionDeps, type QuestionRequest } from '../../../src/core/questions/answer-question.ts';
import { loadIntentModel } from '../../../src/core/questions/load-intent-model.ts';
import { showCandidates } from '../../../src/core/elections/show-candidates.ts';
import { importElectionData } from '../../../src/core/elections/import-election-data.ts';
import { InMemoryElectionStore } from '../../support/in-memory-election-store.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import { userId } from '../../../src/core/ids.ts';
import type { UserRecord, UserRepository } from '../../../src/core/ports.ts';
import type { MessageReply, Reply } from '../../../src/core/replies.ts';
import { createI18n } from '../../../src/i18n/index.ts';
import { exampleText } from '../../fixtures/elections.ts';

const i18n = createI18n({ strict: true });
const model = loadIntentModel();
const answerQuestion = async (deps: QuestionDeps, text: string, req: Omit<QuestionRequest, 'recent' | 'helpShown'>) =>
  (await answerFull(deps, text, { ...req, recent: null, helpShown: false })).replies;

class MemoryUsers implements UserRepository {
  rows = new Map<bigint, UserRecord>();
  async find(id: UserRecord['id']) {
    return this.rows.get(id) ?? null;
  }
  async touch(u: { id: UserRecord['id']; languageCode: string | null }) {
    const row = this.rows.get(u.id) ?? {
      id: u.id,
      locale: null,
      languageCode: u.languageCode,
      settlementId: null,
      firstName: null,
      lastName: null,
      username: null,
    };
    this.rows.set(u.id, row);
    return row;
  }
  async update(id: UserRecord['id'], patch: Partial<UserRecord>) {
    const row = { ...(await this.touch({ id, languageCode: null })), ...patch };
    this.rows.set(id, row);
  }
}

async function setup(): Promise<{ deps: QuestionDeps; users: MemoryUsers }> {
  const store = new InMemoryElectionStore();
  const outcome = await importElectionData(store, exampleText());
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  const users = new MemoryUsers();
  return {
    deps: { areas: store.areaRepository(), elections: store, users, clock: fixedClock(new Date('2026-11-27T00:00:00Z')), model },
    users,
  };
}

const render = (r: Reply) => renderText(i18n, (r as MessageReply).text, 'ru', 'Asia/Almaty');
const base = { knownAreaId: null, locale: 'ru' as const, rememberFor: userId(42), isGroup: false };

describe('election answers', () => {
  it('when a place is typed with a command, then the answer is for it and it is remembered', async () => {
    const { deps, users } = await setup();
    const [reply] = await answerElectionRequest(deps, { ...base, view: 'results', placeText: 'Ойыл' });
    expect(render(reply)).toMatch(/Итоги: Уилский район/);
    expect(users.rows.get(42n)?.settlementId).toBe('aqtobe/oiyl');
  });

  it('when no place is typed or known in private, then provinces are offered as buttons', async () => {
    const { deps } = await setup();
    const [reply] = await answerElectionRequest(deps, { ...base, view: 'elections', placeText: null });
    expect((reply as MessageReply).buttons?.flat().map((b) => ('data' in b ? b.data : ''))).toEqual(
      ['aqtobe', 'abai'].map((areaId) => electionsData.encode({ op: 't', view: 'elections', areaId, page: null })),
    );
  });

  it('when a typed place is unknown, then it says so and offers the list', async () => {
    const { deps } = await setup();
    const [reply] = await answerElectionRequest(deps, { ...base, view: 'results', placeText: 'Алматы' });
    expect(render(reply)).toMatch(/Не нашёл место «Алматы»/);
  });

  it('when a group has no settlement, then it asks for /setup and remembers nothing', async () => {
    const { deps, users } = await setup();
    const [reply] = await answerElectionRequest(deps, { ...base, rememberFor: null, isGroup: true, view: 'results', placeText: null });
    expect(render(reply)).toMatch(/\/setup/);
    expect(users.rows.size).toBe(0);
  });

  it('when a question wants to complain, then it points to /complain', async () => {
    const { deps } = await setup();
    expect(render((await answerQuestion(deps, 'Хочу пожаловаться', base))[0])).toMatch(/\/complain/);
  });

  it('when a question asks how to vote, then it explains where and with what', async () => {
    const { deps } = await setup();
    expect(render((await answerQuestion(deps, 'как голосовать?', base))[0])).toMatch(/удостоверением личности/);
  });

  it('when everyday chat comes in private, then the short help is given once and then nothing', async () => {
    const { deps } = await setup();
    const first = await answerFull(deps, 'Привет', { ...base, recent: null, helpShown: false });
    expect(render(first.replies[0])).toMatch(/вопросы о местных выборах/);
    expect(first.helpShown).toBe(true);
    expect((await answerFull(deps, 'Привет', { ...base, recent: null, helpShown: true })).replies).toEqual([]);
  });

  it('when the list of candidates is long, then every page stays under 4096 characters and buttons under 64 bytes', async () => {
    const store = new InMemoryElectionStore();
    const people = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, names: { en: `Candidate Number ${i}` } }));
    const statement = 'Очень длинное заявление кандидата о планах на четыре года. '.repeat(8).trim();
    const file = {
      version: 1,
      areas: [{ id: 'x', kind: 'province', names: { kk: 'X', ru: 'Х', en: 'X' } }],
      people,
      elections: [
        {
          id: 'x/2027',
          area: 'x',
          pollDate: '2027-01-10',
          candidates: people.map((p, i) => ({ person: p.id, ballotOrder: i + 1, statement: { ru: statement } })),
        },
      ],
    };
    const outcome = await importElectionData(store, JSON.stringify(file));
    expect(outcome.ok).toBe(true);
    const deps = {
      areas: store.areaRepository(),
      elections: store,
      users: new MemoryUsers(),
      clock: fixedClock(new Date('2026-11-27T00:00:00Z')),
      model,
    };
    let seen = 0;
    let pages = 0;
    for (let page = 0; page < 20; page++) {
      pages++;
      const reply = await showCandidates(deps, 'x/2027', page, 'ru', true);
      const text = render(reply);
      expect(text.length).toBeLessThan(4096);
      for (const b of renderKeyboard(i18n, reply.buttons, 'ru', 'Asia/Almaty')!.flat()) {
        expect(Buffer.byteLength('callback_data' in b ? b.callback_data : '', 'utf8')).toBeLessThanOrEqual(64);
      }
      seen += (text.match(/^\d+\. Candidate Number/gm) ?? []).length;
      if (
        !reply.buttons
          ?.flat()
          .some((b) => 'data' in b && b.data === electionsData.encode({ op: 'c', electionId: 'x/2027', page: page + 1 }))
      )
        break;
    }
    expect(seen).toBe(40);
    expect(pages).toBeGreaterThan(1);
  });

  it("when a province is asked about, then it is answered but not remembered as the resident's settlement", async () => {
    const { deps, users } = await setup();
    await users.update(userId(42), { settlementId: 'abai/aqtoghai' });
    const [reply] = await answerElectionRequest(deps, { ...base, knownAreaId: 'abai/aqtoghai', view: 'elections', placeText: 'Актобе' });
    expect(render(reply)).toMatch(/Актюбинская область/);
    expect(users.rows.get(42n)?.settlementId).toBe('abai/aqtoghai');
    await answerQuestion(deps, 'Когда выборы в Актюбинской области?', { ...base, knownAreaId: 'abai/aqtoghai' });
    expect(users.rows.get(42n)?.settlementId).toBe('abai/aqtoghai');
  });

  it('when an area has more places than fit on one keyboard, then they are paged and every one can be reached', async () => {
    const deps = await bigDistrict(30);
    const reached = new Set<string>();
    type Browse = { op: 't'; view: 'elections' | 'candidates' | 'results'; areaId: string; page: number | null };
    let next: Browse | undefined = { op: 't', view: 'elections', areaId: 'd', page: null };
    for (let hops = 0; next && hops < 10; hops++) {
      const { view, areaId, page }: Browse = next;
      const [reply] = await browseAreas(deps, view, areaId, { ...base }, page);
      const buttons = renderKeyboard(i18n, (reply as MessageReply).buttons, 'ru', 'Asia/Almaty')!.flat() as { callback_data: string }[];
      for (const b of buttons) expect(Buffer.byteLength(b.callback_data, 'utf8')).toBeLessThanOrEqual(64);
      const pressed = buttons.map((b) => electionsData.decode(b.callback_data)).filter((d): d is Browse => d?.op === 't');
      pressed.filter((d) => d.areaId.startsWith('d/')).forEach((d) => reached.add(d.areaId));
      next = pressed.find((d) => d.areaId === 'd' && (d.page ?? 0) > (page ?? 0));
    }
    expect(reached.size).toBe(30);
  });

  it('when a resident asks how to vote on polling day, then the answer names that day', async () => {
    const deps = await bigDistrict(1, new Date('2027-01-10T06:00:00Z'));
    const [reply] = await answerQuestion(deps, 'как голосовать?', { ...base, knownAreaId: 'd/s0' });
    expect(render(reply)).toMatch(/Ближайшее голосование здесь/);
  });
});

/** A district with `n` settlements (one election on 2027-01-10 in the first), in memory. */
async function bigDistrict(n: number, now = new Date('2026-11-27T00:00:00Z')): Promise<QuestionDeps> {
  const store = new InMemoryElectionStore();
  const areas = [
    { id: 'd', kind: 'district', names: { kk: 'Аудан', ru: 'Район', en: 'District' } },
    ...Array.from({ length: n }, (_, i) => ({
      id: `d/s${i}`,
      parent: 'd',
      kind: 'settlement',
      names: { kk: `Ауыл ${i}`, ru: `Село ${i}`, en: `Village ${i}` },
    })),
  ];
  const outcome = await importElectionData(
    store,
    JSON.stringify({ version: 1, areas, elections: [{ id: 'd/s0/2027', area: 'd/s0', pollDate: '2027-01-10' }] }),
  );
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  return { areas: store.areaRepository(), elections: store, users: new MemoryUsers(), clock: fixedClock(now), model };
}
