/**
 * The command menu a person sees, resolved like Telegram does: the narrowest scope the bot set
 * commands for wins, and within a scope the person's language before the default list.
 */
import type { BotCommand } from 'grammy/types';
import type { MemberStatus } from '../emulator/state.ts';
import type { MenuCommand } from './protocol.ts';

export interface MenuQuery {
  chatId: number;
  userId: number;
  lang: string;
  /** The person's status in a group (ignored in private chats). */
  status?: MemberStatus;
}

function scopesFor(q: MenuQuery): object[] {
  if (q.chatId > 0) return [{ type: 'chat', chat_id: q.chatId }, { type: 'all_private_chats' }, { type: 'default' }];
  const admin = q.status === 'creator' || q.status === 'administrator';
  return [
    { type: 'chat_member', chat_id: q.chatId, user_id: q.userId },
    ...(admin ? [{ type: 'chat_administrators', chat_id: q.chatId }] : []),
    { type: 'chat', chat_id: q.chatId },
    ...(admin ? [{ type: 'all_chat_administrators' }] : []),
    { type: 'all_group_chats' },
    { type: 'default' },
  ];
}

export function menuFor(commands: ReadonlyMap<string, BotCommand[]>, q: MenuQuery): MenuCommand[] {
  for (const scope of scopesFor(q)) {
    const key = JSON.stringify(scope);
    const found = commands.get(`${key}|${q.lang}`) ?? commands.get(`${key}|`);
    if (found) return found.map(({ command, description }) => ({ command, description }));
  }
  return [];
}
