import type { ChatId } from '../ids.ts';
import type { GroupSettingsDeps } from './deps.ts';
import type { Actor, SubscriptionKind } from './ports.ts';
import { recordChange } from './record-change.ts';

/**
 * Sends one kind of post to a forum topic (null = General). The adapter has checked the actor is an
 * admin; the change is audited like every other setting.
 */
export async function chooseTopic(
  deps: GroupSettingsDeps,
  chatId: ChatId,
  actor: Actor,
  kind: SubscriptionKind,
  threadId: number | null,
): Promise<void> {
  const before = (await deps.settings.listSubscriptions(chatId)).find((s) => s.kind === kind)?.threadId ?? null;
  if (before === threadId) return;
  await deps.settings.setTopic(chatId, kind, threadId);
  await recordChange(deps.audit, deps.clock.now(), chatId, actor, 'group.topic', kind, { from: before, to: threadId });
}
