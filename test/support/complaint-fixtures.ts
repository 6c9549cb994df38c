import type { NewComplaint } from '../../src/core/complaints/types.ts';

/** A complaint to `create` directly: filed by phone, no author, no place, due in 15 days, unless overridden. */
export const newComplaint = (over: Partial<NewComplaint> = {}): NewComplaint => ({
  year: 2026,
  categoryCode: 'water',
  areaId: null,
  source: 'admin',
  sourceChatId: null,
  authorId: null,
  consent: false,
  contactName: null,
  contactHandle: null,
  description: 'Яма с водой на Абая 3',
  photos: [],
  latitude: null,
  longitude: null,
  createdAt: new Date(),
  dueAt: new Date(Date.now() + 15 * 86_400_000),
  ...over,
});
