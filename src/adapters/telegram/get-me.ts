/**
 * Who the bot is, asked once at start-up with a plain call (framework-neutral), so both frameworks
 * start with the same bot identity and a rejected token stops start-up with a clear message.
 */
export async function getBotIdentity(apiRoot: string, token: string): Promise<{ id: number; username: string; first_name: string }> {
  const res = await fetch(`${apiRoot}/bot${token}/getMe`, { method: 'POST' });
  const body = (await res.json().catch(() => ({}))) as { ok?: boolean; result?: { id: number; username: string; first_name: string }; error_code?: number };
  if (body.ok && body.result) return body.result;
  if (res.status === 401 || body.error_code === 401) throw new Error('BOT_TOKEN was rejected by Telegram (401 Unauthorized): check the token from @BotFather');
  throw new Error(`Telegram getMe failed: HTTP ${res.status}`);
}
