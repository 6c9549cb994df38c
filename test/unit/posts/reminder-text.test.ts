import { describe, expect, it } from 'vitest';
import { reminderText } from '../../../src/core/posts/reminder-text.ts';
import type { Text } from '../../../src/core/replies.ts';
import { candidate, election } from '../../fixtures/elections.ts';

const keys = (text: Text): string[] => ('lines' in text ? text.lines.flatMap(keys) : 'raw' in text ? [text.raw] : [text.key]);

describe('reminderText', () => {
  it('when the ballot order was published, then the list is titled in ballot order', () => {
    const e = election(
      [candidate('Aibek Sultanov', null, { ballotOrder: 1 }), candidate('Askar Kazybaev', null, { ballotOrder: 2 })],
      null,
    );
    expect(keys(reminderText(e, 'week', 'Oiyl', 'en'))).toContain('reminder-candidates-title');
  });

  it('when no ballot order was published, then the list says it is alphabetical, not in ballot order', () => {
    const e = election([candidate('Aibek Sultanov', null), candidate('Askar Kazybaev', null)], null);
    const k = keys(reminderText(e, 'day', 'Oiyl', 'en'));
    expect(k).toContain('reminder-candidates-title-alphabetical');
    expect(k).not.toContain('reminder-candidates-title');
  });
});
