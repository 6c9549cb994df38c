import {
  answerElectionRequest,
  answerForArea,
  browseAreas,
  type ElectionRequest,
} from '../../../core/elections/answer-election-request.ts';
import type { AreaEntry } from '../../../core/areas/area.ts';
import { electionsData, type ElectionsButton, type ElectionView } from '../../../core/elections/buttons.ts';
import type { ElectionsDeps } from '../../../core/elections/ports.ts';
import { showCandidates } from '../../../core/elections/show-candidates.ts';
import { showAreaElections } from '../../../core/elections/show-area-elections.ts';
import { showElection } from '../../../core/elections/show-election.ts';
import { showResults } from '../../../core/elections/show-results.ts';
import { DomainError } from '../../../core/errors.ts';
import { electionCalendar } from '../../../core/elections/calendar-event.ts';
import { msg, toast } from '../../../core/replies.ts';
import type { StartPayloadHandler } from './start.ts';
import {
  answerIntent,
  answerQuestion,
  type QuestionDeps,
  type QuestionOutcome,
  type QuestionRequest,
  showPerson,
} from '../../../core/questions/answer-question.ts';
import { questionData } from '../../../core/questions/buttons.ts';
import {
  type QuestionContext,
  QUESTION_KIND,
  readQuestionContext,
  questionContextState,
} from '../../../core/questions/question-context.ts';
import { byOp, onButton, type CommandSpec, type Feature, type HandlerContext } from '../feature.ts';

export type ElectionsFeatureDeps = QuestionDeps;

/** Start payload of the "add to calendar" deep link: `ics_<electionId>`. */
export const CALENDAR_START = 'ics_';
/** Deep-link payloads are 1-64 characters of A-Z a-z 0-9 _ -. */
const linkable = (id: string) => /^[A-Za-z0-9_-]{1,60}$/.test(id);

/** The t.me link that opens a private chat and sends the election's .ics there, in the resident's language. */
export const calendarLink = (botUsername: string, electionId: string): string | null =>
  linkable(electionId) ? `https://t.me/${botUsername}?start=${CALENDAR_START}${electionId}` : null;

/**
 * "Add to calendar": in private the .ics comes at once in the resident's language; in a group the
 * button opens the private chat (a deep link), so the file comes in the presser's language, not the group's.
 */
async function addToCalendar(ctx: HandlerContext, deps: ElectionsDeps, electionId: string): Promise<void> {
  if (ctx.isPrivate) return ctx.reply(await electionCalendar(deps, electionId, ctx.locale, ctx.timeZone));
  const url = calendarLink(ctx.botUsername, electionId);
  await ctx.reply(url ? { kind: 'toast', text: msg('calendar-open-private'), url } : toast(msg('calendar-open-private'), true));
}

/** `/start ics_<id>`: the calendar file asked for from a group. */
export function calendarStartPayload(deps: ElectionsDeps): StartPayloadHandler {
  return async (ctx, payload) => {
    if (!payload.startsWith(CALENDAR_START) || !ctx.isPrivate) return false;
    await ctx.reply(await electionCalendar(deps, payload.slice(CALENDAR_START.length), ctx.locale, ctx.timeZone));
    return true;
  };
}

/** Who asks and where: groups answer for the group's settlement, private chats for the remembered one. */
function requestBase(ctx: HandlerContext): Omit<ElectionRequest, 'view' | 'placeText'> {
  const isGroup = !ctx.isPrivate;
  return {
    knownAreaId: isGroup ? ctx.chatRecord.settlementId : (ctx.user?.settlementId ?? null),
    locale: ctx.locale,
    rememberFor: isGroup ? null : (ctx.from?.id ?? null),
    isGroup,
  };
}

/** An area named by a button. @throws BUTTON.STALE when it is gone (a newer data file) */
async function areaOf(deps: ElectionsDeps, id: string): Promise<AreaEntry> {
  const area = await deps.areas.get(id);
  if (!area) throw new DomainError('BUTTON.STALE');
  return area;
}

