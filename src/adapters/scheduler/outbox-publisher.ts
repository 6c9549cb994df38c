import type { PlannedPost } from '../../core/posts/model.ts';
import type { PostPublisher } from '../../core/posts/ports.ts';
import type { I18n } from '../../i18n/index.ts';
import type { PrismaOutboxRepository } from '../db/repositories/prisma-outbox-repository.ts';
import { renderText, splitText } from '../telegram/render.ts';

/**
 * Publishes a planned post: renders it in the group's language and time zone, splits it within
 * Telegram's 4,096-character limit (paragraph, line, word boundaries), then claims the slot and
 * writes one outbox row per part in one transaction.
 */
export class OutboxPostPublisher implements PostPublisher {
  constructor(
    private readonly outbox: PrismaOutboxRepository,
    private readonly i18n: I18n,
    /** Called after rows were written (wakes the local delivery worker). */
    private readonly onQueued: () => void = () => undefined,
  ) {}

  async publish(post: PlannedPost): Promise<boolean> {
    const parts = splitText(renderText(this.i18n, post.text, post.locale, post.timeZone));
    const ok = await this.outbox.enqueueClaimed(
      { job: post.job, chatId: post.chatId, slot: post.slot, at: post.at },
      parts.map((text) => ({ kind: post.job, text, threadId: post.threadId ?? null })),
    );
    if (ok) this.onQueued();
    return ok;
  }
}
