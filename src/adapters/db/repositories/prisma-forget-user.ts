import type { PrismaClient } from '../generated/sqlite/client.ts';
import type { UserId } from '../../../core/ids.ts';
import type { ForgetOutcome } from '../../../core/complaints/ports.ts';
import { maskPersonalData } from '../../../core/privacy/mask.ts';
import type { UserKeyer } from '../../../core/privacy/keyed-hash.ts';

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export interface ForgetOptions {
  /** Outbox kinds addressed to the resident's chat that tie it to complaint references. */
  noticeKinds: string[];
  rateKey: UserKeyer;
  /** Complaints filed since this instant keep counting towards the limit (by key, not by id). */
  limitSince: Date;
}

/**
 * /forgetme in one transaction: the user row's names, username, phone and remembered settlement;
 * on their complaints the author, contact and consent, the location, the photos, and phones, e-mails,
 * handles and IINs in the description and in what they added later; their "+1" links and the notices
 * queued for them. The complaints stay (the akimat answers them; they count in statistics).
 */
export function forgetUserIn(db: PrismaClient, user: UserId, o: ForgetOptions): Promise<ForgetOutcome> {
  return db.$transaction(async (tx) => {
    await tx.user.updateMany({
      where: { id: user },
      data: { firstName: null, lastName: null, username: null, phone: null, settlementId: null },
    });
    await tx.outboxMessage.deleteMany({ where: { chatId: user, kind: { in: o.noticeKinds } } });
    const own = await tx.complaint.findMany({
      where: { authorId: user },
      select: { id: true, description: true, photos: true, latitude: true, address: true, createdAt: true },
    });
    let descriptions = 0;
    for (const c of own) {
      const description = maskPersonalData(c.description);
      if (description !== c.description) descriptions++;
      await tx.complaint.update({
        where: { id: c.id },
        data: {
          authorId: null,
          consent: false,
          contactName: null,
          contactHandle: null,
          contactPhone: null,
          latitude: null,
          longitude: null,
          address: null,
          photos: '[]',
          description,
        },
      });
    }
    await scrubAddedNotes(tx, user);
    await keepCounting(
      tx,
      o.rateKey(user),
      own.filter((c) => c.createdAt >= o.limitSince).map((c) => c.createdAt),
      o.limitSince,
    );
    const removed = await tx.complaintSupporter.deleteMany({ where: { userId: user } });
    return {
      complaints: own.length,
      locations: own.filter((c) => c.latitude !== null || c.address !== null).length,
      photos: own.reduce((n, c) => n + photoCount(c.photos), 0),
      descriptions,
      supported: removed.count,
    };
  });
}

/** What the resident added to their complaints later: masked like the description, and no longer theirs. */
async function scrubAddedNotes(tx: Tx, user: UserId): Promise<void> {
  const notes = await tx.complaintUpdate.findMany({ where: { actorId: user, kind: 'resident' }, select: { id: true, note: true } });
  for (const n of notes)
    await tx.complaintUpdate.update({
      where: { id: n.id },
      data: { actorId: null, note: n.note === null ? null : maskPersonalData(n.note) },
    });
}

/** Complaints still inside the limit's window count on under a keyed hash; older marks go. */
async function keepCounting(tx: Tx, key: string, filedAt: Date[], limitSince: Date): Promise<void> {
  await tx.complaintRateMark.deleteMany({ where: { createdAt: { lt: limitSince } } });
  if (filedAt.length === 0) return;
  await tx.complaintRateMark.createMany({ data: filedAt.map((createdAt) => ({ key, createdAt })) });
}

function photoCount(json: string): number {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.length : 0;
  } catch {
    return 0;
  }
}
