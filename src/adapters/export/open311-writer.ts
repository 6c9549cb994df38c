import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { toServiceRequest } from '../../core/exports/open311.ts';
import type { ExportItem } from '../../core/exports/read-export.ts';

/**
 * Writes Open311 GeoReport v2 `service_requests` (a JSON array), streamed one request at a time.
 * Returns the number of requests.
 */
export async function writeOpen311(pages: AsyncIterable<ExportItem[]>, out: Writable): Promise<number> {
  let count = 0;
  const put = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await put('[');
  for await (const page of pages) {
    const chunk = page.map((i) => JSON.stringify(toServiceRequest(i.row, i.extra))).join(',\n');
    await put((count > 0 ? ',\n' : '\n') + chunk);
    count += page.length;
  }
  await put('\n]\n');
  out.end();
  if (!out.writableFinished) await once(out, 'finish');
  return count;
}
