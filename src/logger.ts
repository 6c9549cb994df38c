import { pino, type Logger } from 'pino';

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
        paths: ['token', 'botToken', '*.token', 'err.on', 'err.payload', '*.payload', 'text', '*.text', 'first_name', 'last_name', 'username', '*.first_name', '*.last_name', '*.username', 'description', '*.description'],
        censor: '[redacted]',
      },
      serializers: { err: pino.stdSerializers.err },
    },
    destination as pino.DestinationStream | undefined,
  );
}

/** Removes a bot token from any string (errors from HTTP clients often carry the URL). */
export const scrubToken = (s: string): string => s.replace(/bot\d{5,16}:[A-Za-z0-9_-]{30,64}/g, 'bot[redacted]');
