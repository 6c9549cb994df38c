/** Error envelopes of the fake Bot API, shaped exactly like the real ones. */

/** `ResponseParameters` of the Bot API: why a request failed and what to do about it. */
export interface ResponseParameters {
  migrate_to_chat_id?: number;
  retry_after?: number;
}

/** The failure a test injects with `failNext`: becomes `{ok:false, ...}` with HTTP status = error_code. */
export interface InjectedError {
  error_code: number;
  description: string;
  parameters?: ResponseParameters;
}

/** The JSON body of a failed call. */
export interface ErrorEnvelope extends InjectedError {
  ok: false;
}

/** Throw from a method handler (also from `setHandler` overrides) to answer with an error envelope. */
export class FakeApiError extends Error {
  constructor(
    readonly error_code: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
  }

  /** Builds the error from an injected `{error_code, description, parameters}`. */
  static from(error: InjectedError): FakeApiError {
    return new FakeApiError(error.error_code, error.description, error.parameters);
  }

  toEnvelope(): ErrorEnvelope {
    const envelope: ErrorEnvelope = { ok: false, error_code: this.error_code, description: this.description };
    if (this.parameters) envelope.parameters = this.parameters;
    return envelope;
  }
}

/** 400 with the usual `Bad Request: ` prefix. */
export function badRequest(what: string, parameters?: ResponseParameters): FakeApiError {
  return new FakeApiError(400, `Bad Request: ${what}`, parameters);
}

/** 403 with the usual `Forbidden: ` prefix. */
export function forbidden(what: string): FakeApiError {
  return new FakeApiError(403, `Forbidden: ${what}`);
}

/** 429 as Telegram sends it; clients must wait `retry_after` seconds. */
export function tooManyRequests(retryAfter: number): FakeApiError {
  return new FakeApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
}

export const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';
