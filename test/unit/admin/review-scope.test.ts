import { describe, expect, it } from 'vitest';
import { EMPTY_STATE } from '../../../src/core/admin/inbox-state.ts';
import { openForReview } from '../../../src/core/admin/open-for-review.ts';
import type { NewComplaint } from '../../../src/core/complaints/types.ts';
import { userId } from '../../../src/core/ids.ts';
import type { Text } from '../../../src/core/replies.ts';
import { FakeCategories, FakeComplaints } from '../complaints/fakes.ts';
import { AREAS } from './export-fakes.ts';

const NOW = new Date('2026-03-02T05:00:00Z');
const input = (areaId: string): NewComplaint => ({
  year: 2026,
  categoryCode: 'water',
  areaId,
  description: 'Нет воды третий день',
  photos: [],
  latitude: null,
  longitude: null,
  source: 'private',
  sourceChatId: null,
  authorId: userId(501),
  consent: false,
  contactName: null,
  contactHandle: null,
  createdAt: NOW,
  dueAt: new Date('2026-03-23T18:59:59.999Z'),
});
const keys = (t: Text): string[] => ('lines' in t ? t.lines.flatMap(keys) : 'key' in t ? [t.key] : []);

describe('complaint review and area scope', () => {
  it("when a visible complaint is a duplicate of another area's complaint, then that reference is not shown to an area-limited admin", async () => {
    const complaints = new FakeComplaints();
    const original = await complaints.create(input('abai/aqtoghai'));
    const dup = await complaints.create(input('aqtobe/oiyl/oiyl'));
    // An unlimited owner marked it a duplicate across areas.
    await complaints.changeStatus({
      complaintId: dup.id,
      from: 'new',
      to: 'duplicate',
      note: null,
      actorId: null,
      at: NOW,
      duplicateOfId: original.id,
    });
    complaints.rows.find((r) => r.id === dup.id)!.duplicateOfId = original.id;
    const deps = { complaints, categories: new FakeCategories(), areas: { listAll: async () => AREAS } };
    const limited = { userId: userId(42), role: 'admin' as const, areaIds: ['aqtobe/oiyl'] };
    const [reply] = await openForReview(deps, { actor: limited, id: dup.id, state: EMPTY_STATE, locale: 'en', now: NOW });
    expect(keys(reply.text)).not.toContain('admin-review-duplicate-of');
    expect(JSON.stringify(reply)).not.toContain(original.reference);
    const owner = { userId: userId(1), role: 'owner' as const, areaIds: null };
    const [full] = await openForReview(deps, { actor: owner, id: dup.id, state: EMPTY_STATE, locale: 'en', now: NOW });
    expect(keys(full.text)).toContain('admin-review-duplicate-of');
  });
});
