import { Api, Bot, InputFile } from 'grammy';
import { Telegraf, Telegram } from 'telegraf';
import { startFakeBotApi } from '../test/support/fake-bot-api.ts';
import * as u from '../test/support/updates.ts';

const api = await startFakeBotApi();
// grammY raw api
const g = new Api(api.token, { apiRoot: api.apiRoot });
const doc = await g.sendDocument(42, new InputFile(Buffer.from('a;b\n1;2\n'), 'отчёт май 2026.csv'), { caption: 'Экспорт', reply_markup: { inline_keyboard: [[{ text: 'ok', callback_data: 'x' }]] } });
console.log('grammy doc', doc.document, api.callsOf('sendDocument')[0].params.document.filename, api.callsOf('sendDocument')[0].params.reply_markup);
try { await g.sendMessage(1, ''); } catch (e) { console.log('grammy err', (e as any).error_code, (e as any).description); }
// telegraf raw
const t = new Telegram(api.token, { apiRoot: api.apiRoot } as any);
const tdoc = await t.sendDocument(-100777, { source: Buffer.from('xyz'), filename: 'report "q".csv' }, { caption: 'c', reply_markup: { inline_keyboard: [[{ text: 'ok', callback_data: 'y' }]] } });
console.log('telegraf doc', tdoc.document, api.callsOf('sendDocument')[1].params.reply_markup);
const me = await t.getMe(); console.log('telegraf me', me.username);

// grammY bot polling
const bot = new Bot(api.token, { client: { apiRoot: api.apiRoot } });
bot.command('start', (ctx) => ctx.reply('Привет, ' + ctx.from!.first_name));
bot.on('callback_query:data', async (ctx) => { await ctx.answerCallbackQuery(); await ctx.editMessageText('edited'); });
void bot.start({ drop_pending_updates: false, timeout: 1 });
api.pushUpdate(u.privateText(55, '/start'));
const c = await api.waitFor('sendMessage', (p) => p.chat_id === 55, 3000);
console.log('grammy bot replied', c.params.text);
api.pushUpdate(u.callback(55, 'x', { messageId: c.result && (c.result as any).message_id }));
const e = await api.waitFor('editMessageText', undefined, 3000);
console.log('grammy edit', e.ok, e.error ?? (e.result as any).text);
await bot.stop();

// telegraf bot polling
const tb = new Telegraf(api.token, { telegram: { apiRoot: api.apiRoot } });
tb.start((ctx) => ctx.reply('tg hi'));
tb.on('message', (ctx) => ctx.reply('echo'));
void tb.launch({ dropPendingUpdates: false }, () => console.log('telegraf launched'));
const mark = api.mark();
api.pushUpdate(u.groupText(-1001000000009, 56, '/start@test_bot'));
const c2 = await api.waitFor('sendMessage', (p) => p.chat_id === -1001000000009, { after: mark, timeoutMs: 3000 });
console.log('telegraf bot replied', c2.params.text);
tb.stop();
const t0 = Date.now();
await api.close();
console.log('closed in', Date.now() - t0, 'getUpdates calls', api.callsOf('getUpdates').length);
