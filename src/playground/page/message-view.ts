/** One message bubble with its inline keyboard, drawn with DOM calls (text is never parsed as HTML). */
import type { ChatMessage } from '../protocol.ts';

export interface MessageHandlers {
  press(message: ChatMessage, data: string): void;
  sendText(text: string): void;
  edit(message: ChatMessage): void;
}

function el(tag: string, className: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Text with /commands clickable, as Telegram shows them. */
function textWithCommands(text: string, send: (t: string) => void): HTMLElement {
  const span = el('span', 'text');
  for (const part of text.split(/(\/[a-z][a-z0-9_]{0,31}\b)/)) {
    if (/^\/[a-z]/.test(part)) {
      const cmd = el('span', 'cmd', part);
      cmd.onclick = () => send(part);
      span.append(cmd);
    } else span.append(part);
  }
  return span;
}

const time = (unix: number): string => new Date(unix * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
const kb = (bytes: number): string =>
  bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

function body(m: ChatMessage, h: MessageHandlers): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (m.replyTo) parts.push(el('div', 'reply-quote', m.replyTo.text));
  if (m.photo) {
    const img = document.createElement('img');
    img.className = 'photo';
    img.src = m.photo;
    img.alt = 'photo';
    parts.push(img);
  }
  if (m.document) {
    const a = document.createElement('a');
    a.className = 'doc';
    a.href = m.document.url;
    a.download = m.document.name;
    a.dataset.testid = 'document';
    a.append(el('span', 'doc-icon', '⬇'));
    const info = el('span', '');
    info.append(el('div', 'doc-name', m.document.name), el('div', 'doc-size', kb(m.document.size)));
    a.append(info);
    parts.push(a);
  }
  if (m.location) parts.push(el('div', 'location', `📍 ${m.location.latitude.toFixed(4)}, ${m.location.longitude.toFixed(4)}`));
  if (m.contact) parts.push(el('div', 'location', `👤 ${m.contact.name} · ${m.contact.phone}`));
  const text = m.text ?? m.caption;
  if (text) parts.push(textWithCommands(text, h.sendText));
  return parts;
}

function keyboard(m: ChatMessage, h: MessageHandlers): HTMLElement {
  const box = el('div', 'inline-keyboard');
  for (const row of m.buttons ?? []) {
    const r = el('div', 'inline-row');
    for (const b of row) {
      const btn = el('button', 'inline-btn', b.url ? `${b.text} ↗` : b.text) as HTMLButtonElement;
      btn.type = 'button';
      if (b.data !== undefined) btn.dataset.callback = b.data;
      btn.onclick = () => (b.url ? window.open(b.url, '_blank', 'noopener') : h.press(m, b.data ?? ''));
      r.append(btn);
    }
    box.append(r);
  }
  return box;
}

export function drawMessage(m: ChatMessage, myId: number, inGroup: boolean, h: MessageHandlers): HTMLElement {
  const mine = !m.fromBot && m.fromId === myId;
  const row = el('div', `row ${m.service ? 'service' : mine ? 'out' : 'in'}${m.notDelivered ? ' not-delivered' : ''}`);
  row.dataset.testid = m.fromBot ? 'bot-message' : 'user-message';
  const bubble = el('div', 'bubble');
  if (inGroup && !mine && !m.service) bubble.append(el('div', 'sender', m.fromName));
  bubble.append(...body(m, h));
  if (!m.service) {
    const meta = el('div', 'meta');
    if (m.notDelivered) meta.append(el('span', '', 'not sent to the bot (privacy mode)'));
    if (m.edited) meta.append(el('span', '', 'edited'));
    if (mine && m.text) {
      const edit = el('button', '', '✎') as HTMLButtonElement;
      edit.title = 'Edit';
      edit.onclick = () => h.edit(m);
      meta.append(edit);
    }
    meta.append(el('span', '', time(m.date)));
    bubble.append(meta);
  }
  row.append(bubble);
  if (m.buttons?.length) row.append(keyboard(m, h));
  return row;
}
