import type { ConversationState } from '../ports.ts';
import type { RecentQuestion } from './answer-question.ts';
import { QUESTION_INTENTS } from './intents.ts';

/** Conversation kind of the question context: it never owns the next message, it only informs it. */
export const QUESTION_KIND = 'question';

/** How long a follow-up ("а в Актогае?") continues the last question. */
export const FOLLOW_UP_MS = 5 * 60_000;
/** How long "the short help was shown" is remembered in a private chat. */
const CONTEXT_TTL_MS = 30 * 86_400_000;

export interface QuestionContext {
  recent: RecentQuestion | null;
  askedAt: Date | null;
  helpShown: boolean;
  /** The last question if it is recent enough to continue. */
  recentAt(now: Date): RecentQuestion | null;
}

const id = (v: unknown): string | null => (typeof v === 'string' && /^[a-z0-9][a-z0-9._/-]{0,47}$/.test(v) ? v : null);

/** Reads stored data defensively: anything odd counts as no context. */
export function readQuestionContext(data: Record<string, unknown>): QuestionContext {
  const intent =
    typeof data.intent === 'string' && (QUESTION_INTENTS as readonly string[]).includes(data.intent) && data.intent !== 'chat'
      ? data.intent
      : null;
  const at = typeof data.at === 'number' ? new Date(data.at) : null;
  const recent = intent ? ({ intent, areaId: id(data.areaId), personId: id(data.personId) } as RecentQuestion) : null;
  return {
    recent,
    askedAt: at,
    helpShown: data.helpShown === true,
    recentAt: (now) => (recent && at && now.getTime() - at.getTime() <= FOLLOW_UP_MS ? recent : null),
  };
}

/** The conversation state that stores a context. */
export function questionContextState(
  recent: RecentQuestion | null,
  askedAt: Date | null,
  helpShown: boolean,
  now: Date,
): ConversationState {
  return {
    kind: QUESTION_KIND,
    step: 'context',
    data: {
      intent: recent?.intent ?? null,
      areaId: recent?.areaId ?? null,
      personId: recent?.personId ?? null,
      at: askedAt?.getTime() ?? null,
      helpShown,
    },
    expiresAt: new Date(now.getTime() + CONTEXT_TTL_MS),
  };
}
