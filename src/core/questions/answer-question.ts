import { type AreaEntry, areaName, subtreeIds } from '../areas/area.ts';
import { answerElectionRequest, type ElectionRequest, rememberArea } from '../elections/answer-election-request.ts';
import type { ElectionView } from '../elections/buttons.ts';
import { currentElection, isAhead } from '../elections/election-texts.ts';
import type { Person } from '../elections/model.ts';
import type { ElectionsDeps } from '../elections/ports.ts';
import { showAreaElections } from '../elections/show-area-elections.ts';
import { type Reply, message, msg } from '../replies.ts';
import { answerKind, type KindIntent } from './answer-kinds.ts';
import { intentChoices, personChoices, placeChoices } from './buttons.ts';
import { type AnswerIntent, decide, type QuestionDecision } from './decide.ts';
import { nameKeys } from './find-people.ts';
import type { IntentModel } from './intent-model.ts';
import { personCard } from './person-card.ts';
import { type MessageReading, readMessage } from './read-message.ts';

export interface QuestionDeps extends ElectionsDeps {
  model: IntentModel;
}

/** The last question answered in a chat, so "а в Актогае?" or "and the results?" can continue it. */
export interface RecentQuestion {
  intent: AnswerIntent | 'person';
  areaId: string | null;
  personId: string | null;
}

export type QuestionRequest = Omit<ElectionRequest, 'view' | 'placeText'> & {
  /** The chat's last question, only when a follow-up may continue it (recent; in groups a reply to the bot). */
  recent: RecentQuestion | null;
  /** Private chat: the short help for everyday chat was already shown once. */
  helpShown: boolean;
};

export interface QuestionOutcome {
  /** Empty = stay quiet (everyday chat). */
  replies: Reply[];
  /** What to remember for follow-ups; null = nothing new. */
  remember: RecentQuestion | null;
  helpShown: boolean;
}

const VIEW: Partial<Record<AnswerIntent, ElectionView>> = { candidates: 'candidates', when: 'elections', results: 'results' };

/** A follow-up continues the last question: a new place for the same question, or a new question about the same place. */
export function continueRecent(
  d: QuestionDecision,
  r: MessageReading,
  recent: RecentQuestion | null,
  areas: readonly AreaEntry[],
): QuestionDecision {
  if (!recent) return d;
  if (d.kind === 'answer' && d.placeOnly && d.place && recent.intent !== 'person') return { ...d, intent: recent.intent, placeOnly: false };
  const area = areas.find((a) => a.id === recent.areaId) ?? null;
  if (r.followUp && d.kind === 'answer' && !d.place && area) return { ...d, place: area };
  return d;
}

/**
 * A resident's plain message: read (place, person, intent), continued from the last question when
 * it is a follow-up, then answered, asked about ("which one?", "what did you mean?"), or left
 * alone when it is everyday chat (private chats get the short help once).
 */
export async function answerQuestion(deps: QuestionDeps, text: string, req: QuestionRequest): Promise<QuestionOutcome> {
  const areas = await deps.areas.listAll();
  const people = (await deps.elections.listPeople()).map(nameKeys);
  const reading = readMessage(text, { areas, people, model: deps.model });
  const d = continueRecent(decide(reading, { context: req.recent !== null }), reading, req.recent, areas);
  const done = (replies: Reply[], remember: RecentQuestion | null = null): QuestionOutcome => ({
    replies,
    remember,
    helpShown: req.helpShown,
  });
  switch (d.kind) {
    case 'quiet':
      if (req.isGroup || req.helpShown) return done([]);
      return { replies: [message(msg('questions-help-once'))], remember: null, helpShown: true };
    case 'ask':
      return done([message(msg('questions-what-do-you-mean'), intentChoices(d.place?.id ?? null, !req.isGroup))]);
    case 'which-person':
      return done([message(msg('questions-which-person'), await whichPerson(deps, d.people, areas, req))]);
    case 'which-place':
      return done([message(msg('elections-choose-among'), placeChoices(areas, d.places, d.intent, req.locale))]);
    case 'person':
      return showPerson(deps, d.person.id, req);
    case 'answer':
      return answerIntent(deps, d.intent, d.place, req);
  }
}

async function whichPerson(deps: QuestionDeps, people: Person[], areas: readonly AreaEntry[], req: QuestionRequest) {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const rows = await Promise.all(
    people.map(async (person) => {
      const latest = (await deps.elections.listByPerson(person.id))[0];
      const area = latest ? byId.get(latest.areaId) : undefined;
      return { person, where: area ? areaName(area, req.locale) : '' };
    }),
  );
  return personChoices(rows, req.locale);
}

/** `q:h:<person>` and a named candidate: their card. */
export async function showPerson(deps: QuestionDeps, personId: string, req: QuestionRequest, asEdit = false): Promise<QuestionOutcome> {
  const person = (await deps.elections.listPeople()).find((p) => p.id === personId);
  if (!person) return { replies: [message(msg('person-not-found'))], remember: null, helpShown: req.helpShown };
  const elections = await deps.elections.listByPerson(person.id);
  const text = personCard(person, elections, await deps.areas.listAll(), req.locale, deps.clock.now());
  return {
    replies: [message(text, undefined, { edit: asEdit })],
    remember: { intent: 'person', personId, areaId: elections[0]?.areaId ?? null },
    helpShown: req.helpShown,
  };
}

/** Answers one kind of question for a place (named, remembered, the group's) or asks which place. */
export async function answerIntent(
  deps: QuestionDeps,
  intent: AnswerIntent,
  named: AreaEntry | null,
  req: QuestionRequest,
  asEdit = false,
): Promise<QuestionOutcome> {
  const done = (replies: Reply[], area: AreaEntry | null = named): QuestionOutcome => ({
    replies,
    remember: { intent, areaId: area?.id ?? null, personId: null },
    helpShown: req.helpShown,
  });
  if (intent === 'complain') return done([message(msg('elections-complain-hint'), undefined, { edit: asEdit })]);
  if (intent === 'documents') return done([message(msg('questions-documents'), undefined, { edit: asEdit })]);
  const all = await deps.areas.listAll();
  const area = named ?? all.find((a) => a.id === req.knownAreaId) ?? null;
  if (intent === 'how-to-vote') {
    const list = area ? await deps.elections.listByAreas([...subtreeIds(all, area.id)]) : [];
    const next = currentElection(list, deps.clock.now());
    const upcoming = next && isAhead(next, deps.clock.now()) ? next : null;
    return done(
      [
        message(upcoming ? msg('elections-how-to-vote-next', { date: upcoming.pollDate }) : msg('elections-how-to-vote'), undefined, {
          edit: asEdit,
        }),
      ],
      area,
    );
  }
  const view = VIEW[intent];
  if (view && !area) return done(await answerElectionRequest(deps, { ...req, view, placeText: null }), null);
  if (!area) {
    const withElections = new Set((await deps.elections.listByAreas(all.map((a) => a.id))).map((e) => e.areaId));
    return done(
      [
        message(
          msg('questions-which-place'),
          placeChoices(
            all,
            all.filter((a) => withElections.has(a.id)),
            intent,
            req.locale,
          ),
          { edit: asEdit },
        ),
      ],
      null,
    );
  }
  await rememberArea(deps, req.rememberFor, area, req.knownAreaId);
  if (view) return done([await showAreaElections(deps, area, view, req.locale, asEdit)], area);
  const list = await deps.elections.listByAreas([...subtreeIds(all, area.id)]);
  return done([message(answerKind(intent as KindIntent, list, area, req.locale, deps.clock.now()), undefined, { edit: asEdit })], area);
}
