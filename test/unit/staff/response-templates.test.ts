import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../src/core/admin/default-templates.ts';
import { parseTemplatesArgs, templatesFor, TEMPLATE_STATUSES, type ResponseTemplate } from '../../../src/core/admin/response-templates.ts';
import { LOCALES } from '../../../src/core/locale.ts';

const all: ResponseTemplate[] = DEFAULT_TEMPLATES.map((t, i) => ({ ...t, id: i + 1 }));

describe('response templates', () => {
  it('when a status change is asked, then the category’s own answers come before the general ones, in the one language', () => {
    const offered = templatesFor(all, 'roads', 'in_progress', 'kk');
    expect(offered.map((t) => [t.categoryCode, t.locale])).toEqual([
      ['roads', 'kk'],
      ['*', 'kk'],
    ]);
    expect(templatesFor(all, 'gas', 'in_progress', 'ru').map((t) => t.categoryCode)).toEqual(['*']);
    expect(templatesFor(all, 'gas', 'duplicate', 'ru')).toEqual([]);
  });

  it('when a new install starts, then every status a template serves has a default in every language', () => {
    for (const status of TEMPLATE_STATUSES)
      for (const locale of LOCALES) expect(templatesFor(all, 'other', status, locale)).not.toEqual([]);
  });

  it('when an owner types /templates, then add and remove are told apart from a listing', () => {
    expect(parseTemplatesArgs('add * resolved ru Готово')).toEqual({ verb: 'add', rest: '* resolved ru Готово' });
    expect(parseTemplatesArgs('remove 4')).toEqual({ verb: 'remove', rest: '4' });
    expect(parseTemplatesArgs('')).toEqual({ verb: 'list', rest: '' });
    expect(parseTemplatesArgs('addition')).toEqual({ verb: 'list', rest: '' });
  });
});
