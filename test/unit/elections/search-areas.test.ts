import { describe, expect, it } from 'vitest';
import type { AreaEntry } from '../../../src/core/areas/area.ts';
import { phoneticKey, pickArea, searchAreas } from '../../../src/core/areas/index.ts';
import { toAreaEntry } from '../../../src/core/elections/assemble.ts';
import { toRecords } from '../../../src/core/elections/records.ts';
import { validateElectionData } from '../../../src/core/elections/validate-election-data.ts';
import { exampleText } from '../../fixtures/elections.ts';

function areas(): AreaEntry[] {
  const v = validateElectionData(exampleText());
  if (!v.ok) throw new Error(v.errors.join('\n'));
  return toRecords(v.data).areas.map(toAreaEntry);
}
const top = (query: string, kinds?: AreaEntry['kind'][]) => searchAreas(areas(), query, { kinds })[0]?.area.id ?? null;

describe('phoneticKey', () => {
  it('when a name is written in Kazakh, Russian or Latin, then every spelling meets in one key', () => {
    expect(new Set(['Ойыл', 'Oiyl', 'Oyil', 'ОЙЫЛ'].map(phoneticKey)).size).toBe(1);
    expect(new Set(['Ақтоғай', 'Актогай', 'Aqtoghai', 'Aktogay', 'Aqtoğai'].map(phoneticKey)).size).toBe(1);
    expect(phoneticKey('Kazybayev')).toBe(phoneticKey('Қазыбаев'));
  });
});

describe('searchAreas', () => {
  it.each([
    ['Ойыл', 'aqtobe/oiyl'],
    ['Ойылда', 'aqtobe/oiyl'],
    ['Ойыле', 'aqtobe/oiyl'],
    ['Ойылға', 'aqtobe/oiyl'],
    ['в Ойыле', 'aqtobe/oiyl'],
    ['Oyil', 'aqtobe/oiyl'],
    ['Уил', 'aqtobe/oiyl'],
    ['Уилский район', 'aqtobe/oiyl'],
    ['Ойыл ауданы', 'aqtobe/oiyl'],
    ['Актогай', 'abai/aqtoghai'],
    ['в Актогае', 'abai/aqtoghai'],
    ['Ақтоғайда', 'abai/aqtoghai'],
    ['Aktogai', 'abai/aqtoghai'],
    ['Aktogya', 'abai/aqtoghai'],
    ['Актюбинская область', 'aqtobe'],
    ['Ақтөбе облысы', 'aqtobe'],
    ['Abay', 'abai'],
  ])('when a resident types "%s", then %s is found first', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('when kinds are given, then other kinds are not returned', () => {
    expect(searchAreas(areas(), 'Актобе', { kinds: ['settlement', 'district'] }).map((m) => m.area.id)).not.toContain('aqtobe');
  });

  it('when the start of a name is typed, then it is found by prefix', () => {
    expect(searchAreas(areas(), 'Ақтоғ')[0].area.id).toBe('abai/aqtoghai');
  });

  it('when two names are equally close, then pickArea asks instead of guessing', () => {
    const pick = pickArea(searchAreas(areas(), 'Акто'));
    expect(pick.kind).toBe('many');
  });

  it('when nothing resembles the query, then nothing is returned', () => {
    expect(searchAreas(areas(), 'Алматы')).toEqual([]);
    expect(pickArea([])).toEqual({ kind: 'none' });
  });

  it('when a place is named inside a sentence, then the match gives its word span', () => {
    const [m] = searchAreas(areas(), 'когда выборы в Ойыле?');
    expect(m).toMatchObject({ start: 3, end: 4 });
  });
});
