import type { Button, Text } from './replies.ts';

/**
 * Callback data: one codec per button family, the only place that writes or reads it.
 *
 * A family is `<prefix>:<field>:<field>...` (or `<prefix>:<op>:<field>...` for families with several
 * operations). Fields are written in the order they are declared and never contain `:`. Trailing empty
 * fields are left out when writing and read as empty when missing, so `cf:next` and `cf:next:` are
 * the same button. Telegram takes at most 64 bytes: `encode` refuses longer data, `decode` rejects it.
 *
 * @example
 * const pages = buttonFamily('au', { p: { page: field.int } });
 * pages.encode({ op: 'p', page: 2 });   // 'au:p:2'
 * pages.decode('au:p:2');               // { op: 'p', page: 2 }
 * pages.decode('au:x');                 // null: stale or forged
 */
export const CALLBACK_DATA_MAX_BYTES = 64;

/** How one field is written into callback data and read back (`undefined` = not valid). */
export interface Field<T> {
  write(value: T): string;
  read(text: string): T | undefined;
}

export interface ButtonCodec<T> {
  readonly prefix: string;
  /** Callback data for `value`, or null when it would not fit in 64 bytes or a field holds `:`. */
  tryEncode(value: T): string | null;
  /** Callback data for `value`. @throws Error when it does not fit (ids here are bounded, so a bug). */
  encode(value: T): string;
  /** The value behind callback data of this family, or null for stale, forged or foreign data. */
  decode(data: string): T | null;
  /** A button carrying `value`. @throws Error like `encode` */
  button(text: Text, value: T): Button;
}

const SEPARATOR = ':';

/** The field kinds callback data uses. */
export const field = {
  /** A non-empty token without `:` (ids, codes). */
  id: { write: (v: string) => v, read: (t: string) => (t === '' ? undefined : t) } satisfies Field<string>,
  /** Any token without `:`, possibly empty. */
  text: { write: (v: string) => v, read: (t: string) => t } satisfies Field<string>,
  /** A whole number >= 0 of at most 9 digits. */
  int: { write: (v: number) => String(v), read: (t: string) => (/^\d{1,9}$/.test(t) ? Number(t) : undefined) } satisfies Field<number>,
  /** One of fixed values. */
  oneOf<const V extends string>(values: readonly V[]): Field<V> {
    return { write: (v) => v, read: (t) => ((values as readonly string[]).includes(t) ? (t as V) : undefined) };
  },
  /** A token that must match `pattern` (whole). */
  matching(pattern: RegExp): Field<string> {
    return { write: (v) => v, read: (t) => (pattern.test(t) ? t : undefined) };
  },
  /** An optional field: empty (or missing) reads as null. */
  optional<T>(inner: Field<T>): Field<T | null> {
    return { write: (v) => (v === null ? '' : inner.write(v)), read: (t) => (t === '' ? null : inner.read(t)) };
  },
  /** A value written with its own codec (it must not hold `:`). */
  custom<T>(write: (v: T) => string, read: (t: string) => T | null): Field<T> {
    return { write, read: (t) => read(t) ?? undefined };
  },
};

type Fields = Record<string, Field<any>>;
type ValueOf<F extends Fields> = { [K in keyof F]: F[K] extends Field<infer T> ? T : never };
type OpsValue<O extends Record<string, Fields>> = { [K in keyof O & string]: { op: K } & ValueOf<O[K]> }[keyof O & string];

const fitsTelegram = (data: string): boolean => Buffer.byteLength(data, 'utf8') <= CALLBACK_DATA_MAX_BYTES;

function writeFields(fields: Fields, value: Record<string, unknown>): string[] | null {
  const parts = Object.entries(fields).map(([name, f]) => f.write(value[name]));
  if (parts.some((p) => p.includes(SEPARATOR))) return null;
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

function readFields(fields: Fields, parts: string[]): Record<string, unknown> | null {
  const names = Object.keys(fields);
  if (parts.length > names.length) return null;
  const value: Record<string, unknown> = {};
  for (const [i, name] of names.entries()) {
    const read = fields[name]!.read(parts[i] ?? '');
    if (read === undefined) return null;
    value[name] = read;
  }
  return value;
}

function makeCodec<T>(prefix: string, write: (value: T) => string[] | null, read: (parts: string[]) => T | null): ButtonCodec<T> {
  const tryEncode = (value: T): string | null => {
    const parts = write(value);
    const data = parts ? [prefix, ...parts].join(SEPARATOR) : null;
    return data !== null && fitsTelegram(data) ? data : null;
  };
  const encode = (value: T): string => {
    const data = tryEncode(value);
    if (data === null) throw new Error(`callback data of '${prefix}' does not fit in ${CALLBACK_DATA_MAX_BYTES} bytes`);
    return data;
  };
  return {
    prefix,
    tryEncode,
    encode,
    decode(data) {
      const [head, ...parts] = data.split(SEPARATOR);
      return head === prefix && fitsTelegram(data) ? read(parts) : null;
    },
    button: (text, value) => ({ text, data: encode(value) }),
  };
}

/** A family with one shape: `<prefix>:<field>...`. */
export function buttonCodec<const F extends Fields>(prefix: string, fields: F): ButtonCodec<ValueOf<F>> {
  return makeCodec(
    prefix,
    (value) => writeFields(fields, value as Record<string, unknown>),
    (parts) => readFields(fields, parts) as ValueOf<F> | null,
  );
}

/** A family with several operations: `<prefix>:<op>:<field>...`; the value names its `op`. */
export function buttonFamily<const O extends Record<string, Fields>>(prefix: string, ops: O): ButtonCodec<OpsValue<O>> {
  return makeCodec(
    prefix,
    (value) => {
      const { op, ...rest } = value as { op: string } & Record<string, unknown>;
      const parts = writeFields(ops[op]!, rest);
      return parts ? [op, ...parts] : null;
    },
    ([op, ...parts]) => {
      const fields = op !== undefined && Object.hasOwn(ops, op) ? ops[op] : undefined;
      const value = fields ? readFields(fields, parts) : null;
      return value ? ({ op, ...value } as OpsValue<O>) : null;
    },
  );
}

/** Narrows a family's value to one operation. */
export type Op<T extends { op: string }, K extends T['op']> = Extract<T, { op: K }>;
