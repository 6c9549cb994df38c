import type { MessageEntity } from 'grammy/types';

/**
 * Entities Telegram adds on its own: a bot_command at the start (with its
 * `@botname` suffix) and a mention for every `@username`. Offsets are UTF-16.
 */
export function textEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const match of text.matchAll(/(^|[^\w@])(@[A-Za-z][A-Za-z0-9_]{3,31})/g)) {
    const offset = (match.index ?? 0) + match[1].length;
    if (command && offset < command[0].length) continue;
    entities.push({ type: 'mention', offset, length: match[2].length });
  }
  return entities;
}
