import type { FakeBotApi } from '../../../src/emulator/bot-api.ts';
import { formData } from '../../../src/core/complaints/form/buttons.ts';

export const REFERENCE = /C-\d{4}-\d{6}/;
const APOLOGY = /что-то пошло не так/i;
const STALE = /устарела/i;

/** What one resident saw while filing a complaint. */
export interface Resident {
  user: number;
  /** The reference the bot told them (directly or by the outbox's receipt). */
  reference?: string;
  updates: number;
  /** Updates that got no answer at all within the wait. */
  unanswered: number;
  apologies: number;
}

type Step = { text: string } | { data: string };

/** The form of `test/e2e/one-form-one-complaint`: category "other", no place, no photos, no location. */
export const FORM_STEPS: Step[] = [
  { text: '/complain' },
  { data: formData.encode({ action: 'cat', arg: 'other' }) },
  { data: formData.encode({ action: 'set', arg: 'none' }) },
  { text: 'Фонарь на остановке не горит уже месяц' },
  { data: formData.encode({ action: 'next', arg: '' }) },
  { data: formData.encode({ action: 'skip', arg: '' }) },
  { data: formData.encode({ action: 'consent', arg: 'n' }) },
  { data: formData.encode({ action: 'send', arg: '' }) },
];

let callbackSeq = 0;

/** Pushes one step as a new update (a new press of the button, a new message). */
export function pushStep(fake: FakeBotApi, user: number, step: Step): { id: number; callbackId?: string } {
  const from = { id: user, is_bot: false, first_name: 'R', language_code: 'ru' };
  const chat = { id: user, type: 'private' };
  const date = Math.floor(Date.now() / 1000);
  if ('data' in step) {
    const callbackId = `chaos-${process.pid}-${++callbackSeq}`;
    return {
      id: fake.pushUpdate({
        callback_query: { id: callbackId, from, chat_instance: 'c', data: step.data, message: { message_id: 1, date, chat, text: 'Menu' } },
      }),
      callbackId,
    };
  }
  const entities = step.text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: step.text.length }] : undefined;
  return { id: fake.pushUpdate({ message: { message_id: 1, date, chat, from, text: step.text, entities } }) };
}

/** The answer to a pushed step: the button's answer (always last) or the first message; null when none came. */
export async function answerOf(
  fake: FakeBotApi,
  user: number,
  after: number,
  callbackId: string | undefined,
  timeoutMs: number,
): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const calls = fake.calls.filter((c) => c.index >= after && c.ok);
    const hit = callbackId
      ? calls.find((c) => c.method === 'answerCallbackQuery' && c.params.callback_query_id === callbackId)
      : calls.find((c) => (c.method === 'sendMessage' || c.method === 'editMessageText') && c.params.chat_id === user);
    if (hit) return String(hit.params.text ?? '');
    await new Promise((r) => setTimeout(r, 20));
  }
  return null;
}

/** Every reference told to the resident so far. */
export const referencesTold = (fake: FakeBotApi, user: number): string[] =>
  fake
    .sent(user)
    .map((p) => REFERENCE.exec(String(p.text))?.[0])
    .filter((r): r is string => Boolean(r));

/**
 * One step as a person does it: send, wait for the answer, and after an apology try again (a stale
 * button on a retry means the earlier attempt went through). Returns false when nothing answered.
 */
export async function doStep(fake: FakeBotApi, r: Resident, step: Step, opts: { timeoutMs: number; retries: number }): Promise<boolean> {
  for (let attempt = 0; attempt <= opts.retries; attempt++) {
    const mark = fake.mark();
    const { callbackId } = pushStep(fake, r.user, step);
    r.updates++;
    const answer = await answerOf(fake, r.user, mark, callbackId, opts.timeoutMs);
    if (answer === null) {
      r.unanswered++;
      return false;
    }
    if (!APOLOGY.test(answer)) return true;
    r.apologies++;
    if (attempt > 0 && STALE.test(answer)) return true;
    await new Promise((res) => setTimeout(res, 300));
  }
  return true;
}

/** The whole form; ends when the resident was told a reference (or gave up after retries). */
export async function fileComplaint(fake: FakeBotApi, user: number, opts = { timeoutMs: 15_000, retries: 30 }): Promise<Resident> {
  const r: Resident = { user, updates: 0, unanswered: 0, apologies: 0 };
  for (const step of FORM_STEPS) await doStep(fake, r, step, opts);
  await tellOrRetrySend(fake, r, opts);
  return r;
}

/** After "Send": the reference, directly or by receipt; else "Send" again (the form is idempotent). */
export async function tellOrRetrySend(fake: FakeBotApi, r: Resident, opts: { timeoutMs: number; retries: number }): Promise<void> {
  for (let attempt = 0; attempt < 5 && !referencesTold(fake, r.user).length; attempt++) {
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline && !referencesTold(fake, r.user).length) await new Promise((res) => setTimeout(res, 50));
    if (!referencesTold(fake, r.user).length) await doStep(fake, r, { data: formData.encode({ action: 'send', arg: '' }) }, opts);
  }
  r.reference = referencesTold(fake, r.user)[0];
}
