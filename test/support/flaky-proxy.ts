import { createServer, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FlakyProxyOptions {
  /** Where calls go when they are let through: the fake Bot API's root. */
  target: string;
  /** Share of Bot API calls that fail (0..1). */
  failureRate: number;
  rand: () => number;
  /** Methods never failed (getUpdates: the bot's own polling loop has its own retries). */
  spare?: (method: string) => boolean;
}

export interface FlakyProxy {
  apiRoot: string;
  readonly injected: { tooManyRequests: number; serverError: number; network: number; passed: number };
  close(): Promise<void>;
}

/**
 * A proxy in front of the fake Bot API that fails a share of calls the way Telegram and the network
 * do, always *before* the call reaches Telegram (so a retry is not a duplicate): 429 with a short
 * retry_after, 500/502, or a connection reset. Everything else is forwarded unchanged.
 */
export async function startFlakyProxy(opts: FlakyProxyOptions): Promise<FlakyProxy> {
  const injected = { tooManyRequests: 0, serverError: 0, network: 0, passed: 0 };
  const target = new URL(opts.target);
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const method = (req.url ?? '').split('/').pop()?.split('?')[0] ?? '';
    const spared = opts.spare?.(method) ?? method === 'getUpdates';
    if (!spared && opts.rand() < opts.failureRate) {
      const kind = opts.rand();
      req.resume();
      if (kind < 0.4) {
        injected.tooManyRequests++;
        const retryAfter = 1;
        res.writeHead(429, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            ok: false,
            error_code: 429,
            description: `Too Many Requests: retry after ${retryAfter}`,
            parameters: { retry_after: retryAfter },
          }),
        );
      } else if (kind < 0.7) {
        injected.serverError++;
        res
          .writeHead(502, { 'content-type': 'application/json' })
          .end(JSON.stringify({ ok: false, error_code: 502, description: 'Bad Gateway' }));
      } else {
        injected.network++;
        req.socket.destroy();
      }
      return;
    }
    injected.passed++;
    const upstream = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    apiRoot: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    injected,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}
