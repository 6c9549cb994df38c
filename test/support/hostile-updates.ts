/**
 * Generated updates of every type and shape, for the chaos benchmark and its fast test: valid ones,
 * truncated ones, wrong types, huge ones, unicode edge cases and forged buttons. Deterministic for a
 * seed, so a failure can be replayed.
 */

/** A seeded PRNG (mulberry32), the same one the question model trains with. */
export { random as prng } from '../../src/core/questions/train-intent-model.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export const SHAPES = ['valid', 'truncated', 'wrong-types', 'huge', 'unicode', 'forged-callback'] as const;
export type Shape = (typeof SHAPES)[number];

const UNICODE = [
  '\u202eevil\u202c',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '👩‍👩‍👧‍👦'.repeat(50),
  'e\u0301\u0301\u0301\u0301',
  '\u200b\u200c\u200d\ufeff',
  'Ойыл\u00ad',
  'ＡＢＣ',
  '𝕬𝖐𝖎𝖒',
  '\r\n\r\n',
  '\t/help',
  '‮/start',
  'ا'.repeat(300),
  '\u0085\u2028\u2029',
  'Ә ғ қ ң ө ұ ү һ і',
];
const COMMANDS = [
  '/start',
  '/help',
  '/language',
  '/elections',
  '/candidates',
  '/results',
  '/complain',
  '/mycomplaints',
  '/forgetme',
  '/cancel',
  '/setup',
  '/preview',
  '/inbox',
  '/export',
  '/import',
  '/enterresults',
  '/admins',
  '/audit',
  '/start c_-100123',
  '/start x',
];
const PREFIXES = [
  'cf',
  'cm',
  'lang',
  'gs',
  'el',
  'ib',
  'io',
  'ic',
  'ix',
  'im',
  'ex',
  'er',
  'ad',
  'au',
  'pp',
  'zz',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  '',
];
const STATUSES = ['member', 'administrator', 'left', 'kicked', 'creator', 'restricted', 'banned?'];

/** Generates update `i` of a run; `base` keeps chats and users apart from other runs. */
export function hostileUpdate(i: number, rand: () => number, base = 50_000_000): { shape: Shape; update: Record<string, Json> } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const shape = pick(SHAPES);
  const userId = base + Math.floor(rand() * 2000);
  const valid = validUpdate(pick, rand, userId);
  let update: Record<string, Json>;
  switch (shape) {
    case 'valid':
      update = valid;
      break;
    case 'truncated':
      update = truncate(valid, rand);
      break;
    case 'wrong-types':
      update = mutateTypes(valid, rand, pick);
      break;
    case 'huge':
      update = huge(valid, rand, pick);
      break;
    case 'unicode':
      update = withText(valid, pick(UNICODE) + pick(COMMANDS) + pick(UNICODE));
      break;
    case 'forged-callback':
      update = {
        callback_query: {
          id: `f${i}`,
          from: user(userId, pick),
          chat_instance: 'x',
          data: forgedData(pick, rand),
          ...(rand() < 0.7
            ? {
                message: {
                  message_id: 1 + Math.floor(rand() * 1e6),
                  date: 0,
                  chat:
                    rand() < 0.8 ? { id: userId, type: 'private' } : { id: -1_000_000_000_000 - userId, type: 'supergroup', title: 'G' },
                },
              }
            : {}),
        },
      };
      break;
  }
  return { shape, update: { ...update, update_id: i + 1 } };
}

function user(id: number, pick: <T>(l: readonly T[]) => T): Record<string, Json> {
  return { id, is_bot: false, first_name: 'Chaos', language_code: pick(['ru', 'kk', 'en', 'de', '', 'zz-ZZ']) };
}

