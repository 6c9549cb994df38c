/**
 * What a resident's message asks. `chat` is everyday chat (greetings, trade, lost keys, football):
 * the bot stays quiet on it. `person` asks about a named candidate (who, nomination, votes, won).
 */
export const QUESTION_INTENTS = [
  'candidates',
  'when',
  'days-left',
  'results',
  'turnout',
  'against-all',
  'why',
  'akim',
  'where-vote',
  'documents',
  'how-to-vote',
  'complain',
  'person',
  'chat',
] as const;
export type QuestionIntent = (typeof QUESTION_INTENTS)[number];

export const isQuestionIntent = (s: string): s is QuestionIntent => (QUESTION_INTENTS as readonly string[]).includes(s);
