// Text that a spreadsheet would read as a formula. Exported tables carry names people typed
// (producers, needs, events): "=HYPERLINK(…)" or "+cmd|…" in one would run when a dinas
// officer opens the file. OWASP's advice, applied to every exported text cell: a cell that
// begins with = + - @, a tab or a carriage return (or their full-width forms, which some
// spreadsheet programs also accept) gets a leading apostrophe, which spreadsheets show as
// text and do not evaluate. Numbers stay numbers; a text that is only a signed number
// ("-12,5") cannot run anything and stays as it is.

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?%?$/;

export function spreadsheetSafe<T extends string | number | null>(value: T): T | string {
  if (typeof value !== "string" || !FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}
