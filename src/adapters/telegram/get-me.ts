export interface BotIdentity {
  id: number;
  username: string;
  first_name: string;
  /** false = Telegram's default privacy mode: in groups only commands, mentions and replies arrive. */
  can_read_all_group_messages?: boolean;
}

/** Telegram answered, but not with the bot (401 aside): a 5xx, a proxy's HTML page ... worth retrying. */
class TelegramUnavailableError extends Error {}

/** Why Telegram could not be reached, in a few words (fetch's own message is just "fetch failed"). */
function causeOf(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}

/**
 * getBotIdentity, retried with backoff (1 s doubling to 60 s) while Telegram cannot be reached, with a
 * warning naming TELEGRAM_API_ROOT and the cause each time; a rejected token still stops start-up.
 */
export async function waitForBotIdentity(
  apiRoot: string,
  token: string,
  log: { warn(obj: object, msg: string): void },
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<BotIdentity> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await getBotIdentity(apiRoot, token);
    } catch (err) {
      if (!(err instanceof TelegramUnavailableError) && !(err instanceof TypeError)) throw err;
      const retryInMs = Math.min(60_000, 1000 * 2 ** Math.min(attempt - 1, 6));
      log.warn(
        { TELEGRAM_API_ROOT: apiRoot, cause: causeOf(err).replaceAll(token, '<token>'), attempt, retry_in_s: retryInMs / 1000 },
        'Telegram Bot API not reachable at TELEGRAM_API_ROOT; retrying',
      );
      await sleep(retryInMs);
    }
  }
}

/**
 * Who the bot is, asked once at start-up with a plain call (framework-neutral), so both frameworks
 * start with the same bot identity and a rejected token stops start-up with a clear message.
 */
export async function getBotIdentity(apiRoot: string, token: string): Promise<BotIdentity> {
  const res = await fetch(`${apiRoot}/bot${token}/getMe`, { method: 'POST' });
  const body = (await res.json().catch(() => ({}))) as { ok?: boolean; result?: BotIdentity; error_code?: number };
  if (body.ok && body.result) return body.result;
  if (res.status === 401 || body.error_code === 401)
    throw new Error('BOT_TOKEN was rejected by Telegram (401 Unauthorized): check the token from @BotFather');
  throw new TelegramUnavailableError(`Telegram getMe failed: HTTP ${res.status}`);
}