function validUpdate(pick: <T>(l: readonly T[]) => T, rand: () => number, userId: number): Record<string, Json> {
  const from = user(userId, pick);
  const group = rand() < 0.25;
  const chat: Record<string, Json> = group
    ? { id: -1_000_000_000_000 - (userId % 97), type: 'supergroup', title: 'Ауыл' }
    : { id: userId, type: 'private', first_name: 'Chaos' };
  const message = (extra: Record<string, Json>): Record<string, Json> => ({
    message_id: 1 + Math.floor(rand() * 1e6),
    date: Math.floor(Date.now() / 1000),
    chat,
    from,
    ...extra,
  });
  const text = (t: string) =>
    message({ text: t, ...(t.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: t.split(' ')[0]!.length }] } : {}) });
  switch (Math.floor(rand() * 10)) {
    case 0:
      return { message: text(pick(COMMANDS) + (group && rand() < 0.5 ? '@akim_test_bot' : '')) };
    case 1:
      return {
        message: text(
          pick([
            'когда выборы в Ойыле?',
            'who won in Aktogay',
            'rezultaty Oyil',
            'нет воды третий день',
            '@akim_test_bot кто кандидаты',
            'привет',
          ]),
        ),
      };
    case 2:
      return {
        message: message({
          photo: [{ file_id: 'AgAC' + userId, file_unique_id: 'u', width: 90, height: 90 }],
          ...(rand() < 0.5 ? { media_group_id: 'mg' + Math.floor(rand() * 5) } : {}),
        }),
      };
    case 3:
      return { message: message({ location: { latitude: rand() * 180 - 90, longitude: rand() * 360 - 180 } }) };
    case 4:
      return {
        message: message({
          document: {
            file_id: 'BQAC' + userId,
            file_unique_id: 'd',
            file_name: pick(['a.yaml', 'b.json', 'c.pdf']),
            file_size: Math.floor(rand() * 3e7),
          },
        }),
      };
    case 5:
      return {
        message: message({
          sticker: { file_id: 'CAAC', file_unique_id: 's', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false },
        }),
      };
    case 6:
      return { edited_message: text('edited ' + pick(COMMANDS)) };
    case 7:
      return {
        my_chat_member: {
          chat,
          from,
          date: 0,
          old_chat_member: { status: pick(STATUSES), user: { id: 1, is_bot: true, first_name: 'B' } },
          new_chat_member: { status: pick(STATUSES), user: { id: 1, is_bot: true, first_name: 'B' } },
        },
      };
    case 8:
      return {
        callback_query: {
          id: 'v' + Math.floor(rand() * 1e9),
          from,
          chat_instance: 'x',
          data: pick([
            'cf:cat:water',
            'cf:set:none',
            'cf:next',
            'cf:skip',
            'cf:consent:n',
            'cf:send',
            'cf:cancel',
            'cm:p:0',
            'cm:x',
            'lang:kk',
            'gs:m',
          ]),
          message: message({ text: 'Menu' }),
        },
      };
    default:
      return {
        message: message({
          text: 'x',
          reply_to_message: {
            message_id: 1,
            date: 0,
            chat,
            from: { id: 1, is_bot: true, first_name: 'B', username: 'akim_test_bot' },
            text: 'q',
          },
        }),
      };
  }
}

function forgedData(pick: <T>(l: readonly T[]) => T, rand: () => number): string {
  const args = Array.from({ length: Math.floor(rand() * 5) }, () =>
    pick(['', '-1', '0', '99999999999999999999', 'NaN', '__proto__', '../', '%00', '1e309', 'ы', '🙂', '-.-.-.0.0', 'x'.repeat(40)]),
  );
  return [pick(PREFIXES), ...args].join(':').slice(0, rand() < 0.9 ? 64 : 300);
}

function withText(u: Record<string, Json>, text: string): Record<string, Json> {
  const m = (u.message ?? u.edited_message) as Record<string, Json> | undefined;
  if (!m)
    return { message: { message_id: 1, date: 0, chat: { id: 1, type: 'private' }, from: { id: 1, is_bot: false, first_name: 'x' }, text } };
  return {
    ...u,
    [u.message ? 'message' : 'edited_message']: {
      ...m,
      text,
      entities: [{ type: 'bot_command', offset: 0, length: Math.min(text.length, 7) }],
    },
  };
}

/** Drops random keys at any depth (a sloppy client or a future Bot API). */
function truncate(value: Record<string, Json>, rand: () => number): Record<string, Json> {
  const walk = (v: Json): Json => {
    if (Array.isArray(v)) return v.slice(0, Math.floor(rand() * (v.length + 1))).map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .filter(() => rand() > 0.3)
          .map(([k, x]) => [k, walk(x)]),
      );
    return v;
  };
  return walk(value) as Record<string, Json>;
}

function mutateTypes(value: Record<string, Json>, rand: () => number, pick: <T>(l: readonly T[]) => T): Record<string, Json> {
  const others: Json[] = [null, true, 0, -1, 1.5, 2 ** 60, '', 'str', [], {}, [1, 'a'], { id: 'x' }];
  const walk = (v: Json): Json => {
    if (rand() < 0.15) return pick(others);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as Record<string, Json>;
}

function huge(value: Record<string, Json>, rand: () => number, pick: <T>(l: readonly T[]) => T): Record<string, Json> {
  const big = pick(['я'.repeat(100_000), '/start ' + 'a'.repeat(70_000), 'x\n'.repeat(20_000)]);
  const entities: Json[] = Array.from({ length: 3000 }, (_, k) => ({
    type: pick(['bot_command', 'mention', 'bold', 'url']),
    offset: k,
    length: Math.floor(rand() * 1e6),
  }));
  let nested: Json = { deep: true };
  for (let d = 0; d < 500; d++) nested = { n: nested };
  const u = withText(value, big);
  const key = u.message ? 'message' : 'edited_message';
  return {
    ...u,
    [key]: {
      ...(u[key] as Record<string, Json>),
      entities,
      reply_to_message: nested,
      photo: Array.from({ length: 1000 }, () => ({ file_id: 'p' })),
    },
  };
}
