import type { Vars } from './replies.ts';

/**
 * An expected failure with a stable code (`COMPLAINT.NOT_FOUND`). The router shows it as the
 * localized message `error-complaint-not-found`; anything else is logged and gets an apology.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly vars: Vars = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

/** `COMPLAINT.NOT_FOUND` -> `error-complaint-not-found`. */
export const errorKey = (code: string): string => 'error-' + code.toLowerCase().replace(/[._]/g, '-');
