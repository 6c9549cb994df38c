/** Public references look like `C-2026-000123`: year of filing and a per-year sequence. */
const REFERENCE = /^C-(\d{4})-(\d{6,})$/;

export const formatReference = (year: number, seq: number): string => `C-${year}-${String(seq).padStart(6, '0')}`;

/** Accepts `c-2026-123` or `C-2026-000123` (residents and staff type them loosely); null otherwise. */
export function parseReference(text: string): { year: number; seq: number; reference: string } | null {
  const cleaned = text.trim().toUpperCase();
  const m = /^C-(\d{4})-(\d{1,9})$/.exec(cleaned);
  if (!m) return null;
  const year = Number(m[1]);
  const seq = Number(m[2]);
  if (seq < 1) return null;
  return { year, seq, reference: formatReference(year, seq) };
}

export const isReference = (text: string): boolean => REFERENCE.test(text);

/** Counter row name for a year's sequence. */
export const counterName = (year: number): string => `complaint-ref-${year}`;
