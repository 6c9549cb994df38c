import { describe, expect, it } from 'vitest';
import { EMPTY_STATE } from '../../src/core/admin/inbox-state.ts';
import { openData } from '../../src/core/admin/buttons.ts';
import { buttonCodec, buttonFamily, CALLBACK_DATA_MAX_BYTES, field } from '../../src/core/buttons.ts';
import { groupsData } from '../../src/core/groups/buttons.ts';
import { electionsData } from '../../src/core/elections/buttons.ts';
import { formData } from '../../src/core/complaints/form/buttons.ts';
import { languageData } from '../../src/core/start/buttons.ts';

describe('button codecs', () => {
  const pages = buttonFamily('pg', { p: { page: field.int }, g: { id: field.id, page: field.optional(field.int) }, x: {} });

  it('when a value is encoded, then it decodes to itself', () => {
    for (const value of [{ op: 'p', page: 3 }, { op: 'g', id: 'a/b', page: 2 }, { op: 'g', id: 'a/b', page: null }, { op: 'x' }] as const) {
      expect(pages.decode(pages.encode(value))).toEqual(value);
    }
    expect(groupsData.decode(groupsData.encode({ op: 'zc', zone: 'UTC' }))).toEqual({ op: 'zc', zone: 'UTC' });
    expect(openData.decode(openData.encode({ id: 123456789, state: { ...EMPTY_STATE, page: 12 } }))).toEqual({
      id: 123456789,
      state: { ...EMPTY_STATE, page: 12 },
    });
  });

  it('when trailing fields are empty, then they are left out, and data written with or without them reads the same', () => {
    expect(pages.encode({ op: 'g', id: 'a', page: null })).toBe('pg:g:a');
    expect(formData.decode('cf:next:')).toEqual(formData.decode('cf:next'));
    expect(electionsData.decode('el:t:e:')).toEqual({ op: 't', view: 'elections', areaId: '', page: null });
  });

  it('when data is stale, forged or of another family, then it decodes to null', () => {
    for (const bad of ['pg:p:x', 'pg:p:1:2', 'pg:zz', 'pg', 'el:p:1', 'pg:g:', 'pg:p:-1', 'pg:toString'])
      expect(pages.decode(bad)).toBeNull();
    expect(languageData.decode('lang:xx')).toBeNull();
    expect(groupsData.decode('gs:zc:9')).toBeNull();
  });

  it('when data would pass 64 bytes or an id holds the separator, then there is no button, and longer data is refused', () => {
    const codec = buttonCodec('el', { id: field.id });
    expect(codec.tryEncode({ id: 'ж'.repeat(30) })).not.toBeNull();
    expect(codec.tryEncode({ id: 'ж'.repeat(31) })).toBeNull();
    expect(() => codec.encode({ id: 'ж'.repeat(31) })).toThrow(/64 bytes/);
    expect(codec.tryEncode({ id: 'a:b' })).toBeNull();
    expect(codec.decode('el:' + 'a'.repeat(CALLBACK_DATA_MAX_BYTES))).toBeNull();
  });
});
