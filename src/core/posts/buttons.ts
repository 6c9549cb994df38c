import { buttonCodec, field } from '../buttons.ts';
import { chatId, isGroupId, type ChatId } from '../ids.ts';
import { POST_KINDS } from './model.ts';

/** A group's chat id (negative, at most 20 digits). */
const groupId = field.custom<ChatId>(
  (id) => String(id),
  (t) => (/^-\d{1,20}$/.test(t) && isGroupId(chatId(t)) ? chatId(t) : null),
);

/** Callback data of /preview's "post now" buttons: `pn:<kind>:<group chat id>`. */
export const postNowData = buttonCodec('pn', { kind: field.oneOf(POST_KINDS), chatId: groupId });
