import type { UserId } from '../../../core/ids.ts';
import type { PrismaDb } from '../client.ts';

const DAY_MS = 86_400_000;
export const FIXED_QUESTION_KIND = 'complaint-fixed-question';

/**
 * "Has it been fixed?": queues one outbox message per resolution for authors whose complaint was
 * resolved 7 to 30 days ago. The outbox's unique dedupe key (complaint and resolution time) makes
 * it once, across restarts and replicas; a complaint resolved again later is asked again.
 */
export class PrismaFixedQuestionQueue {
  constructor(private readonly db: PrismaDb) {}

  async enqueue(
    now: Date,
    askAfterDays: number,
    windowDays: number,
    render: (c: { id: number; reference: string; authorId: UserId }) => Promise<{ text: string; buttons: string }>,
  ): Promise<number> {
    const due = await this.db.complaint.findMany({
      where: {
        status: 'resolved',
        authorId: { not: null },
        resolvedAt: { lte: new Date(now.getTime() - askAfterDays * DAY_MS), gte: new Date(now.getTime() - windowDays * DAY_MS) },
      },
      select: { id: true, reference: true, authorId: true, resolvedAt: true },
      take: 500,
    });
    let queued = 0;
    for (const c of due) {
      const dedupeKey = `fixed-question:${c.id}:${c.resolvedAt!.getTime()}`;
      if (await this.db.outboxMessage.findUnique({ where: { dedupeKey }, select: { id: true } })) continue;
      const { text, buttons } = await render({ id: c.id, reference: c.reference, authorId: c.authorId as UserId });
      try {
        await this.db.outboxMessage.create({
          data: { chatId: c.authorId!, kind: FIXED_QUESTION_KIND, text, buttons, notBefore: now, dedupeKey },
        });
        queued += 1;
      } catch (err) {
        // Another replica queued it first: once is what we want.
        if ((err as { code?: string }).code !== 'P2002') throw err;
      }
    }
    return queued;
  }
}
