import { z } from 'zod';
import { AREA_KINDS } from '../areas/area.ts';
import { CANDIDACY_STATUSES, ELECTION_STATUSES, RESULT_STATUSES } from './model.ts';

/**
 * The election data file (YAML or JSON) that `npm run import` loads and admins send to the bot.
 * Ids are stable keys chosen by the file's author ("abai/aqtoghai/2023-09-17"): re-importing the
 * same file changes nothing, an edited file updates rows in place. The JSON Schema for editors
 * (`data/schema/election-data.schema.json`) is generated from this schema.
 */

// Ids travel in button data (64 bytes with a prefix and a page number), hence ASCII and <= 48.
const key = z
  .string({ error: 'expected an id (text)' })
  .regex(/^[a-z0-9][a-z0-9._/-]{0,47}$/, { error: 'expected an id of a-z, 0-9, . _ / - (at most 48 characters)' });
const count = z.int({ error: 'expected a whole number >= 0' }).min(0, { error: 'expected a whole number >= 0' });
const date = z.iso.date({ error: 'expected a date YYYY-MM-DD' });
const timestamp = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'expected a date YYYY-MM-DD or a date-time with a zone (2023-11-06T09:00:00+05:00)',
});
// The string's own `error` would also word the length check, so `max` says what is wrong itself.
const text = (max: number) =>
  z
    .string({ error: 'expected text' })
    .trim()
    .min(1, { error: 'expected text' })
    .max(max, { error: `expected at most ${max} characters` });
const aliases = z.array(text(100)).max(50).default([]).describe('Other spellings residents type (Latin, Cyrillic, old forms).');

export const areaInput = z
  .strictObject({
    id: key,
    parent: key.optional().describe('Id of the enclosing area (a province for a district).'),
    kind: z.enum(AREA_KINDS),
    names: z.strictObject({ kk: text(100), ru: text(100), en: text(100) }),
    aliases,
  })
  .describe('A place: province > district > settlement / okrug.');

export const personInput = z.strictObject({
  id: key,
  names: z.strictObject({ kk: text(100).optional(), ru: text(100).optional(), en: text(100) }),
  aliases,
});

const localized = (max: number) => z.strictObject({ kk: text(max).optional(), ru: text(max).optional(), en: text(max).optional() });
const clock = z.string({ error: 'expected a time HH:MM' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time HH:MM' });
const reason = localized(500).optional().describe('Why (annulled, cancelled, withdrawn, deregistered), as published; per language.');
const reasonSource = z.url({ error: 'expected a URL' }).optional().describe('Where the reason was published.');

export const candidateInput = z
  .strictObject({
    person: key.describe('Id from `people`.'),
    party: text(100).optional().describe('Nominating party; omit with `nomination: self` or when not reported.'),
    nomination: z.enum(['self']).optional().describe('`self` for a self-nominated candidate.'),
    status: z.enum(CANDIDACY_STATUSES).default('registered'),
    ballotOrder: z.int({ error: 'expected a whole number >= 1' }).min(1, { error: 'expected a whole number >= 1' }).optional(),
    incumbent: z.boolean({ error: 'expected true or false' }).default(false),
    statement: z.strictObject({ kk: text(500).optional(), ru: text(500).optional(), en: text(500).optional() }).optional(),
    votes: count.optional().describe('Omit until counted or when not reported.'),
    statusReason: reason,
    statusSource: reasonSource,
  })
  .refine((c) => !(c.party && c.nomination === 'self'), { error: 'give either party or nomination: self, not both' });

export const resultsInput = z.strictObject({
  status: z.enum(RESULT_STATUSES),
  publishedAt: timestamp.optional(),
  source: text(500).optional(),
  electorate: count.optional(),
  ballotsCast: count.optional(),
  againstAll: count.optional(),
  spoilt: count.optional(),
  winner: key.optional().describe('Person id of the declared winner, only when vote counts were not reported.'),
});

export const electionInput = z.strictObject({
  id: key,
  area: key.describe('Id from `areas`.'),
  office: text(60).default('akim'),
  pollDate: date,
  nominationStart: date.optional(),
  nominationEnd: date.optional(),
  registrationDeadline: date.optional(),
  status: z.enum(ELECTION_STATUSES).default('scheduled'),
  replaces: key.optional().describe('Id of the election this one reruns.'),
  source: z.url({ error: 'expected a URL' }).optional(),
  statusReason: reason,
  statusSource: reasonSource,
  voting: z
    .strictObject({ opens: clock.optional(), closes: clock.optional(), where: localized(300).optional() })
    .optional()
    .describe('Polling hours (local time) and where to vote, as published.'),
  candidates: z.array(candidateInput).max(100).default([]),
  results: resultsInput.optional(),
});

export const electionDataSchema = z
  .strictObject({
    version: z.literal(1, { error: 'expected version: 1' }),
    areas: z.array(areaInput).default([]),
    people: z.array(personInput).default([]),
    elections: z.array(electionInput).default([]),
  })
  .describe('Election data for the residents bot: areas, people, elections, candidates and results.');

export type ElectionData = z.output<typeof electionDataSchema>;
export type AreaInput = z.output<typeof areaInput>;
export type PersonInput = z.output<typeof personInput>;
export type ElectionInput = z.output<typeof electionInput>;
export type CandidateInput = z.output<typeof candidateInput>;

/** JSON Schema (draft 2020-12) of the input format, for editors (yaml-language-server, VS Code). */
export function electionDataJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(electionDataSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
