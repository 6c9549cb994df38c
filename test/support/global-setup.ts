/** Runs once before the whole suite. Tests must never reach the real Telegram. */
export default function setup(): void {
  process.env.TELEGRAM_API_ROOT ??= 'http://127.0.0.1:9';
  process.env.LOG_LEVEL ??= 'silent';
}
