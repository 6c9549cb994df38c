import type { SendChart } from '../telegram/context.ts';
import type { CachedPhotos } from '../telegram/cached-photos.ts';
import type { ChartRenderer } from './render-chart.ts';

/** Renders a chart and sends it through the photo cache: equal charts (same bytes) are uploaded once. */
export function chartSender(renderer: ChartRenderer, photos: CachedPhotos): SendChart {
  return async (chat, chart, locale, timeZone, opts) => {
    const image = renderer.render(chart, locale, timeZone);
    await photos.put(image.key, image.png);
    return photos.send(chat, image.key, opts);
  };
}
