import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BotApi } from './bot-api.ts';

export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const;

/**
 * What main.ts needs from a Telegram framework: the raw API, long polling, a webhook handler.
 * Everything else (routing, replies, failure modes) is shared and framework-neutral.
 */
export interface FrameworkBot {
  readonly name: 'telegraf' | 'grammy';
  /** Raw API calls, errors mapped to BotApiError; wrap with ResilientBotApi before use. */
  readonly api: BotApi;
  /** Starts long polling; resolves once polling runs (deletes a leftover webhook first). */
  startPolling(): Promise<void>;
  /** A node:http handler for the webhook path; a wrong or missing secret token is refused. */
  webhookHandler(secretToken: string, path: string): (req: IncomingMessage, res: ServerResponse) => void;
  setWebhook(url: string, secretToken: string): Promise<void>;
  /** Runs one update through the framework's own pipeline (as polling or the webhook would). */
  handleUpdate(update: unknown): Promise<void>;
  /** Stops taking updates (polling); in-flight handlers are drained by the caller. */
  stop(): Promise<void>;
}

export interface FrameworkOptions {
  token: string;
  apiRoot: string;
  bot: { id: number; username: string; first_name?: string };
  onUpdate(update: unknown): Promise<void>;
  onError(err: unknown): void;
  /**
   * Replaces the HTTP client (benchmarks): every Bot API call goes to this function instead of the
   * network. Production never sets it.
   */
  transport?: ApiTransport;
}

export type ApiTransport = (method: string, payload: Record<string, unknown>) => Promise<unknown>;

/** Opens a Telegram file as a stream; the URL (it carries the token) never leaves this function. */
export async function streamFile(apiRoot: string, token: string, filePath: string) {
  const res = await fetch(`${apiRoot}/file/bot${token}/${filePath}`);
  if (!res.ok || !res.body) throw new Error(`file download failed: HTTP ${res.status}`);
  const size = Number(res.headers.get('content-length'));
  return {
    body: res.body as ReadableStream<Uint8Array>,
    contentType: res.headers.get('content-type'),
    size: Number.isFinite(size) && size > 0 ? size : null,
  };
}

/** Telegram file download URL (getFile's file_path under /file/bot<token>/). */
export async function fetchFile(apiRoot: string, token: string, filePath: string): Promise<Buffer> {
  const res = await fetch(`${apiRoot}/file/bot${token}/${filePath}`);
  if (!res.ok) throw new Error(`file download failed: HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}
