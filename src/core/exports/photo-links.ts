import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a photo link in an export works (an export is shared inside the akimat for a week). */
export const PHOTO_LINK_TTL_MS = 7 * 86_400_000;

export type PhotoLinkCheck = { ok: true; fileId: string } | { ok: false; reason: 'invalid' | 'expired' };

/**
 * Signed, expiring links to a complaint photo, served by the bot's own HTTP server. The link holds
 * the Telegram file id and an expiry, signed with HMAC-SHA256; it never holds the bot token, and a
 * changed byte or a passed expiry makes it worthless.
 * @example const links = photoLinks(secret, 'https://bot.example.kz'); links.url('AgACAg...', now)
 */
export function photoLinks(secret: string, baseUrl: string | (() => string), ttlMs = PHOTO_LINK_TTL_MS) {
  const mac = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');
  // A function when the port is known only once the server listens (PORT=0).
  const base = () => (typeof baseUrl === 'string' ? baseUrl : baseUrl()).replace(/\/+$/, '');
  return {
    /** `<base>/photos/<payload>.<signature>`, valid for `ttlMs` from `now`. */
    url(fileId: string, now: Date): string {
      const expires = Math.floor((now.getTime() + ttlMs) / 1000);
      const payload = Buffer.from(JSON.stringify({ f: fileId, e: expires })).toString('base64url');
      return `${base()}/photos/${payload}.${mac(payload)}`;
    },
    /** Checks the last path segment of a link: the signature first, then the expiry. */
    check(token: string, now: Date): PhotoLinkCheck {
      const [payload = '', signature = '', extra] = token.split('.');
      const expected = Buffer.from(mac(payload));
      const given = Buffer.from(signature);
      if (extra !== undefined || given.length !== expected.length || !timingSafeEqual(given, expected))
        return { ok: false, reason: 'invalid' };
      const body = parsePayload(payload);
      if (!body) return { ok: false, reason: 'invalid' };
      if (body.e * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
      return { ok: true, fileId: body.f };
    },
  };
}

export type PhotoLinks = ReturnType<typeof photoLinks>;

function parsePayload(payload: string): { f: string; e: number } | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const o = v as { f?: unknown; e?: unknown };
    return typeof o?.f === 'string' && typeof o.e === 'number' ? { f: o.f, e: o.e } : null;
  } catch {
    return null;
  }
}
