/** The complaint form as stored in the conversation row (JSON), and the events that move it. */

export const FORM_KIND = 'complaint';

export const FORM_STEPS = [
  'category',
  'settlement',
  'similar',
  'description',
  'photos',
  'location',
  'consent',
  'contact',
  'confirm',
] as const;
export type FormStep = (typeof FORM_STEPS)[number];

export interface ComplaintForm {
  /** Idempotency key, set when the form opens: pressing "Send" twice files one complaint. */
  key?: string;
  categoryCode?: string;
  settlementId?: string;
  /** Settlement ids offered as buttons (the button carries the index, not the id). */
  settlementOptions?: string[];
  /** Complaints offered for "+1" (ids checked when a join button comes back). */
  similarIds?: number[];
  description?: string;
  photos: string[];
  /** The album already answered: later parts of the same album stay silent. */
  mediaGroup?: string;
  latitude?: number;
  longitude?: number;
  /** An address or landmark typed at the location step ("Abai St 5, by the school"): optional. */
  address?: string;
  consent: boolean;
  /** The resident's own phone number, shared with one tap after agreeing to be contacted. */
  contactPhone?: string;
  /** Show the (masked) description to neighbours offered a "+1": off unless the author turns it on. */
  descriptionVisible?: boolean;
  source: 'private' | 'group';
  /** The group a deep link came from (decimal string: JSON has no bigint). */
  sourceChatId?: string;
}

export interface FormState {
  step: FormStep;
  data: ComplaintForm;
}

/** What the resident did, already read from the Telegram update by the adapter. */
export type FormEvent =
  | { kind: 'text'; text: string }
  | { kind: 'photo'; fileId: string; mediaGroupId: string | null }
  | { kind: 'location'; latitude: number; longitude: number }
  /** A shared contact; `own` when it is the sender's own (the reply-keyboard button), not someone else's card. */
  | { kind: 'contact'; phone: string; own: boolean }
  | { kind: 'other'; what: 'sticker' | 'document' | 'voice' | 'video' | 'unknown' }
  | { kind: 'button'; action: FormAction; arg: string };

export const FORM_ACTIONS = ['cat', 'set', 'join', 'new', 'next', 'skip', 'consent', 'visible', 'send', 'cancel'] as const;
export type FormAction = (typeof FORM_ACTIONS)[number];

/** Reply-keyboard "skip" buttons start with this mark: their text comes back as a message in any language. */
export const SKIP_MARK = '⏭';
export const isSkipText = (e: FormEvent): boolean => e.kind === 'text' && e.text.trim().startsWith(SKIP_MARK);

export const isFormStep = (value: string): value is FormStep => (FORM_STEPS as readonly string[]).includes(value);

/** Reads a stored form defensively: a row written by an older version must not crash the bot. */
export function readForm(step: string, data: Record<string, unknown>): FormState | null {
  if (!isFormStep(step)) return null;
  const photos = Array.isArray(data.photos) ? data.photos.filter((p): p is string => typeof p === 'string') : [];
  return {
    step,
    data: {
      ...(data as Partial<ComplaintForm>),
      photos,
      consent: data.consent === true,
      descriptionVisible: data.descriptionVisible === true,
      source: data.source === 'group' ? 'group' : 'private',
    },
  };
}
