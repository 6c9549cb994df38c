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

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
type LogCall = (...args: unknown[]) => void;

/**
 * A child logger whose pino child (bindings serialised, redaction set up) is built only when something
 * is logged through it. Above debug most updates log nothing, so they allocate no logger.
 */
class LazyChild {
  private built: Logger | undefined;
  constructor(
    private readonly parent: Logger,
    private readonly bindingsOf: pino.Bindings,
  ) {}
  get logger(): Logger {
    this.built ??= this.parent.child(this.bindingsOf);
    return this.built;
  }
  get level(): string {
    return this.parent.level;
  }
  isLevelEnabled(level: string): boolean {
    return this.parent.isLevelEnabled(level);
  }
  bindings(): pino.Bindings {
    return this.logger.bindings();
  }
  child(bindings: pino.Bindings, options?: pino.ChildLoggerOptions): Logger {
    return this.logger.child(bindings, options);
  }
}
// One method per level on the prototype: a disabled level costs a check, an enabled one builds the child once.
for (const level of LEVELS) {
  const write: LogCall = function (this: LazyChild, ...args) {
    if (this.isLevelEnabled(level)) (this.logger[level] as LogCall)(...args);
  };
  Object.defineProperty(LazyChild.prototype, level, { value: write });
}

/** `log.child(bindings)`, built on first use when the level is above debug (per-update loggers). */
export function lazyChild(log: Logger, bindings: pino.Bindings): Logger {
  if (log.isLevelEnabled('debug')) return log.child(bindings);
  return new LazyChild(log, bindings) as unknown as Logger;
}
