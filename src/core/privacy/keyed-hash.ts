import { createHmac, randomBytes } from 'node:crypto';
import type { UserId } from '../ids.ts';

/** A user id turned into a key that cannot be turned back without the secret. */
export type UserKeyer = (user: UserId) => string;

/**
 * Keys for counting a forgotten resident's recent complaints (HMAC-SHA256 of the id under a secret):
 * the same person gets the same key while the secret lasts, and a copy of the database alone does
 * not say whose key it is. Without a secret a random one is used (keys then last one process).
 *
 * @example const key = userKeyer(process.env.RATE_LIMIT_SECRET)(userId(42));
 */
export function userKeyer(secret?: string): UserKeyer {
  const key = secret ?? randomBytes(32).toString('hex');
  return (user) => createHmac('sha256', key).update(`complaint-limit:${user}`).digest('base64url');
}
