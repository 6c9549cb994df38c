/** The HTTP face of the fake Bot API: routes, token check, body parsing and file downloads. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyError, parseParams, readBody, type Params } from './params.ts';
import type { StoredFile } from './state.ts';

/** A little over Telegram's 50 MB upload limit, to leave room for the multipart framing. */
const MAX_BODY_BYTES = 50 * 1024 * 1024 + 64 * 1024;
const UNAUTHORIZED = { ok: false, error_code: 401, description: 'Unauthorized' };
const NOT_FOUND = { ok: false, error_code: 404, description: 'Not Found' };

export interface HttpTarget {
  token: string;
  invoke(method: string, params: Params, signal: AbortSignal): Promise<{ status: number; body: unknown }>;
  fileByPath(filePath: string): StoredFile | undefined;
}

/** Handles `/bot<token>/<method>` and `/file/bot<token>/<file_path>` like api.telegram.org. */
export function createHttpHandler(target: HttpTarget): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (file) return serveFile(target, res, decodeURIComponent(file[1]), decodeURIComponent(file[2]));
    const route = /^\/bot([^/]+)\/([^/]*)$/.exec(url.pathname);
    if (!route) return sendJson(res, 404, NOT_FOUND);
    if (decodeURIComponent(route[1]) !== target.token) return sendJson(res, 401, UNAUTHORIZED);
    let params: Params;
    try {
      params = parseParams(url.searchParams, req.headers['content-type'], await readBody(req, MAX_BODY_BYTES));
    } catch (err) {
      const status = err instanceof BodyError ? err.status : 400;
      return sendJson(res, status, { ok: false, error_code: status, description: (err as Error).message });
    }
    // A client that hangs up (a stopping bot) ends its held long poll.
    const abort = new AbortController();
    res.on('close', () => !res.writableEnded && abort.abort());
    const { status, body } = await target.invoke(route[2], params, abort.signal);
    sendJson(res, status, body);
  };
}

function serveFile(target: HttpTarget, res: ServerResponse, token: string, filePath: string): void {
  if (token !== target.token) return sendJson(res, 401, UNAUTHORIZED);
  const file = target.fileByPath(filePath);
  if (!file) return sendJson(res, 404, NOT_FOUND);
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.data.length });
  res.end(file.data);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}
