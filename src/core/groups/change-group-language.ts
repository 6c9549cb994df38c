import { DomainError } from '../errors.ts';
import type { ChatId } from '../ids.ts';
import { isLocale, type Locale } from '../locale.ts';
import type { GroupSettingsDeps } from './deps.ts';
import type { Actor } from './ports.ts';
import { recordChange } from './record-change.ts';

/** Sets the language the bot speaks in the group (greetings, answers, posts). */
export async function changeGroupLanguage(
  deps: Pick<GroupSettingsDeps, 'chats' | 'audit' | 'clock'>,
  chatId: ChatId,
  actor: Actor,
  code: string,
): Promise<Locale> {
  if (!isLocale(code)) throw new DomainError('BUTTON.STALE');
  const chat = await deps.chats.find(chatId);
  if (chat?.locale === code) return code;
  await deps.chats.update(chatId, { locale: code });
  await recordChange(deps.audit, deps.clock.now(), chatId, actor, 'group.language', code, { from: chat?.locale ?? null, to: code });
  return code;
}
