import { FluentBundle, FluentDateTime, FluentNumber, FluentResource, type FluentVariable } from '@fluent/bundle';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from '../core/locale.ts';
import type { Vars } from '../core/replies.ts';

const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'locales');
const FALLBACKS: Record<Locale, Locale[]> = { kk: ['kk', 'ru', 'en'], ru: ['ru', 'en'], en: ['en', 'ru'] };

export interface I18n {
  /** Formats `key` in `locale`; Date vars are shown in `timeZone`. */
  t(locale: Locale, key: string, vars?: Vars, timeZone?: string): string;
  has(locale: Locale, key: string): boolean;
  keys(locale: Locale): string[];
}

export interface I18nOptions {
  dir?: string;
  /** Throw on a missing key or a formatting error (tests) instead of falling back (users). */
  strict?: boolean;
  defaultTimeZone?: string;
  onMissing?: (locale: Locale, key: string) => void;
}

/** Loads every `locales/<locale>/*.ftl` into one Fluent bundle per locale. */
export function createI18n(opts: I18nOptions = {}): I18n {
  const dir = opts.dir ?? LOCALES_DIR;
  const bundles = new Map<Locale, FluentBundle>();
  const messageKeys = new Map<Locale, string[]>();
  for (const locale of LOCALES) {
    const { bundle, keys } = loadBundle(dir, locale);
    bundles.set(locale, bundle);
    messageKeys.set(locale, keys);
  }
  const tz = opts.defaultTimeZone ?? 'Asia/Almaty';

  const format = (locale: Locale, key: string, vars: Vars | undefined, timeZone: string): string | null => {
    const bundle = bundles.get(locale)!;
    const message = bundle.getMessage(key);
    if (!message?.value) return null;
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, toFluentArgs(vars, timeZone), errors);
    if (errors.length && opts.strict) throw new Error(`i18n ${locale}/${key}: ${errors.map((e) => e.message).join('; ')}`);
    return text;
  };

  return {
    t(locale, key, vars, timeZone = tz) {
      for (const candidate of FALLBACKS[locale]) {
        const text = format(candidate, key, vars, timeZone);
        if (text !== null) {
          if (candidate !== locale) reportMissing(locale, key);
          return text;
        }
      }
      reportMissing(locale, key);
      return key;
    },
    has: (locale, key) => Boolean(bundles.get(locale)!.getMessage(key)?.value),
    keys: (locale) => [...messageKeys.get(locale)!],
  };

  function reportMissing(locale: Locale, key: string): void {
    if (opts.strict) throw new Error(`i18n: missing key "${key}" in ${locale}`);
    opts.onMissing?.(locale, key);
  }
}

/** One locale's bundle and its message keys (terms, `-name`, are not messages), read from the parsed files. */
function loadBundle(dir: string, locale: Locale): { bundle: FluentBundle; keys: string[] } {
  // useIsolating off: Unicode isolation marks would show up as junk in plain-text Telegram messages.
  const bundle = new FluentBundle(locale, { useIsolating: false });
  const folder = join(dir, locale);
  const keys = new Set<string>();
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.ftl'))
    .sort()) {
    const resource = new FluentResource(readFileSync(join(folder, file), 'utf8'));
    const errors = bundle.addResource(resource);
    if (errors.length) throw new Error(`i18n: ${locale}/${file}: ${errors.map((e) => e.message).join('; ')}`);
    for (const entry of resource.body) if (!entry.id.startsWith('-')) keys.add(entry.id);
  }
  return { bundle, keys: [...keys] };
}

function toFluentArgs(vars: Vars | undefined, timeZone: string): Record<string, FluentVariable> {
  const args: Record<string, FluentVariable> = {};
  for (const [name, value] of Object.entries(vars ?? {})) {
    if (value === null || value === undefined) args[name] = '';
    else if (value instanceof Date) {
      args[name] = new FluentDateTime(value.getTime(), { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
    } else if (typeof value === 'number') args[name] = new FluentNumber(value, { maximumFractionDigits: 2 });
    else args[name] = value;
  }
  return args;
}
