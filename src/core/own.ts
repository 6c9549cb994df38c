/**
 * `record[key]` only when `key` is the record's own entry. Keys that come from users (button data,
 * typed text, stored rows) may be `__proto__`, `constructor` or `hasOwnProperty`; a plain lookup would
 * return Object.prototype's members for them. Every lookup keyed by outside input goes through this.
 *
 * @example own({ e: 'elections' }, 'constructor') // undefined
 */
export const own = <V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
