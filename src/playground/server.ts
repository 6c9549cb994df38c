/**
 * The playground's web server on 127.0.0.1: the chat page, its events (server-sent events on
 * /events), its actions (POST /api/action), the command menu and file downloads.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import type { FakeBotApi } from '../emulator/bot-api.ts';
import type { ChatRef, PageAction } from './protocol.ts';
import type { PlaygroundSession } from './session.ts';

/** Base64 of a 20 MB file plus the JSON around it. */
const MAX_ACTION_BYTES = 28 * 1024 * 1024;

export interface PageFiles {
  /** Folder with index.html, page.js and page.css. */
  dir: string;
}

export interface PlaygroundServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startPlaygroundServer(
  session: PlaygroundSession,
  api: FakeBotApi,
  page: PageFiles,
  port: number,
): Promise<PlaygroundServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    route(req, res, session, api, page).catch((err: Error) => sendJson(res, 500, { ok: false, error: err.message }));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}

const STATIC: Record<string, [string, string]> = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/page.js': ['page.js', 'text/javascript; charset=utf-8'],
  '/page.css': ['page.css', 'text/css; charset=utf-8'],
};

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  session: PlaygroundSession,
  api: FakeBotApi,
  page: PageFiles,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const file = STATIC[url.pathname];
  if (file && req.method === 'GET') {
    res.writeHead(200, { 'content-type': file[1], 'cache-control': 'no-store' });
    return void res.end(readFileSync(join(page.dir, file[0])));
  }
  if (url.pathname === '/events' && req.method === 'GET') return events(req, res, session);
  if (url.pathname === '/api/action' && req.method === 'POST') {
    let action: PageAction;
    try {
      action = JSON.parse((await readBody(req)).toString('utf8')) as PageAction;
    } catch (err) {
      return sendJson(res, 400, { ok: false, error: (err as Error).message });
    }
    try {
      await session.act(action);
      return sendJson(res, 200, { ok: true });
    } catch (err) {
      return sendJson(res, 400, { ok: false, error: (err as Error).message });
    }
  }
  if (url.pathname === '/api/commands' && req.method === 'GET') {
    const chat: ChatRef = url.searchParams.get('chat') === 'group' ? 'group' : 'private';
    return sendJson(res, 200, { ok: true, commands: session.commands(chat) });
  }
  const download = /^\/files\/(.+)$/.exec(url.pathname);
  if (download && req.method === 'GET') {
    const stored = api.state.file(decodeURIComponent(download[1]));
    if (!stored) return sendJson(res, 404, { ok: false, error: 'no such file' });
    const inline = stored.contentType.startsWith('image/');
    res.writeHead(200, {
      'content-type': stored.contentType,
      'content-length': stored.data.length,
      'content-disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(stored.filename)}`,
    });
    return void res.end(stored.data);
  }
  sendJson(res, 404, { ok: false, error: 'not found' });
}

function events(req: IncomingMessage, res: ServerResponse, session: PlaygroundSession): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  const send = (e: unknown) => res.write(`data: ${JSON.stringify(e)}\n\n`);
  send(session.hello());
  const unsubscribe = session.subscribe(send);
  // Comments keep idle proxies and the browser from closing the stream.
  const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
  req.on('close', () => {
    clearInterval(ping);
    unsubscribe();
  });
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_ACTION_BYTES) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return void res.end();
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}
