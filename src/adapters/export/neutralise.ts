/**
 * CSV formula injection (OWASP): a cell a spreadsheet would read as a formula (`= + - @`, or a tab
 * or carriage return before one) gets a leading apostrophe, so it shows as the text it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const neutralise = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);
