import { timingSafeEqual } from 'node:crypto';
import { Telegraf, TelegramError } from 'telegraf';
import { BotApiError, replyMarkup, scopeObject, type BotApi, type InlineKeyboard, type SendOptions } from '../bot-api.ts';
import { ALLOWED_UPDATES, fetchFile, streamFile, type FrameworkBot, type FrameworkOptions } from '../framework.ts';

/** Constant-time comparison of a secret with what a request carried (bytes: a header may hold any byte). */
function sameSecret(secret: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

const markup = (kb?: InlineKeyboard) => (kb ? { reply_markup: { inline_keyboard: kb as any } } : {});
const thread = (id?: number) => (id ? { message_thread_id: id } : {});
const replyTo = (o?: SendOptions) =>
  o?.replyToMessageId ? { reply_parameters: { message_id: o.replyToMessageId, allow_sending_without_reply: true } } : {};

/** Telegraf's TelegramError -> BotApiError; network errors pass through unchanged. */
async function mapped<T>(method: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof TelegramError) throw new BotApiError(method, err.code, err.description, err.parameters ?? {});
    throw err;
  }
}

export function createTelegrafBot(opts: FrameworkOptions): FrameworkBot {
  const bot = new Telegraf(opts.token, { telegram: { apiRoot: opts.apiRoot }, handlerTimeout: 120_000 });
  bot.botInfo = {
    id: opts.bot.id,
    is_bot: true,
    first_name: opts.bot.first_name ?? opts.bot.username,
    username: opts.bot.username,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
  };
  bot.use((ctx) => opts.onUpdate(ctx.update));
  bot.catch((err) => opts.onError(err));
  const tg = bot.telegram;
  if (opts.transport) {
    const transport = opts.transport;
    (tg as unknown as { callApi: (m: string, p: Record<string, unknown>) => Promise<unknown> }).callApi = (m, p) => transport(m, p);
  }
  let launched: Promise<void> | null = null;

  const api: BotApi = {
    getMe: () =>
      mapped('getMe', async () => {
        const me = await tg.getMe();
        return { id: me.id, username: me.username };
      }),
    sendMessage: (chat, text, o) =>
      mapped('sendMessage', async () => {
        const m = await tg.sendMessage(Number(chat), text, {
          ...(replyMarkup(o) as any),
          link_preview_options: { is_disabled: true },
          ...thread(o?.threadId),
          ...replyTo(o),
        });
        return { messageId: m.message_id };
      }),
    editMessageText: (chat, messageId, text, o) =>
      mapped('editMessageText', async () => {
        await tg.editMessageText(Number(chat), messageId, undefined, text, {
          ...markup(o?.keyboard),
          link_preview_options: { is_disabled: true },
        });
      }),
    answerCallbackQuery: (id, o) =>
      mapped('answerCallbackQuery', async () => {
        await tg.answerCbQuery(id, o?.text, { show_alert: o?.showAlert, url: o?.url });
      }),
    sendDocument: (chat, file, o) =>
      mapped('sendDocument', async () => {
        const m = await tg.sendDocument(
          Number(chat),
          { source: file.data, filename: file.filename },
          { caption: o?.caption, ...thread(o?.threadId) },
        );
        return { messageId: m.message_id };
      }),
    sendPhotos: (chat, fileIds) =>
      fileIds.length === 1
        ? mapped('sendPhoto', async () => {
            await tg.sendPhoto(Number(chat), fileIds[0]!);
          })
        : mapped('sendMediaGroup', async () => {
            await tg.sendMediaGroup(
              Number(chat),
              fileIds.map((media) => ({ type: 'photo' as const, media })),
            );
          }),
    sendLocation: (chat, latitude, longitude, o) =>
      mapped('sendLocation', async () => ({
        messageId: (await tg.sendLocation(Number(chat), latitude, longitude, markup(o?.keyboard))).message_id,
      })),
    getChatMember: (chat, user) =>
      mapped('getChatMember', async () => ({ status: (await tg.getChatMember(Number(chat), Number(user))).status })),
    sendPhoto: (chat, photo, o) =>
      mapped('sendPhoto', async () => {
        const input = 'fileId' in photo ? photo.fileId : { source: photo.data, filename: photo.filename };
        const m = await tg.sendPhoto(Number(chat), input, {
          caption: o?.caption,
          ...(replyMarkup(o) as any),
          ...thread(o?.threadId),
          ...replyTo(o),
        });
        return { messageId: m.message_id, fileId: m.photo.at(-1)?.file_id ?? '' };
      }),
    setMyCommands: (commands, o) =>
      mapped('setMyCommands', async () => {
        await tg.setMyCommands(commands, { language_code: o.languageCode, scope: scopeObject(o.scope) as any });
      }),
    deleteMyCommands: (o) =>
      mapped('deleteMyCommands', async () => {
        await tg.deleteMyCommands({ language_code: o.languageCode, scope: scopeObject(o.scope) as any });
      }),
    setMyDescription: (text, o) =>
      o.short
        ? mapped('setMyShortDescription', async () => {
            await tg.setMyShortDescription(text, o.languageCode);
          })
        : mapped('setMyDescription', async () => {
            await tg.setMyDescription(text, o.languageCode);
          }),
    downloadFile: (fileId) =>
      mapped('getFile', async () => {
        const file = await tg.getFile(fileId);
        return fetchFile(opts.apiRoot, opts.token, file.file_path ?? '');
      }),
    openFile: (fileId) =>
      mapped('getFile', async () => {
        const file = await tg.getFile(fileId);
        return streamFile(opts.apiRoot, opts.token, file.file_path ?? '');
      }),
  };

  return {
    name: 'telegraf',
    api,
    async startPolling() {
      await new Promise<void>((resolve, reject) => {
        // launch() resolves only when the bot stops; onLaunch tells us polling runs.
        launched = bot.launch({ allowedUpdates: [...ALLOWED_UPDATES], dropPendingUpdates: false }, resolve);
        launched.catch(reject);
      });
    },
    webhookHandler(secretToken, path) {
      // The checks of telegraf's own filter (POST, the path, the secret token), without the `debug`
      // logger it made for every request (which asked each time whether stderr is a terminal: 2% of the
      // bot's time under `npm run bench -- webhook`). telegraf documents assigning this filter.
      bot.webhookFilter = (req) =>
        req.method === 'POST' && req.url === path && sameSecret(secretToken, req.headers['x-telegram-bot-api-secret-token']);
      const cb = bot.webhookCallback(path, { secretToken });
      return (req, res) => void cb(req, res);
    },
    setWebhook: (url, secretToken) =>
      mapped('setWebhook', async () => {
        await tg.setWebhook(url, { secret_token: secretToken, allowed_updates: [...ALLOWED_UPDATES] });
      }),
    handleUpdate: (update) => bot.handleUpdate(update as never),
    async stop() {
      if (launched) {
        bot.stop('shutdown');
        await launched.catch(() => undefined);
      }
    },
  };
}
