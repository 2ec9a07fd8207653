// One CSV field, RFC 4180, defended against formula injection: spreadsheet apps run
// a cell that starts with = + - @ (or a tab / carriage return before one) as a
// formula, so such cells get a leading apostrophe and are shown as text
// (OWASP "CSV Injection"). docs/exporting.md tells readers why the apostrophe is there.

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Guards, then quotes when the field holds a quote, comma or line break (quotes doubled). */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? guardFormula(value) : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records joined by CRLF, with a CRLF after the last one (RFC 4180 §2.1–2.2). */
export function csvText(rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
