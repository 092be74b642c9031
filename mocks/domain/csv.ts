// CSV as RFC 4180 (comma, CRLF, quotes doubled), UTF-8 with a byte order mark so spreadsheet
// programs read Latvian diacritics correctly, and safe against formula injection: a cell that
// starts with = + - @ (or tab / carriage return) is prefixed with an apostrophe.

export type CsvValue = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
