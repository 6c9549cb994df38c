/**
 * A link that opens a place on a map in any browser (OpenStreetMap, no account, no app), for staff
 * buttons and exports. Telegram's inline buttons take only http(s) and tg links, so no `geo:` URI.
 * @example mapLink(50.41, 52.15) // 'https://www.openstreetmap.org/?mlat=50.41&mlon=52.15#map=17/50.41/52.15'
 */
export function mapLink(latitude: number, longitude: number): string {
  const lat = round6(latitude);
  const lon = round6(longitude);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;
