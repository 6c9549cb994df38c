/**
 * What the playground server and its page say to each other: server-sent events one way,
 * JSON actions (POST /api/action) the other. Shared by src/playground and the page bundle.
 */
import type { Locale } from '../core/locale.ts';
import type { IdentityKey } from './world.ts';

export type ChatRef = 'private' | 'group';

export interface InlineButton {
  text: string;
  data?: string;
  url?: string;
}

export interface ReplyButton {
  text: string;
  requestLocation?: boolean;
  requestContact?: boolean;
}

/** One message as the page draws it. File links point at the playground's /files/<file_id>. */
export interface ChatMessage {
  id: number;
  chatId: number;
  fromBot: boolean;
  fromId: number;
  fromName: string;
  date: number;
  text?: string;
  caption?: string;
  photo?: string;
  document?: { name: string; url: string; size: number };
  location?: { latitude: number; longitude: number };
  contact?: { phone: string; name: string };
  buttons?: InlineButton[][];
  edited?: boolean;
  replyTo?: { id: number; text: string };
  /** A group message Telegram would not pass to a bot in privacy mode. */
  notDelivered?: boolean;
  /** A line about the chat itself ("Ерлан added the bot"). */
  service?: boolean;
}

export interface SessionInfo {
  identity: IdentityKey;
  lang: Locale;
  framework: string;
  identities: { key: IdentityKey; id: number; name: string; role: string }[];
  bot: { id: number; name: string; username: string };
  group: { id: number; title: string; members: string[] };
  places: readonly { name: string; latitude: number; longitude: number }[];
}

export type ServerEvent =
  | { type: 'hello'; session: SessionInfo; history: ChatMessage[]; keyboards: Record<string, ReplyButton[][]> }
  | { type: 'session'; session: SessionInfo }
  | { type: 'message'; message: ChatMessage }
  | { type: 'edit'; message: ChatMessage }
  | { type: 'delete'; chatId: number; messageId: number }
  | { type: 'toast'; text: string; alert: boolean }
  | { type: 'keyboard'; chatId: number; rows: ReplyButton[][] | null; oneTime?: boolean }
  | { type: 'typing'; chatId: number }
  | { type: 'error'; chatId?: number; text: string };

export type PageAction =
  | { type: 'text'; chat: ChatRef; text: string; replyTo?: number }
  | { type: 'callback'; chat: ChatRef; messageId: number; data: string }
  | { type: 'location'; chat: ChatRef; latitude: number; longitude: number }
  /** The person shares their own phone number (a reply keyboard's request_contact button). */
  | { type: 'contact'; chat: ChatRef }
  | {
      type: 'file';
      chat: ChatRef;
      kind: 'photo' | 'document';
      name: string;
      mime: string;
      base64: string;
      width?: number;
      height?: number;
      caption?: string;
    }
  | { type: 'edit'; chat: ChatRef; messageId: number; text: string }
  | { type: 'identity'; identity: IdentityKey }
  | { type: 'lang'; lang: Locale };

export interface MenuCommand {
  command: string;
  description: string;
}
