import type { PlannedPost } from '../../core/posts/model.ts';
import type { PostPublisher } from '../../core/posts/ports.ts';
import type { I18n } from '../../i18n/index.ts';
import type { PrismaOutboxRepository } from '../db/repositories/prisma-outbox-repository.ts';
import type { ChartRenderer } from '../charts/render-chart.ts';
import type { MediaStore } from '../telegram/cached-photos.ts';
import { renderText, splitText } from '../telegram/render.ts';

/** Renders results charts for posts and keeps their bytes where the delivery worker finds them. */
export interface PostCharts {
  renderer: ChartRenderer;
  store: Pick<MediaStore, 'put'>;
}

/**
 * Publishes a planned post: renders it in the group's language and time zone, splits it within
 * Telegram's 4,096-character limit (paragraph, line, word boundaries), then claims the slot and
 * writes one outbox row per part in one transaction. A results chart goes first, as a photo row that
 * points at the stored image: every group with the same language gets the same picture (same bytes),
 * so the delivery worker uploads it once.
 */
export class OutboxPostPublisher implements PostPublisher {
  constructor(
    private readonly outbox: PrismaOutboxRepository,
    private readonly i18n: I18n,
    /** Called after rows were written (wakes the local delivery worker). */
    private readonly onQueued: () => void = () => undefined,
    private readonly charts?: PostCharts,
    /** Makes the "add to calendar" deep link of an election (null when its id cannot be one). */
    private readonly calendarLink?: (electionId: string) => string | null,
  ) {}

  async publish(post: PlannedPost): Promise<boolean> {
    const threadId = post.threadId ?? null;
    const parts = splitText(renderText(this.i18n, post.text, post.locale, post.timeZone)).map((text) => ({
      kind: post.job,
      text,
      threadId,
      buttons: null as string | null,
    }));
    const link = post.calendarOf ? this.calendarLink?.(post.calendarOf) : null;
    if (link) parts.at(-1)!.buttons = JSON.stringify([[{ text: this.i18n.t(post.locale, 'calendar-button'), url: link }]]);
    const photo = post.chart && this.charts ? await this.chartRow(post, post.chart, this.charts) : [];
    const ok = await this.outbox.enqueueClaimed({ job: post.job, chatId: post.chatId, slot: post.slot, at: post.at }, [...photo, ...parts]);
    if (ok) this.onQueued();
    return ok;
  }

  private async chartRow(post: PlannedPost, chart: NonNullable<PlannedPost['chart']>, charts: PostCharts) {
    const image = charts.renderer.render(chart, post.locale, post.timeZone);
    await charts.store.put(image.key, image.png);
    const caption = renderText(this.i18n, chart.title, post.locale, post.timeZone).slice(0, 1024);
    return [{ kind: post.job, text: caption, threadId: post.threadId ?? null, mediaKey: image.key }];
  }
}
