import { describe, expect, it } from 'vitest';
import { canTransition, isOpen, isOverdue, nextStatuses, open311Status, stampFor } from '../../../src/core/complaints/status.ts';

describe('complaint status lifecycle', () => {
  it.each([
    ['new', 'acknowledged', true],
    ['acknowledged', 'in_progress', true],
    ['in_progress', 'resolved', true],
    ['new', 'resolved', true],
    ['new', 'rejected', true],
    ['in_progress', 'duplicate', true],
    ['acknowledged', 'not_responsible', true],
    ['resolved', 'in_progress', true],
    ['in_progress', 'new', false],
    ['acknowledged', 'new', false],
    ['rejected', 'in_progress', false],
    ['duplicate', 'new', false],
    ['resolved', 'rejected', false],
    ['new', 'new', false],
  ] as const)('when moving %s -> %s, then allowed is %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it('when a complaint is closed, then nothing follows', () => {
    expect(nextStatuses('not_responsible')).toEqual([]);
  });

  it('when mapping to Open311, then resolved and closings are closed', () => {
    expect(['new', 'acknowledged', 'in_progress'].map((s) => open311Status(s as any))).toEqual(['open', 'open', 'open']);
    expect(['resolved', 'rejected', 'duplicate'].map((s) => open311Status(s as any))).toEqual(['closed', 'closed', 'closed']);
    expect(isOpen('resolved')).toBe(false);
  });

  it('when a status is entered, then the matching timestamp is stamped', () => {
    expect(stampFor('acknowledged')).toBe('acknowledgedAt');
    expect(stampFor('in_progress')).toBe('inProgressAt');
    expect(stampFor('resolved')).toBe('resolvedAt');
    expect(stampFor('duplicate')).toBe('closedAt');
    expect(stampFor('new')).toBeNull();
  });

  it('when an open complaint is past its due date, then it is overdue; a resolved one never is', () => {
    const dueAt = new Date('2026-03-01T00:00:00Z');
    const later = new Date('2026-03-02T00:00:00Z');
    expect(isOverdue({ status: 'in_progress', dueAt }, later)).toBe(true);
    expect(isOverdue({ status: 'resolved', dueAt }, later)).toBe(false);
    expect(isOverdue({ status: 'new', dueAt }, new Date('2026-02-28T00:00:00Z'))).toBe(false);
  });
});
