/**
 * The playground's chat page: draws the chats from server-sent events and turns what you do
 * (type, press, attach, switch identity or language) into actions for the playground server.
 */
import type { ChatMessage, ChatRef, MenuCommand, PageAction, ReplyButton, ServerEvent, SessionInfo } from '../protocol.ts';
import { drawMessage } from './message-view.ts';
import { setUpLocationPicker } from './location-picker.ts';
import './style.css';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

interface PageState {
  session?: SessionInfo;
  chat: ChatRef;
  messages: ChatMessage[];
  keyboards: Map<number, ReplyButton[][]>;
  typingUntil: Map<number, number>;
}

const state: PageState = { chat: 'private', messages: [], keyboards: new Map(), typingUntil: new Map() };

const chatIdOf = (ref: ChatRef): number => (ref === 'group' ? state.session!.group.id : me().id);
const me = () => state.session!.identities.find((i) => i.key === state.session!.identity)!;

async function act(action: PageAction): Promise<void> {
  const res = await fetch('/api/action', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(action) });
  const body = (await res.json()) as { ok: boolean; error?: string };
  if (!body.ok) toast(body.error ?? 'failed');
}

let toastTimer: number | undefined;
function toast(text: string, alert = false): void {
  if (alert) return window.alert(text);
  const el = $('toast');
  el.textContent = text;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (el.hidden = true), 3500);
}

// ---- drawing ---------------------------------------------------------------------------------

function drawChats(): void {
  const s = state.session!;
  const items: [ChatRef, string, string, string][] = [
    ['private', s.bot.name, `@${s.bot.username} · bot`, '#5fb4f0'],
    ['group', s.group.title, `${s.group.members.length} members`, '#f0975f'],
  ];
  const nav = $('chats');
  nav.replaceChildren(
    ...items.map(([ref, name, sub, color]) => {
      const item = document.createElement('button');
      item.className = `chat-item${state.chat === ref ? ' active' : ''}`;
      item.dataset.testid = `chat-${ref}`;
      item.innerHTML = `<div class="avatar" style="background:${color}"></div><div><div class="chat-item-name"></div><div class="chat-item-sub"></div></div>`;
      item.querySelector('.avatar')!.textContent = name.slice(0, 1);
      item.querySelector('.chat-item-name')!.textContent = name;
      item.querySelector('.chat-item-sub')!.textContent = sub;
      item.onclick = () => {
        state.chat = ref;
        closeMenus();
        draw();
      };
      return item;
    }),
  );
}

function drawHeader(): void {
  const s = state.session!;
  const typing = (state.typingUntil.get(chatIdOf(state.chat)) ?? 0) > Date.now();
  $('chat-title').textContent = state.chat === 'group' ? s.group.title : s.bot.name;
  const sub = state.chat === 'group' ? `${s.group.members.join(', ')}, @${s.bot.username}` : `bot · you are ${me().name} (${me().role})`;
  $('chat-subtitle').textContent = typing ? 'typing…' : sub;
}

function drawMessages(): void {
  const chatId = chatIdOf(state.chat);
  const box = $('messages');
  const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  const handlers = { press, sendText: (text: string) => void act({ type: 'text', chat: state.chat, text }), edit: editOwn };
  box.replaceChildren(
    ...state.messages.filter((m) => m.chatId === chatId).map((m) => drawMessage(m, me().id, state.chat === 'group', handlers)),
  );
  if (nearBottom || box.dataset.chat !== String(chatId)) box.scrollTop = box.scrollHeight;
  box.dataset.chat = String(chatId);
}

function drawReplyKeyboard(): void {
  const rows = state.keyboards.get(chatIdOf(state.chat));
  const el = $('reply-keyboard');
  el.hidden = !rows;
  el.replaceChildren(
    ...(rows ?? []).map((row) => {
      const r = document.createElement('div');
      r.className = 'reply-row';
      for (const b of row) {
        const btn = document.createElement('button');
        btn.className = 'reply-btn';
        btn.textContent = b.text;
        btn.onclick = () => {
          if (b.requestLocation) return openLocation();
          if (b.requestContact) return void act({ type: 'contact', chat: state.chat });
          void act({ type: 'text', chat: state.chat, text: b.text });
        };
        r.append(btn);
      }
      return r;
    }),
  );
}

function draw(): void {
  if (!state.session) return;
  drawChats();
  drawHeader();
  drawMessages();
  drawReplyKeyboard();
}

// ---- actions -----------------------------------------------------------------------------------

function press(message: ChatMessage, data: string): void {
  void act({ type: 'callback', chat: state.chat, messageId: message.id, data });
}

function editOwn(message: ChatMessage): void {
  const text = window.prompt('Edit message', message.text ?? '');
  if (text !== null && text !== message.text) void act({ type: 'edit', chat: state.chat, messageId: message.id, text });
}

function closeMenus(): void {
  $('command-menu').hidden = true;
  $('attach-menu').hidden = true;
}

