/**
 * A location picker that needs no map service: a plain drawing of Kazakhstan's latitude/longitude
 * box to click on, the sample places as shortcuts, and the coordinates to adjust by hand.
 */
type Place = { name: string; latitude: number; longitude: number };

const BOX = { north: 55.5, south: 40.5, west: 46.5, east: 87.5 };
const W = 410;
const H = 150;
const SVG = 'http://www.w3.org/2000/svg';

const toX = (lon: number) => ((lon - BOX.west) / (BOX.east - BOX.west)) * W;
const toY = (lat: number) => ((BOX.north - lat) / (BOX.north - BOX.south)) * H;

export function setUpLocationPicker(send: (lat: number, lon: number) => void, places: () => readonly Place[]): () => void {
  const dialog = document.getElementById('location-picker') as HTMLDialogElement;
  const map = document.getElementById('map') as unknown as SVGSVGElement;
  const lat = document.getElementById('lat') as HTMLInputElement;
  const lon = document.getElementById('lon') as HTMLInputElement;
  const marker = document.createElementNS(SVG, 'circle');
  marker.setAttribute('r', '5');
  marker.setAttribute('fill', '#e53935');

  const set = (la: number, lo: number) => {
    lat.value = la.toFixed(4);
    lon.value = lo.toFixed(4);
    marker.setAttribute('cx', String(toX(lo)));
    marker.setAttribute('cy', String(toY(la)));
  };
  map.onclick = (e) => {
    const r = map.getBoundingClientRect();
    const x = ((e.clientX - r.left) / r.width) * W;
    const y = ((e.clientY - r.top) / r.height) * H;
    set(BOX.north - (y / H) * (BOX.north - BOX.south), BOX.west + (x / W) * (BOX.east - BOX.west));
  };
  lat.oninput = lon.oninput = () => set(Number(lat.value), Number(lon.value));
  dialog.addEventListener('close', () => {
    if (dialog.returnValue === 'send' && Number.isFinite(Number(lat.value)) && Number.isFinite(Number(lon.value)))
      send(Number(lat.value), Number(lon.value));
  });

  return () => {
    map.replaceChildren();
    for (let i = 1; i < 8; i++) {
      const line = document.createElementNS(SVG, 'line');
      Object.entries({ x1: (i * W) / 8, x2: (i * W) / 8, y1: 0, y2: H, stroke: '#a9c7e3' }).forEach(([k, v]) =>
        line.setAttribute(k, String(v)),
      );
      map.append(line);
    }
    const box = document.getElementById('places')!;
    box.replaceChildren();
    for (const p of places()) {
      const dot = document.createElementNS(SVG, 'circle');
      Object.entries({ cx: toX(p.longitude), cy: toY(p.latitude), r: 3, fill: '#1565c0' }).forEach(([k, v]) =>
        dot.setAttribute(k, String(v)),
      );
      const label = document.createElementNS(SVG, 'text');
      Object.entries({ x: toX(p.longitude) + 5, y: toY(p.latitude) + 4, 'font-size': 10 }).forEach(([k, v]) =>
        label.setAttribute(k, String(v)),
      );
      label.textContent = p.name;
      map.append(dot, label);
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = p.name;
      b.onclick = () => set(p.latitude, p.longitude);
      box.append(b);
    }
    map.append(marker);
    set(Number(lat.value), Number(lon.value));
    dialog.returnValue = '';
    dialog.showModal();
  };
}
