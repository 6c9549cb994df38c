import { pino, type Logger } from 'pino';
import { maskPersonalData } from './core/privacy/mask.ts';

export type { Logger };

/**
 * JSON logs. Message text, names and the token never go to info: handlers log ids and outcomes only;
 * the paths below are redacted as a second line of defence.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'akim-bot' },
      redact: {
        paths: [
          'token',
          'botToken',
          '*.token',
          'err.on',
          'err.payload',
          '*.payload',
          'text',
          '*.text',
          'first_name',
          'last_name',
          'username',
          '*.first_name',
          '*.last_name',
          '*.username',
          'description',
          '*.description',
        ],
        censor: '[redacted]',
      },
      serializers: { err: maskedError },
    },
    destination as pino.DestinationStream | undefined,
  );
}

/**
 * Errors as logged: an error's message can quote what a resident typed (a database error naming a
 * value, an HTTP error quoting a request), so message and stack go through the same masking as
 * everything else shown to others, and lose any bot token.
 */
function maskedError(err: unknown): unknown {
  const out = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  if (!out || typeof out !== 'object') return out;
  for (const key of ['message', 'stack'] as const) {
    if (typeof out[key] === 'string') out[key] = maskPersonalData(scrubToken(out[key] as string));
  }
  return out;
}

/** Removes a bot token from any string (errors from HTTP clients often carry the URL). */
export const scrubToken = (s: string): string => s.replace(/bot\d{5,16}:[A-Za-z0-9_-]{30,64}/g, 'bot[redacted]');
