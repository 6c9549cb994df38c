/**
 * The baseline of `npm run bench -- webhook`: a bare telegraf webhook replying a constant to every
 * message through the same Bot API emulator, on PORT, in its own process (no database, no router).
 */
import { createServer } from 'node:http';
import { Telegraf } from 'telegraf';

const bot = new Telegraf(process.env.BOT_TOKEN!, { telegram: { apiRoot: process.env.TELEGRAM_API_ROOT! } });
bot.botInfo = {
  id: 1,
  is_bot: true,
  first_name: 'Bare',
  username: 'bare_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};
bot.on('message', (ctx) => ctx.reply('ok'));
const callback = bot.webhookCallback('/hook', { secretToken: process.env.WEBHOOK_SECRET });
createServer((req, res) => void callback(req, res)).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => process.exit(0)); // a profile (BENCH_BOT_NODE_FLAGS=--cpu-prof) is written on exit
