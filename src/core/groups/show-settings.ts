import { areaLabel } from '../areas/area.ts';
import type { ChatId } from '../ids.ts';
import { LOCALE_NAMES, type Locale } from '../locale.ts';
import type { ChatRecord } from '../ports.ts';
import { edit, lines, message, msg, type MessageReply } from '../replies.ts';
import type { GroupSettingsDeps } from './deps.ts';
import { SUBSCRIPTION_KINDS, type Subscription } from './ports.ts';
import { panelKeyboard, postLine } from './settings-menus.ts';

/** A group's settings as the panel shows them. */
export interface GroupSettingsView {
  chat: ChatRecord;
  timeZone: string;
  settlements: { id: string; label: string }[];
  subscriptions: Subscription[];
}

/** Loads the chat, its settlements (labelled in `locale`) and subscriptions. */
export async function loadSettings(deps: GroupSettingsDeps, chatId: ChatId, locale: Locale): Promise<GroupSettingsView> {
  const chat = (await deps.chats.find(chatId))!;
  const ids = await deps.settings.listAreas(chatId);
  const all = ids.length ? await deps.areas.listAll() : [];
  // The main settlement first, then the others.
  const ordered =
    chat.settlementId && ids.includes(chat.settlementId) ? [chat.settlementId, ...ids.filter((i) => i !== chat.settlementId)] : ids;
  const settlements = ordered.map((id) => {
    const area = all.find((a) => a.id === id);
    return { id, label: area ? areaLabel(all, area, locale) : id };
  });
  return {
    chat,
    timeZone: chat.timeZone ?? deps.defaultTimeZone,
    settlements,
    subscriptions: await deps.settings.listSubscriptions(chatId),
  };
}

/**
 * The settings panel: settlement(s), language, zone and posts, with the buttons that change them.
 * `asEdit` replaces the message a button belongs to; otherwise a new message is sent (/setup).
 */
export async function showSettings(deps: GroupSettingsDeps, chatId: ChatId, locale: Locale, asEdit: boolean): Promise<MessageReply> {
  const view = await loadSettings(deps, chatId, locale);
  const text = lines(
    msg('groups-title'),
    view.settlements.length
      ? msg('groups-settlement-line', { names: view.settlements.map((s) => s.label).join('; ') })
      : msg('groups-settlement-none'),
    msg('groups-language-line', { name: LOCALE_NAMES[view.chat.locale ?? locale] }),
    msg('groups-time-zone-line', { zone: view.timeZone }),
    msg('groups-posts-line'),
    ...SUBSCRIPTION_KINDS.map((k) => ({
      lines: [
        { raw: '• ' },
        postLine(
          k,
          view.subscriptions.find((s) => s.kind === k),
        ),
      ],
      separator: '',
    })),
  );
  return asEdit ? edit(text, panelKeyboard()) : message(text, panelKeyboard());
}
