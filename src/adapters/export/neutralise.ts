/**
 * CSV formula injection (OWASP): a cell a spreadsheet would read as a formula (`= + - @`, or a tab
 * or carriage return before one) gets a leading apostrophe, so it shows as the text it is.
 */
export const neutralise = (value: string): string => (startsFormula(value) ? `'${value}` : value);

/** `= + - @`, tab or carriage return first (a character test: this runs for every text cell). */
function startsFormula(value: string): boolean {
  const c = value.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}
