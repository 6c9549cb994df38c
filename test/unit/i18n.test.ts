import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locale.ts';
import { createI18n } from '../../src/i18n/index.ts';
import { localeShapes, wholeNumberCategories } from '../support/ftl-shape.ts';

const i18n = createI18n({ strict: true });

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated') return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('i18n', () => {
  it('when a key exists in one locale, then it exists in all three', () => {
    const [first, ...rest] = LOCALES.map((l) => new Set(i18n.keys(l)));
    for (const [i, keys] of rest.entries()) {
      expect(
        [...first!].filter((k) => !keys.has(k)),
        `missing in ${LOCALES[i + 1]}`,
      ).toEqual([]);
      expect(
        [...keys].filter((k) => !first!.has(k)),
        `missing in ${LOCALES[0]}`,
      ).toEqual([]);
    }
  });

  it('when a text uses a variable in one locale, then it uses the same variables in all three', () => {
    const shapes = new Map(LOCALES.map((l) => [l, localeShapes(join('src/i18n/locales', l))]));
    // A variable may come in one spelling per language (placeKk, placeRu, placeEn): each text uses its own.
    const names = (s: Set<string>, locale: string) =>
      [...s]
        .map((v) => v.replace(new RegExp(`${locale[0]!.toUpperCase()}${locale[1]}$`), '{locale}'))
        .sort()
        .join(',');
    const differing: string[] = [];
    for (const [key, en] of shapes.get('en')!) {
      for (const locale of LOCALES) {
        const other = shapes.get(locale)!.get(key);
        if (!other) continue; // a missing key is the test above
        if (names(other.vars, locale) !== names(en.vars, 'en'))
          differing.push(`${key}: en {${names(en.vars, 'en')}} vs ${locale} {${names(other.vars, locale)}}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it('when a count changes the words in Russian or English, then both choose plural forms by it, and Kazakh only where they do', () => {
    // Kazakh nouns after a numeral do not change ("1 дауыс", "5 дауыс"), so Kazakh may do without.
    const shapes = new Map(LOCALES.map((l) => [l, localeShapes(join('src/i18n/locales', l))]));
    const differing: string[] = [];
    for (const [key, ru] of shapes.get('ru')!) {
      const en = shapes.get('en')!.get(key);
      const kk = shapes.get('kk')!.get(key);
      if (!en || !kk) continue;
      const names = (m: Map<string, unknown>) => [...m.keys()].sort().join(',');
      if (names(ru.plurals) !== names(en.plurals))
        differing.push(`${key}: plural by ru {${names(ru.plurals)}} vs en {${names(en.plurals)}}`);
      const extra = [...kk.plurals.keys()].filter((v) => !ru.plurals.has(v));
      if (extra.length) differing.push(`${key}: kk plural by {${extra}} that ru and en do not use`);
    }
    expect(differing).toEqual([]);
  });

  it('when a text chooses plural forms, then it has a form for every plural category of its language', () => {
    const gaps: string[] = [];
    for (const locale of LOCALES) {
      const needed = wholeNumberCategories(locale);
      for (const [key, shape] of localeShapes(join('src/i18n/locales', locale))) {
        for (const [name, keys] of shape.plurals) {
          const missing = [...needed].filter((c) => !keys.has(c));
          if (missing.length) gaps.push(`${locale}/${key} by $${name}: no [${missing.join('], [')}]`);
        }
      }
    }
    expect(gaps).toEqual([]);
  });

  it('when code names a key with msg(...), menuKey or errors, then every locale has it', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('src')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bmsg\(\s*'([a-z0-9-]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/menuKey:\s*'([a-z0-9-]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/new DomainError\(\s*'([A-Z0-9_.]+)'/g)) used.add('error-' + m[1]!.toLowerCase().replace(/[._]/g, '-'));
    }
    expect(used.size).toBeGreaterThan(20);
    for (const locale of LOCALES)
      expect(
        [...used].filter((k) => !i18n.has(locale, k)),
        locale,
      ).toEqual([]);
  });

  it('when counting days in Russian, then one/few/many forms are right', () => {
    const days = (n: number) => i18n.t('ru', 'n-days', { count: n });
    expect([1, 2, 5, 11, 21, 22, 25, 101, 111].map(days)).toEqual([
      '1 день',
      '2 дня',
      '5 дней',
      '11 дней',
      '21 день',
      '22 дня',
      '25 дней',
      '101 день',
      '111 дней',
    ]);
  });

  it('when counting days in Kazakh and English, then their plural rules apply', () => {
    expect([1, 2, 5].map((n) => i18n.t('kk', 'n-days', { count: n }))).toEqual(['1 күн', '2 күн', '5 күн']);
    expect([1, 2].map((n) => i18n.t('en', 'n-days', { count: n }))).toEqual(['1 day', '2 days']);
  });

  it('when a count is one, then English and Russian say it in the singular', () => {
    expect(i18n.t('en', 'results-margin-votes', { votes: 1 })).toBe('Margin: 1 vote.');
    expect(i18n.t('en', 'results-candidate-votes', { name: 'A', votes: 21 })).toBe('A: 21 votes');
    expect(i18n.t('ru', 'results-candidate-votes', { name: 'А', votes: 21 })).toBe('А: 21 голос');
    expect(i18n.t('en', 'results-margin', { votes: 1, points: 0.1 })).toBe('Margin: 1 vote (0.1 percentage points).');
    expect(i18n.t('ru', 'results-margin', { votes: 3, points: 0.5 })).toBe('Отрыв: 3 голоса (0,5 процентного пункта).');
  });

  it('when a digest reports how fast complaints were resolved, then it speaks of half of them, not of a median', () => {
    expect(i18n.t('en', 'digest-median-days', { days: 2.5 })).toBe('Half of the resolved complaints were resolved within 2.5 days.');
    expect(i18n.t('ru', 'digest-median-days', { days: 2.5 })).toBe('Половину решённых жалоб решили не дольше чем за 2,5 дня.');
    expect(i18n.t('kk', 'digest-median-hours', { hours: 5 })).toBe('Шешілген шағымдардың жартысы 5 сағат ішінде шешілді.');
    for (const l of LOCALES) expect(i18n.t(l, 'digest-median-days', { days: 3 })).not.toMatch(/median|медиан/i);
  });

  it('when a key is missing, then strict mode throws (a test fails, not a user)', () => {
    expect(() => i18n.t('ru', 'no-such-key')).toThrow(/missing key/);
    const lenient = createI18n();
    expect(lenient.t('kk', 'no-such-key')).toBe('no-such-key');
  });

  it('when a date is shown, then it is in the chat time zone and has no isolation marks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ftl-'));
    for (const l of LOCALES) {
      mkdirSync(join(dir, l));
      writeFileSync(join(dir, l, 'x.ftl'), 'vote-at = { $name }: { DATETIME($at, hour: "2-digit", minute: "2-digit") }\n');
    }
    const t = createI18n({ dir, strict: true });
    const at = new Date('2023-11-04T20:30:00Z');
    expect(t.t('ru', 'vote-at', { name: 'Ойыл', at }, 'Asia/Almaty')).toBe('Ойыл: 5 ноября 2023 г. в 02:30'); // Almaty was UTC+6 until March 2024;
    expect(t.t('en', 'vote-at', { name: 'Oiyl', at }, 'UTC')).toMatch(/^Oiyl: November 4, 2023 at 0?8:30 PM$/);
    expect(t.t('ru', 'vote-at', { name: 'x', at })).not.toMatch(/[\u2068\u2069]/);
  });

  it('when a sentence ends with a date, then the Russian "г." is not followed by a second full stop', () => {
    // Russian long dates end in "г." ("12 октября 2023 г."), so "{ $date }." would print "г..".
    const vars: Record<string, Date | string> = {};
    for (const l of LOCALES)
      for (const file of readdirSync(join('src/i18n/locales', l))) {
        for (const m of readFileSync(join('src/i18n/locales', l, file), 'utf8').matchAll(/\$([a-zA-Z][\w-]*)/g))
          vars[m[1]!] = /date|created|due|deadline/i.test(m[1]!) ? new Date('2023-10-12T06:00:00Z') : 'x';
      }
    const lenient = createI18n(); // other variables get placeholder strings; NUMBER() would refuse them in strict mode
    const doubled = i18n.keys('ru').filter((key) => / г\.\./.test(lenient.t('ru', key, vars)));
    expect(doubled).toEqual([]);
  });
});
