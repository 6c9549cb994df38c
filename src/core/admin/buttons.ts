import { buttonCodec, buttonFamily, field, type ButtonCodec } from '../buttons.ts';
import { COMPLAINT_STATUSES } from '../complaints/types.ts';
import { decodeState, encodeState, type InboxState } from './inbox-state.ts';

/** The inbox's filters and page, written `s.c.a.o.p` (see inbox-state.ts). */
const state = field.custom<InboxState>(encodeState, decodeState);
/** An election named by 8 hex characters of its id's hash (see `electionKey`). */
const electionKey = field.matching(/^[0-9a-f]{8}$/);

/** `au:p:<page>`: /audit, paged. */
export const auditData = buttonFamily('au', { p: { page: field.int } });

/** `ad:rm:<user id>`: /admins, remove one admin. */
export const adminsData = buttonFamily('ad', { rm: { userId: field.id } });

const filterOps = { v: { state }, fs: { state }, fc: { state }, fa: { state } };
/** `ib:v|fs|fc|fa:<state>`: /inbox, the list with a state, or the choices of its status, category or area filter. */
export const inboxData = buttonFamily('ib', filterOps);
/** `ex:v|fs|fc|fa|go:<state>`: /export, the same filters as the inbox and "send the files". */
export const exportData = buttonFamily('ex', { ...filterOps, go: { state } });
/** What the inbox's and the export's filter buttons share: either family's codec builds them. */
export type FilterButton = NonNullable<ReturnType<typeof inboxData.decode>>;
export type FilterButtons = Pick<ButtonCodec<FilterButton>, 'button'>;

/** `io:<complaint id>:<state>`: open one complaint from the inbox (the state leads back). */
export const openData = buttonCodec('io', { id: field.int, state });
/** `ic:<complaint id>:<status>`: change a complaint's status (a note is asked next). */
export const statusData = buttonCodec('ic', { id: field.int, to: field.oneOf(COMPLAINT_STATUSES) });
/** `ix:<complaint id>`: mark as a duplicate (the original's reference is asked next). */
export const duplicateData = buttonCodec('ix', { id: field.int });
/** `in:<complaint id>:p|i`: add a public or an internal note (the text is asked next). */
export const noteData = buttonCodec('in', {
  id: field.int,
  visibility: field.custom<'public' | 'internal'>(
    (v) => (v === 'public' ? 'p' : 'i'),
    (t) => (t === 'p' ? 'public' : t === 'i' ? 'internal' : null),
  ),
});
/** `im:<complaint id>`: move a duplicate's supporters to its original. */
export const mergeData = buttonCodec('im', { id: field.int });

/**
 * `/enterresults`, `er:<op>:<election key>:<arg?>`: `e` the election's figures, `c:<candidate index>`
 * votes of one candidate, `a` against all, `b` ballots cast, `s:p|o` mark preliminary or official.
 */
export const resultsData = buttonFamily('er', {
  e: { key: electionKey },
  c: { key: electionKey, index: field.int },
  a: { key: electionKey },
  b: { key: electionKey },
  s: { key: electionKey, status: field.oneOf(['p', 'o']) },
});
export type ResultsButton = NonNullable<ReturnType<typeof resultsData.decode>>;

/**
 * `fw:p:<complaint id>` "not ours": pick the category whose staff handle it;
 * `fw:c:<complaint id>:<category code>` that category chosen (a note is asked next).
 */
export const forwardData = buttonFamily('fw', {
  p: { id: field.int },
  c: { id: field.int, code: field.matching(/^[a-z0-9_-]{1,32}$/) },
});
export type ForwardButton = NonNullable<ReturnType<typeof forwardData.decode>>;

/**
 * Response templates: `rt:u:<complaint id>:<status>:<template id>` change the status with that
 * template's text as the note; `rt:d:<template id>` remove a template (/templates, owners).
 */
export const templateData = buttonFamily('rt', {
  u: { id: field.int, to: field.oneOf(COMPLAINT_STATUSES), template: field.int },
  d: { template: field.int },
});
export type TemplateButton = NonNullable<ReturnType<typeof templateData.decode>>;
