/**
 * The playground's one conversation: who you are, which language you write in, what each chat
 * shows. Page actions become Telegram updates pushed into the emulator; the bot's calls to the
 * emulator become page events.
 */
import type { FakeBotApi } from '../emulator/bot-api.ts';
import type { Params } from '../emulator/params.ts';
import { isLocale, type Locale } from '../core/locale.ts';
import { eventsOfCall } from './bot-calls.ts';
import { toChatMessage } from './chat-message.ts';
import { menuFor } from './command-menu.ts';
import {
  botAddedUpdate,
  callbackUpdate,
  fileContent,
  personMessage,
  reachesBotInPrivacyMode,
  textContent,
  type Speaker,
} from './person-updates.ts';
import type { ChatMessage, ChatRef, MenuCommand, PageAction, ReplyButton, ServerEvent, SessionInfo } from './protocol.ts';
import { displayName, GROUP, IDENTITIES, IDENTITY_KEYS, OTHER_MEMBERS, PLACES, type IdentityKey } from './world.ts';

/** Enough for a long demo; older messages drop out of what a reloaded page gets. */
const HISTORY_LIMIT = 3000;
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export class PlaygroundSession {
  identity: IdentityKey = 'resident';
  lang: Locale;
  private readonly history: ChatMessage[] = [];
  private readonly keyboards = new Map<number, ReplyButton[][]>();
  /** Chats whose reply keyboard hides once the person answers (one_time_keyboard). */
  private readonly oneTime = new Set<number>();
  private readonly listeners = new Set<(e: ServerEvent) => void>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly api: FakeBotApi,
    private readonly framework: string,
    lang: Locale,
  ) {
    this.lang = lang;
    this.unsubscribe = api.onCall((call) => {
      for (const event of eventsOfCall(call)) this.emit(event);
    });
  }

  /** The group with its members, and the bot added to it by the moderator. */
  setUpGroup(): void {
    const group = this.api.state;
    group.setMember(GROUP.id, IDENTITIES.moderator.id, 'creator', { first_name: IDENTITIES.moderator.firstName });
    for (const p of [IDENTITIES.resident, IDENTITIES.owner, ...OTHER_MEMBERS])
      group.setMember(GROUP.id, p.id, 'member', { first_name: p.firstName });
    this.api.pushUpdate(botAddedUpdate(this.api, IDENTITIES.moderator, this.lang));
    const bot = this.api.state.bot;
    this.emit({
      type: 'message',
      message: {
        id: 0,
        chatId: GROUP.id,
        fromBot: false,
        fromId: IDENTITIES.moderator.id,
        fromName: displayName(IDENTITIES.moderator),
        date: Math.floor(Date.now() / 1000),
        text: `${displayName(IDENTITIES.moderator)} → @${bot.username}`,
        service: true,
      },
    });
  }

  close(): void {
    this.unsubscribe();
    this.listeners.clear();
  }

  subscribe(listener: (e: ServerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  hello(): ServerEvent {
    return { type: 'hello', session: this.info(), history: [...this.history], keyboards: Object.fromEntries(this.keyboards) };
  }

  info(): SessionInfo {
    const bot = this.api.state.bot;
    return {
      identity: this.identity,
      lang: this.lang,
      framework: this.framework,
      identities: IDENTITY_KEYS.map((key) => ({
        key,
        id: IDENTITIES[key].id,
        name: displayName(IDENTITIES[key]),
        role: IDENTITIES[key].role,
      })),
      bot: { id: bot.id, name: bot.first_name, username: bot.username },
      group: { id: GROUP.id, title: GROUP.title, members: [...IDENTITY_KEYS.map((k) => IDENTITIES[k]), ...OTHER_MEMBERS].map(displayName) },
      places: PLACES,
    };
  }

  /** The command menu of the chat for the current person and language. */
  commands(chat: ChatRef): MenuCommand[] {
    const s = this.speaker(chat);
    const status = chat === 'group' ? this.api.state.chatMember(GROUP.id, s.person.id).status : undefined;
    return menuFor(this.api.state.commands, { chatId: s.chatId, userId: s.person.id, lang: this.lang, status });
  }

  /** Carries out one page action; throws an Error with a short reason for bad input. */
  async act(action: PageAction): Promise<void> {
    switch (action.type) {
      case 'identity':
        if (!IDENTITY_KEYS.includes(action.identity)) throw new Error('unknown identity');
        this.identity = action.identity;
        return this.emit({ type: 'session', session: this.info() });
      case 'lang':
        if (!isLocale(action.lang)) throw new Error('unknown language');
        this.lang = action.lang;
        return this.emit({ type: 'session', session: this.info() });
      case 'text': {
        const text = String(action.text ?? '').slice(0, 4096);
        if (!text.trim()) throw new Error('empty message');
        const s = this.speaker(action.chat);
        const replyTo = action.replyTo ? this.api.state.getMessage(s.chatId, action.replyTo) : undefined;
        return this.say(s, textContent(text, replyTo));
      }
      case 'location':
        if (!Number.isFinite(action.latitude) || !Number.isFinite(action.longitude)) throw new Error('bad coordinates');
        return this.say(this.speaker(action.chat), { location: { latitude: action.latitude, longitude: action.longitude } });
      case 'contact': {
        const s = this.speaker(action.chat);
        const p = s.person;
        return this.say(s, {
          contact: {
            phone_number: p.phone ?? '+77010000000',
            first_name: p.firstName,
            ...(p.lastName ? { last_name: p.lastName } : {}),
            user_id: p.id,
          },
        });
      }
      case 'file': {
        const data = Buffer.from(String(action.base64 ?? ''), 'base64');
        if (data.length === 0 || data.length > MAX_FILE_BYTES) throw new Error('file is empty or over 20 MB');
        const name = String(action.name || (action.kind === 'photo' ? 'photo.jpg' : 'file.dat')).slice(0, 200);
        return this.say(this.speaker(action.chat), fileContent(this.api, { ...action, name, data }));
      }
      case 'callback': {
        const s = this.speaker(action.chat);
        const message = this.api.state.getMessage(s.chatId, action.messageId);
        if (!message) throw new Error('message not found');
        this.api.pushUpdate(callbackUpdate(s, message, String(action.data)));
        return;
      }
      case 'edit':
        return this.editOwn(this.speaker(action.chat), action.messageId, String(action.text ?? ''));
      default:
        throw new Error('unknown action');
    }
  }

  private speaker(chat: ChatRef): Speaker {
    const person = IDENTITIES[this.identity];
    return { person, lang: this.lang, chatId: chat === 'group' ? GROUP.id : person.id };
  }

  /** Shows the person's message and hands it to the bot if Telegram would. */
  private say(s: Speaker, content: Params): void {
    const message = personMessage(this.api, s, content);
    const bot = this.api.state.bot;
    const delivered = s.chatId !== GROUP.id || reachesBotInPrivacyMode(message, bot.id, bot.username);
    this.emit({ type: 'message', message: { ...toChatMessage(message), ...(delivered ? {} : { notDelivered: true }) } });
    if (this.oneTime.has(s.chatId)) this.emit({ type: 'keyboard', chatId: s.chatId, rows: null });
    if (delivered) this.api.pushUpdate({ message });
    else this.api.state.storeMessage(message);
  }

  private editOwn(s: Speaker, messageId: number, text: string): void {
    const message = this.api.state.getMessage(s.chatId, messageId);
    if (!message || message.from?.id !== s.person.id || typeof message.text !== 'string')
      throw new Error('only your own text messages can be edited');
    if (!text.trim() || text === message.text) throw new Error('nothing to change');
    const edited = { ...message, ...textContent(text.slice(0, 4096)), edit_date: Math.floor(Date.now() / 1000) };
    this.emit({ type: 'edit', message: toChatMessage(edited) });
    const bot = this.api.state.bot;
    if (s.chatId !== GROUP.id || reachesBotInPrivacyMode(edited, bot.id, bot.username)) this.api.pushUpdate({ edited_message: edited });
    else this.api.state.storeMessage(edited);
  }

  private emit(event: ServerEvent): void {
    this.remember(event);
    for (const listener of this.listeners) listener(event);
  }

  private remember(event: ServerEvent): void {
    if (event.type === 'message') {
      this.history.push(event.message);
      if (this.history.length > HISTORY_LIMIT) this.history.splice(0, this.history.length - HISTORY_LIMIT);
    } else if (event.type === 'edit') {
      const i = this.history.findIndex((m) => m.chatId === event.message.chatId && m.id === event.message.id);
      if (i >= 0) this.history[i] = event.message;
    } else if (event.type === 'delete') {
      const i = this.history.findIndex((m) => m.chatId === event.chatId && m.id === event.messageId);
      if (i >= 0) this.history.splice(i, 1);
    } else if (event.type === 'keyboard') {
      if (event.rows) this.keyboards.set(event.chatId, event.rows);
      else this.keyboards.delete(event.chatId);
      if (event.rows && event.oneTime) this.oneTime.add(event.chatId);
      else this.oneTime.delete(event.chatId);
    }
  }
}
