import { serverEntry } from '../../scripts/build-server.mjs';

/** Runs once before the whole suite. Tests must never reach the real Telegram. */
export default async function setup(): Promise<void> {
  process.env.TELEGRAM_API_ROOT ??= 'http://127.0.0.1:9';
  process.env.LOG_LEVEL ??= 'silent';
  // The processes the tests start run `npm start`'s bundle: made once here when a source changed,
  // not by each of them at once.
  await serverEntry();
}
