import type { UserId } from '../ids.ts';

/** Owners come from config (ADMIN_IDS) and manage admins; admins review complaints and enter data. */
export type AdminRole = 'owner' | 'admin';

/** An admin as stored. `areaIds` empty = every area; `categoryCodes` empty = every complaint category. */
export interface AdminRecord {
  userId: UserId;
  role: AdminRole;
  areaIds: string[];
  /** Complaint categories the admin answers for (routing and what they see); absent or empty = all. */
  categoryCodes?: string[];
  addedBy: UserId | null;
  createdAt: Date;
}

/**
 * Who is acting, resolved once per update. `areaIds` null = unlimited; otherwise the admin's areas
 * as granted (descendants are added by `scopeOf`).
 */
export interface Actor {
  userId: UserId;
  role: AdminRole;
  areaIds: string[] | null;
  /** Complaint categories the actor works on; null or absent = every category. */
  categoryCodes?: string[] | null;
}

/** One line of the audit trail: who did what, when. */
export interface AuditRecord {
  id: number;
  actorId: UserId | null;
  action: string;
  target: string | null;
  details: Record<string, unknown>;
  createdAt: Date;
}

export type NewAuditRecord = Omit<AuditRecord, 'id'>;
