import type { UserId } from '../ids.ts';
import type { Locale } from '../locale.ts';
import type { MessageReply } from '../replies.ts';
import type { ComplaintEventKind } from './events.ts';

/** A staff member as routing sees them: null scopes are unlimited. */
export interface StaffMember {
  userId: UserId;
  role: 'owner' | 'admin';
  areaIds: string[] | null;
  categoryCodes: string[] | null;
}

/** Owners (config) and admins (database) with their scopes. */
export interface StaffDirectory {
  listStaff(): Promise<StaffMember[]>;
}

/** One event waiting for one staff member. */
export interface PendingAlert {
  adminId: UserId;
  complaintId: number;
  kind: ComplaintEventKind;
  categoryCode: string;
  at: Date;
}

/**
 * Where events wait until they are told. `sendBatch` takes everything pending for one person, unless
 * they were sent a batch less than `gapMs` ago, and hands it to `deliver`, which queues the message
 * (outbox) in the same transaction: a batch is marked sent only together with its message.
 */
export interface StaffAlertStore {
  add(alerts: PendingAlert[]): Promise<void>;
  /** Drops what waits for someone who is no longer staff. */
  discard(adminId: UserId): Promise<number>;
  /** People with something pending whose last batch is at least `gapMs` old. */
  due(now: Date, gapMs: number): Promise<UserId[]>;
  sendBatch(adminId: UserId, now: Date, gapMs: number, deliver: (alerts: PendingAlert[]) => Promise<StaffMessageDraft>): Promise<boolean>;
}

/** A message for a staff member's private chat, already rendered in their language. */
export interface StaffMessageDraft {
  text: string;
  /** JSON inline keyboard, or null. */
  buttons: string | null;
}

/** Renders a reply in a language for the outbox (words and buttons), outside core. */
export type StaffMessageRenderer = (reply: MessageReply, locale: Locale) => StaffMessageDraft;
