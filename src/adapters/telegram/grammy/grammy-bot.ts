import { Bot, GrammyError, InputFile, webhookCallback } from 'grammy';
import { BotApiError, replyMarkup, scopeObject, type BotApi, type InlineKeyboard, type SendOptions } from '../bot-api.ts';
import { ALLOWED_UPDATES, fetchFile, streamFile, type FrameworkBot, type FrameworkOptions } from '../framework.ts';

const markup = (kb?: InlineKeyboard) => (kb ? { reply_markup: { inline_keyboard: kb as any } } : {});
const thread = (id?: number) => (id ? { message_thread_id: id } : {});
const replyTo = (o?: SendOptions) =>
  o?.replyToMessageId ? { reply_parameters: { message_id: o.replyToMessageId, allow_sending_without_reply: true } } : {};

/** grammY's GrammyError -> BotApiError; HttpError (network) passes through unchanged. */
async function mapped<T>(method: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof GrammyError) throw new BotApiError(method, err.error_code, err.description, err.parameters ?? {});
    throw err;
  }
}

export function createGrammyBot(opts: FrameworkOptions): FrameworkBot {
  const bot = new Bot(opts.token, {
    client: { apiRoot: opts.apiRoot },
    botInfo: {
      id: opts.bot.id,
      is_bot: true,
      first_name: opts.bot.first_name ?? opts.bot.username,
      username: opts.bot.username,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
    } as any,
  });
  bot.use((ctx) => opts.onUpdate(ctx.update));
  bot.catch((err) => opts.onError(err.error));
  if (opts.transport) {
    const transport = opts.transport;
    bot.api.config.use(
      (_prev, method, payload) => transport(method, payload as Record<string, unknown>).then((result) => ({ ok: true, result })) as never,
    );
  }
  let polling: Promise<void> | null = null;

  const api: BotApi = {
    getMe: () =>
      mapped('getMe', async () => {
        const me = await bot.api.getMe();
        return { id: me.id, username: me.username };
      }),
    sendMessage: (chat, text, o) =>
      mapped('sendMessage', async () => {
        const m = await bot.api.sendMessage(Number(chat), text, {
          ...(replyMarkup(o) as any),
          link_preview_options: { is_disabled: true },
          ...thread(o?.threadId),
          ...replyTo(o),
        });
        return { messageId: m.message_id };
      }),
    editMessageText: (chat, messageId, text, o) =>
      mapped('editMessageText', async () => {
        await bot.api.editMessageText(Number(chat), messageId, text, {
          ...markup(o?.keyboard),
          link_preview_options: { is_disabled: true },
        });
      }),
    answerCallbackQuery: (id, o) =>
      mapped('answerCallbackQuery', async () => {
        await bot.api.answerCallbackQuery(id, { text: o?.text, show_alert: o?.showAlert, url: o?.url });
      }),
    sendDocument: (chat, file, o) =>
      mapped('sendDocument', async () => {
        const m = await bot.api.sendDocument(Number(chat), new InputFile(file.data, file.filename), {
          caption: o?.caption,
          ...thread(o?.threadId),
        });
        return { messageId: m.message_id };
      }),
    sendPhotos: (chat, fileIds) =>
      fileIds.length === 1
        ? mapped('sendPhoto', async () => {
            await bot.api.sendPhoto(Number(chat), fileIds[0]!);
          })
        : mapped('sendMediaGroup', async () => {
            await bot.api.sendMediaGroup(
              Number(chat),
              fileIds.map((media) => ({ type: 'photo' as const, media })),
            );
          }),
    sendLocation: (chat, latitude, longitude, o) =>
      mapped('sendLocation', async () => ({
        messageId: (await bot.api.sendLocation(Number(chat), latitude, longitude, markup(o?.keyboard))).message_id,
      })),
    getChatMember: (chat, user) =>
      mapped('getChatMember', async () => ({ status: (await bot.api.getChatMember(Number(chat), Number(user))).status })),
    sendPhoto: (chat, photo, o) =>
      mapped('sendPhoto', async () => {
        const input = 'fileId' in photo ? photo.fileId : new InputFile(photo.data, photo.filename);
        const m = await bot.api.sendPhoto(Number(chat), input, {
          caption: o?.caption,
          ...(replyMarkup(o) as any),
          ...thread(o?.threadId),
          ...replyTo(o),
        });
        return { messageId: m.message_id, fileId: m.photo.at(-1)?.file_id ?? '' };
      }),
    setMyCommands: (commands, o) =>
      mapped('setMyCommands', async () => {
        await bot.api.setMyCommands(commands, { language_code: o.languageCode as any, scope: scopeObject(o.scope) as any });
      }),
    deleteMyCommands: (o) =>
      mapped('deleteMyCommands', async () => {
        await bot.api.deleteMyCommands({ language_code: o.languageCode as any, scope: scopeObject(o.scope) as any });
      }),
    setMyDescription: (text, o) =>
      o.short
        ? mapped('setMyShortDescription', async () => {
            await bot.api.setMyShortDescription(text, { language_code: o.languageCode as any });
          })
        : mapped('setMyDescription', async () => {
            await bot.api.setMyDescription(text, { language_code: o.languageCode as any });
          }),
    downloadFile: (fileId) =>
      mapped('getFile', async () => {
        const file = await bot.api.getFile(fileId);
        return fetchFile(opts.apiRoot, opts.token, file.file_path ?? '');
      }),
    openFile: (fileId) =>
      mapped('getFile', async () => {
        const file = await bot.api.getFile(fileId);
        return streamFile(opts.apiRoot, opts.token, file.file_path ?? '');
      }),
  };

  return {
    name: 'grammy',
    api,
    async startPolling() {
      await new Promise<void>((resolve, reject) => {
        // start() resolves only when polling stops; onStart tells us it runs (after deleteWebhook).
        polling = bot.start({ allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false, onStart: () => resolve() });
        polling.catch(reject);
      });
    },
    webhookHandler(secretToken) {
      // Long handlers (exports) must not make Telegram retry: answer 200 and keep working.
      return webhookCallback(bot, 'http', { secretToken, onTimeout: 'return', timeoutMilliseconds: 55_000 }) as any;
    },
    setWebhook: (url, secretToken) =>
      mapped('setWebhook', async () => {
        await bot.api.setWebhook(url, { secret_token: secretToken, allowed_updates: [...ALLOWED_UPDATES] });
      }),
    handleUpdate: (update) => bot.handleUpdate(update as never),
    async stop() {
      if (polling) {
        await bot.stop();
        await polling.catch(() => undefined);
      }
    },
  };
}
