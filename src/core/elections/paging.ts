/** Text under Telegram's 4096 characters with room for headers, labels and long words in other scripts. */
export const PAGE_BUDGET = 3000;

/**
 * Splits items into pages whose estimated size stays under `budget` and whose count stays under
 * `max`. Deterministic for the same data, so a page number in a button means the same page later.
 */
export function paginate<T>(items: readonly T[], size: (item: T) => number, budget = PAGE_BUDGET, max = 10): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const s = size(item);
    if (page.length > 0 && (used + s > budget || page.length >= max)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += s;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** A page number from button data, clamped to the pages that exist (data may be stale). */
export function clampPage(page: number | null | undefined, pages: number): number {
  return Math.min(Math.max(page ?? 0, 0), Math.max(pages - 1, 0));
}
