import { createHash } from 'node:crypto';
import { decode } from 'fast-png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartHeight, CHART_WIDTH } from '../../src/adapters/charts/results-chart-svg.ts';
import type { PostsRuntime } from '../../src/app/posts-runtime.ts';
import type { UploadedFile } from '../../src/emulator/multipart.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { enterResults, seedArea, seedElection, seedGroup } from '../support/posts-fixtures.ts';
import { groupText } from '../support/updates.ts';

/** sha256 of the Russian chart of the fixture's preliminary results (resvg + DejaVu Sans as pinned in the lock file). */
const RU_CHART_SHA256 = '9989e89a3877d149a24aca6f96d9460fc9048e7e582a49c96a801c71f539241f';
const uploaded = (p: unknown): p is UploadedFile => typeof p === 'object' && p !== null && Buffer.isBuffer((p as UploadedFile).data);

describe.each(FRAMEWORKS)('results charts under %s', (framework) => {
  let h: Harness;
  let rt: PostsRuntime;
  const base = framework === 'telegraf' ? -100_500_000 : -100_600_000;
  beforeAll(async () => {
    // The day after the vote, so /results has something to show.
    h = await startHarness({ framework, clock: { now: () => new Date('2026-12-07T06:00:00Z') } });
    await seedArea(h.app.db.prisma);
    await seedElection(h.app.db.prisma);
    await enterResults(h.app.db.prisma);
    rt = h.app.wiring.posts;
    rt.worker.start();
  });
  afterAll(async () => {
    await rt?.worker.stop();
    await h?.stop();
  });

  it('when /results is asked in a group, then a chart PNG of the expected size and bytes comes first, the text right after', async () => {
    const g = base - 1;
    await seedGroup(h.app.db.prisma, g, { locale: 'ru' });
    const calls = (await h.send(groupText(g, 7101, '/results'))).filter((c) => c.ok && /^send/.test(c.method));
    expect(calls.map((c) => c.method)).toEqual(['sendPhoto', 'sendMessage']);
    const photo = calls[0]!.params.photo;
    expect(uploaded(photo)).toBe(true);
    const png = decode((photo as UploadedFile).data);
    expect([png.width, png.height]).toEqual([CHART_WIDTH, chartHeight(3)]);
    expect(
      createHash('sha256')
        .update((photo as UploadedFile).data)
        .digest('hex'),
    ).toBe(RU_CHART_SHA256);
    expect(calls[0]!.params.caption).toMatch(/Актогай/);
    expect(calls[1]!.params.text).toMatch(/ПРЕДВАРИТЕЛЬНЫЕ/);
    // Asked again: the picture Telegram already has is sent by its file_id, nothing is uploaded.
    const again = (await h.send(groupText(g, 7101, '/results'))).find((c) => c.method === 'sendPhoto')!;
    expect(again.params.photo).toBe((calls[0]!.result as { photo: Array<{ file_id: string }> }).photo.at(-1)!.file_id);
  });

  it('when results are broadcast to many groups, then the chart is uploaded once and sent to the others by file_id', async () => {
    const groups = Array.from({ length: 30 }, (_, i) => base - 100 - i);
    for (const g of groups) await seedGroup(h.app.db.prisma, g, { locale: 'en', subs: [{ kind: 'results' }] });
    const mark = h.fake.mark();
    await rt.scheduler.tick(new Date('2026-12-07T05:00:05Z'));
    for (const g of groups)
      await h.fake.waitFor('sendMessage', (p, c) => p.chat_id === g && c.ok && /310/.test(p.text), { after: mark, timeoutMs: 20_000 });
    const photos = h.fake.callsOf('sendPhoto').filter((c) => c.index >= mark && c.ok && groups.includes(c.params.chat_id));
    expect(new Set(photos.map((c) => c.params.chat_id)).size).toBe(groups.length);
    expect(photos.filter((c) => uploaded(c.params.photo))).toHaveLength(1);
    const fileIds = new Set(photos.filter((c) => !uploaded(c.params.photo)).map((c) => c.params.photo));
    expect(fileIds.size).toBe(1);
    // In every group the chart comes before the text.
    for (const g of groups.slice(0, 3)) {
      const order = h.fake.calls
        .filter((c) => c.index >= mark && c.ok && c.params.chat_id === g && /^send/.test(c.method))
        .map((c) => c.method);
      expect(order).toEqual(['sendPhoto', 'sendMessage']);
    }
  });
});
