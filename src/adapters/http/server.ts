import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HttpServerOptions {
  port: number;
  /** /healthz: the process is alive and its database reads and writes (200), or says what is wrong (503). */
  health(): Promise<{ ok: boolean; database: string }>;
  /** /readyz: ready to take updates (started, not stopping, database writable). */
  ready(): Promise<boolean>;
  /** /metrics: Prometheus text format. */
  metrics?: () => Promise<{ contentType: string; body: string }>;
  webhook?: { path: string; handler: (req: IncomingMessage, res: ServerResponse) => void };
  /** GET /photos/<token>: signed photo links from exports. */
  photos?: (token: string, res: ServerResponse) => Promise<void>;
}

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

/** One small server: GET /healthz, /readyz, /metrics and /photos/<signed link> always; POST <webhook path> in webhook mode. */
export async function startHttpServer(opts: HttpServerOptions): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const probe = req.method === 'GET' || req.method === 'HEAD';
    if (path === '/healthz' && probe) {
      void opts.health().then(
        (h) => res.writeHead(h.ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(h)),
        () => res.writeHead(503).end(),
      );
      return;
    }
    if (path === '/readyz' && probe) {
      void opts.ready().then(
        (ok) => res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ ready: ok })),
        () => res.writeHead(503).end(),
      );
      return;
    }
    if (path === '/metrics' && probe && opts.metrics) {
      void opts.metrics().then(
        (m) => res.writeHead(200, { 'content-type': m.contentType }).end(m.body),
        () => res.writeHead(500).end(),
      );
      return;
    }
    if (opts.photos && path.startsWith('/photos/') && probe) {
      void opts.photos(path.slice('/photos/'.length), res).catch(() => (res.headersSent ? res.destroy() : res.writeHead(500).end()));
      return;
    }
    if (opts.webhook && path === opts.webhook.path && req.method === 'POST') return opts.webhook.handler(req, res);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '0.0.0.0', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
