import { buttonFamily, field, type Field } from '../buttons.ts';

/** A category code, or null for "no category yet" (written `-`). */
const categoryOrNone: Field<string | null> = {
  write: (code) => code ?? '-',
  read: (t) => (t === '-' ? null : /^[a-z_-]{1,32}$/.test(t) ? t : undefined),
};

/**
 * Callback data of a resident's own complaints (private chat), `cm:<op>:<args>`:
 * - `cm:p:<page>` the list, paged; `cm:d:<id>` one complaint
 * - `cm:f:y|n` /forgetme confirmed or declined
 * - `cm:s:<category|->` start the form offered after a message that reads like a complaint; `cm:x` not now
 */
export const myComplaintsData = buttonFamily('cm', {
  p: { page: field.int },
  d: { id: field.int },
  f: { answer: field.oneOf(['y', 'n']) },
  s: { category: categoryOrNone },
  x: {},
});
export type MyComplaintsButton = NonNullable<ReturnType<typeof myComplaintsData.decode>>;

/** The author's answer after "resolved": `cu:y:<id>` fixed, `cu:n:<id>` not fixed. */
export const fixAnswerData = buttonFamily('cu', {
  y: { id: field.int },
  n: { id: field.int },
});
