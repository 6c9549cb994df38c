export interface BotIdentity {
  id: number;
  username: string;
  first_name: string;
  /** false = Telegram's default privacy mode: in groups only commands, mentions and replies arrive. */
  can_read_all_group_messages?: boolean;
}

/**
 * Who the bot is, asked once at start-up with a plain call (framework-neutral), so both frameworks
 * start with the same bot identity and a rejected token stops start-up with a clear message.
 */
export async function getBotIdentity(apiRoot: string, token: string): Promise<BotIdentity> {
  const res = await fetch(`${apiRoot}/bot${token}/getMe`, { method: 'POST' });
  const body = (await res.json().catch(() => ({}))) as { ok?: boolean; result?: BotIdentity; error_code?: number };
  if (body.ok && body.result) return body.result;
  if (res.status === 401 || body.error_code === 401) throw new Error('BOT_TOKEN was rejected by Telegram (401 Unauthorized): check the token from @BotFather');
  throw new Error(`Telegram getMe failed: HTTP ${res.status}`);
}