async function toggleCommandMenu(): Promise<void> {
  const menu = $('command-menu');
  if (!menu.hidden) return void (menu.hidden = true);
  $('attach-menu').hidden = true;
  const res = await fetch(`/api/commands?chat=${state.chat}`);
  const { commands } = (await res.json()) as { commands: MenuCommand[] };
  menu.replaceChildren(
    ...commands.map((c) => {
      const item = document.createElement('button');
      item.type = 'button';
      item.className = 'command-item';
      item.dataset.command = c.command;
      item.innerHTML = '<b></b><span></span>';
      item.querySelector('b')!.textContent = `/${c.command}`;
      item.querySelector('span')!.textContent = c.description;
      item.onclick = () => {
        menu.hidden = true;
        void act({ type: 'text', chat: state.chat, text: `/${c.command}` });
      };
      return item;
    }),
  );
  if (commands.length === 0) menu.textContent = 'No commands here.';
  menu.hidden = false;
}

const openLocation = setUpLocationPicker(
  (latitude, longitude) => void act({ type: 'location', chat: state.chat, latitude, longitude }),
  () => state.session?.places ?? [],
);

function readFile(file: File): Promise<{ base64: string; width?: number; height?: number }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    reader.onload = () => {
      const url = String(reader.result);
      const base64 = url.slice(url.indexOf(',') + 1);
      if (!file.type.startsWith('image/')) return resolve({ base64 });
      const img = new Image();
      img.onload = () => resolve({ base64, width: img.naturalWidth, height: img.naturalHeight });
      img.onerror = () => resolve({ base64 });
      img.src = url;
    };
    reader.readAsDataURL(file);
  });
}

function wireFileInput(id: string, kind: 'photo' | 'document'): void {
  const input = $<HTMLInputElement>(id);
  input.onchange = async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readFile(file);
    await act({ type: 'file', chat: state.chat, kind, name: file.name, mime: file.type || 'application/octet-stream', ...read });
  };
}

function wireControls(): void {
  $<HTMLFormElement>('composer').onsubmit = (e) => {
    e.preventDefault();
    const input = $<HTMLInputElement>('composer-input');
    const text = input.value;
    if (!text.trim()) return;
    input.value = '';
    closeMenus();
    void act({ type: 'text', chat: state.chat, text });
  };
  $('menu-button').onclick = () => void toggleCommandMenu();
  $('attach-button').onclick = () => {
    $('command-menu').hidden = true;
    $('attach-menu').hidden = !$('attach-menu').hidden;
  };
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-attach]')) {
    b.onclick = () => {
      closeMenus();
      if (b.dataset.attach === 'location') openLocation();
      else $(`${b.dataset.attach}-input`).click();
    };
  }
  wireFileInput('photo-input', 'photo');
  wireFileInput('document-input', 'document');
  $<HTMLSelectElement>('identity').onchange = (e) =>
    void act({ type: 'identity', identity: (e.target as HTMLSelectElement).value as never });
  $<HTMLSelectElement>('lang').onchange = (e) => void act({ type: 'lang', lang: (e.target as HTMLSelectElement).value as never });
}

// ---- events ------------------------------------------------------------------------------------

function applySession(session: SessionInfo): void {
  state.session = session;
  const select = $<HTMLSelectElement>('identity');
  select.replaceChildren(
    ...session.identities.map((i) => {
      const option = document.createElement('option');
      option.value = i.key;
      option.textContent = `${i.name} — ${i.role}`;
      return option;
    }),
  );
  select.value = session.identity;
  $<HTMLSelectElement>('lang').value = session.lang;
  document.documentElement.lang = session.lang;
  $('framework').textContent = `bot framework: ${session.framework}`;
}

function upsert(message: ChatMessage): void {
  const i = state.messages.findIndex((m) => m.chatId === message.chatId && m.id === message.id && !m.service);
  if (i >= 0) state.messages[i] = message;
  else state.messages.push(message);
}

function onEvent(e: ServerEvent): void {
  switch (e.type) {
    case 'hello':
      applySession(e.session);
      state.messages = e.history;
      state.keyboards = new Map(Object.entries(e.keyboards).map(([k, v]) => [Number(k), v]));
      break;
    case 'session':
      applySession(e.session);
      break;
    case 'message':
      state.typingUntil.delete(e.message.chatId);
      state.messages.push(e.message);
      break;
    case 'edit':
      upsert(e.message);
      break;
    case 'delete':
      state.messages = state.messages.filter((m) => !(m.chatId === e.chatId && m.id === e.messageId));
      break;
    case 'keyboard':
      if (e.rows) state.keyboards.set(e.chatId, e.rows);
      else state.keyboards.delete(e.chatId);
      break;
    case 'typing':
      state.typingUntil.set(e.chatId, Date.now() + 5000);
      setTimeout(draw, 5100);
      break;
    case 'toast':
      toast(e.text, e.alert);
      return;
    case 'error':
      toast(`Bot API error: ${e.text}`);
      return;
  }
  draw();
}

wireControls();
const events = new EventSource('/events');
events.onmessage = (m) => onEvent(JSON.parse(m.data) as ServerEvent);
events.onopen = () => document.body.classList.add('connected');
events.onerror = () => document.body.classList.remove('connected');
