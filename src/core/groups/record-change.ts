import type { ChatId } from '../ids.ts';
import type { Actor, SettingsAudit } from './ports.ts';

/** Writes one audit entry for a settings change; anonymous admins are marked as such. */
export async function recordChange(
  audit: SettingsAudit,
  at: Date,
  chatId: ChatId,
  actor: Actor,
  action: string,
  target: string | null,
  details: Record<string, unknown>,
): Promise<void> {
  await audit.record({
    chatId,
    actorId: actor.id,
    action,
    target,
    details: actor.anonymous ? { ...details, anonymous: true } : details,
    at,
  });
}