function command(name: ElectionView, menuKey: string, deps: ElectionsDeps): CommandSpec {
  return {
    name,
    menuKey,
    async handle(ctx, args) {
      await ctx.reply(...(await answerElectionRequest(deps, { ...requestBase(ctx), view: name, placeText: args.trim() || null })));
    },
  };
}

/** In a group, a follow-up continues the last question only when it replies to the bot. */

/** The chat's question context (last question, help shown) and the request built from it. */
async function questionRequest(ctx: HandlerContext): Promise<{ stored: QuestionContext | null; req: QuestionRequest }> {
  const state = await ctx.conversation.peek();
  const stored = state?.kind === QUESTION_KIND ? readQuestionContext(state.data) : null;
  const mayFollow = ctx.isPrivate || ctx.repliesToBot;
  const recent = stored && mayFollow ? stored.recentAt(ctx.now()) : null;
  return { stored, req: { ...requestBase(ctx), recent, helpShown: stored?.helpShown ?? false } };
}

/** Sends the outcome and keeps the context for follow-ups (never over another feature's form). */
async function deliver(ctx: HandlerContext, stored: QuestionContext | null, out: QuestionOutcome): Promise<void> {
  if (out.replies.length > 0) await ctx.reply(...out.replies);
  if (!out.remember && out.helpShown === (stored?.helpShown ?? false)) return;
  await ctx.conversation.setUnlessOther(
    questionContextState(
      out.remember ?? stored?.recent ?? null,
      out.remember ? ctx.now() : (stored?.askedAt ?? null),
      out.helpShown,
      ctx.now(),
    ),
  );
}

/**
 * /elections, /candidates, /results (each takes an optional place: "/results Ойыл"), the `el:`
 * buttons (area tree > election > candidates | results, paging), plain questions ("когда выборы в
 * Ойыле?", "кто такой Казыбаев?") with their `q:` buttons, and follow-ups ("а в Актогае?").
 * Private chats remember the resident's place; groups use theirs.
 */
export function createElectionsFeature(deps: ElectionsFeatureDeps): Feature {
  return {
    name: 'elections',
    commands: [
      command('elections', 'menu-elections', deps),
      command('candidates', 'menu-candidates', deps),
      command('results', 'menu-results', deps),
    ],
    buttons: [
      onButton(
        electionsData,
        byOp<ElectionsButton>({
          t: async (ctx, b) => ctx.reply(...(await browseAreas(deps, b.view, b.areaId, requestBase(ctx), b.page))),
          a: async (ctx, b) => ctx.reply(...(await answerForArea(deps, b.view, await areaOf(deps, b.areaId), requestBase(ctx)))),
          l: async (ctx, b) =>
            ctx.reply(await showAreaElections(deps, await areaOf(deps, b.areaId), 'elections', ctx.locale, true, b.page)),
          e: async (ctx, b) => ctx.reply(await showElection(deps, b.electionId, ctx.locale, true)),
          c: async (ctx, b) => ctx.reply(await showCandidates(deps, b.electionId, b.page, ctx.locale, true)),
          r: async (ctx, b) => ctx.reply(await showResults(deps, b.electionId, ctx.locale, true)),
          k: async (ctx, b) => addToCalendar(ctx, deps, b.electionId),
        }),
      ),
      onButton(questionData, async (ctx, b) => {
        const { stored, req } = await questionRequest(ctx);
        if (b.op === 'h') return deliver(ctx, stored, await showPerson(deps, b.personId, req, true));
        const area = b.areaId ? await areaOf(deps, b.areaId) : null;
        return deliver(ctx, stored, await answerIntent(deps, b.intent, area, req, true));
      }),
    ],
    // The context only informs the next question; the message itself goes on to every feature.
    conversations: { [QUESTION_KIND]: async () => false },
    async onText(ctx) {
      const text = ctx.text?.trim();
      if (!text || text.startsWith('/')) return false;
      const { stored, req } = await questionRequest(ctx);
      await deliver(ctx, stored, await answerQuestion(deps, text.slice(0, 500), req));
      return true;
    },
  };
}
