import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { Logger } from 'pino';
import type { PhotoLinks } from '../../core/exports/photo-links.ts';
import type { BotApi } from '../telegram/bot-api.ts';

/**
 * GET /photos/<signed token>: streams the photo from the Bot API to the browser, storing nothing.
 * A tampered link gets 403, an expired one 410, a file Telegram no longer has 404.
 */
export function photoRoute(deps: { links: PhotoLinks; api: Pick<BotApi, 'openFile'>; log: Logger; now: () => Date }) {
  return async (token: string, res: ServerResponse): Promise<void> => {
    const check = deps.links.check(token, deps.now());
    if (!check.ok) {
      res
        .writeHead(check.reason === 'expired' ? 410 : 403, { 'content-type': 'text/plain' })
        .end(check.reason === 'expired' ? 'link expired' : 'forbidden');
      return;
    }
    let file: Awaited<ReturnType<BotApi['openFile']>>;
    try {
      file = await deps.api.openFile(check.fileId);
    } catch (err) {
      deps.log.warn({ err: String(err).replace(/bot\d+:[\w-]+/g, 'bot<token>') }, 'photo link: file not available');
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': file.contentType && file.contentType !== 'application/octet-stream' ? file.contentType : 'image/jpeg',
      'cache-control': 'private, max-age=3600',
      ...(file.size ? { 'content-length': String(file.size) } : {}),
    });
    Readable.fromWeb(file.body as never)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}
