import type { Clock } from '../clock.ts';
import type { AuditLog } from './ports.ts';
import type { Actor } from './types.ts';

export interface AuditDeps {
  audit: AuditLog;
  clock: Clock;
}

/**
 * Records one admin action. Details hold ids and counts, never residents' text: the trail is read by
 * owners, and a complaint's words stay with the complaint.
 */
export function recordAudit(
  deps: AuditDeps,
  actor: Actor,
  action: string,
  target: string | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  return deps.audit.record({ actorId: actor.userId, action, target, details, createdAt: deps.clock.now() });
}
