import { isAnnulled, type Election } from '../elections/model.ts';
import { summarizeResults } from '../elections/summarize-results.ts';
import { resultsChart, type ResultsChart } from '../elections/results-chart.ts';
import type { Locale } from '../locale.ts';
import type { Text } from '../replies.ts';
import { computeDigest, digestText } from './digest.ts';
import type { PostTarget } from './model.ts';
import type { PostDeps } from './ports.ts';
import { reminderText } from './reminder-text.ts';
import { resultCandidates, resultsSlot } from './results-trigger.ts';

/** How far back a group's first digest looks. */
export const FIRST_DIGEST_DAYS = 7;

/**
 * Election data for one tick (or one preview), read once and shared by every target: elections of
 * all the targets' areas, the areas' names and reruns of annulled elections.
 */
export class PostWorld {
  private byArea = new Map<string, Election[]>();
  private names = new Map<string, Record<Locale, string>>();
  private reruns = new Map<string, Promise<Election | null>>();

  private constructor(private readonly deps: PostDeps) {}

  static async load(deps: PostDeps, targets: readonly PostTarget[]): Promise<PostWorld> {
    const world = new PostWorld(deps);
    const areas = [...new Set(targets.flatMap((t) => t.areaIds))];
    if (!areas.length) return world;
    for (const e of await deps.elections.listByAreas(areas)) world.byArea.set(e.areaId, [...(world.byArea.get(e.areaId) ?? []), e]);
    world.names = await deps.elections.areaNames([...new Set([...areas, ...[...world.byArea.values()].flat().map((e) => e.areaId)])]);
    return world;
  }

  elections(target: PostTarget): Election[] {
    return target.areaIds.flatMap((a) => this.byArea.get(a) ?? []);
  }

  areaName(areaId: string | undefined, locale: Locale): string {
    return (areaId && this.names.get(areaId)?.[locale]) || areaId || '—';
  }

  rerunOf(id: string): Promise<Election | null> {
    let p = this.reruns.get(id);
    if (!p) this.reruns.set(id, (p = this.deps.elections.findRerunOf(id)));
    return p;
  }

  /** Results posts a target could receive now: one per election whose results or annulment are fresh. */
  async results(
    target: PostTarget,
    now: Date,
    only?: Election,
  ): Promise<Array<{ slot: string; text: Text; election: Election; chart: ResultsChart | null }>> {
    const out: Array<{ slot: string; text: Text; election: Election; chart: ResultsChart | null }> = [];
    for (const e of resultCandidates(only ? [only] : this.elections(target), now)) {
      const rerun = isAnnulled(e) ? await this.rerunOf(e.id) : null;
      const slot = resultsSlot(e, rerun);
      if (!slot) continue;
      const opts = { locale: target.locale, areaName: this.areaName(e.areaId, target.locale), rerun };
      out.push({ slot, election: e, text: summarizeResults(e, opts), chart: resultsChart(e, opts) });
    }
    return out;
  }

  reminder(target: PostTarget, e: Election, stage: Parameters<typeof reminderText>[1]): Text {
    return reminderText(e, stage, this.areaName(e.areaId, target.locale), target.locale);
  }

  /** The complaint digest of a target for `[since, until)`. */
  async digest(target: PostTarget, since: Date, until: Date): Promise<Text> {
    const [rows, categories] = await Promise.all([
      this.deps.complaints.complaints(target.areaIds, since, until),
      this.deps.complaints.categories(),
    ]);
    return digestText(computeDigest(rows, since, until), this.areaName(target.areaIds[0], target.locale), categories, target.locale);
  }

  /** Start of the next digest's period: the last digest's slot, or FIRST_DIGEST_DAYS back. */
  async digestSince(target: PostTarget, until: Date): Promise<Date> {
    return (await this.deps.ledger.lastSlotAt('digest', target.chatId)) ?? new Date(until.getTime() - FIRST_DIGEST_DAYS * 86_400_000);
  }
}
