// RFC 4180 CSV: quoted fields, doubled quotes, CRLF/LF/CR line ends and newlines
// inside quotes. Each record keeps the 1-based line it starts on so problems can
// point at the line a person sees in a text editor.

export interface CsvRow {
  /** 1-based line number of the record's first character. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvOptions {
  /** Field separator; default ",". */
  readonly delimiter?: string;
}

/** Parses CSV text into rows. A leading BOM is ignored; a missing closing quote runs to the end. */
export function parseCsv(text: string, options: CsvOptions = {}): CsvRow[] {
  const delim = options.delimiter ?? ',';
  const rows: CsvRow[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let line = 1;
  let rowLine = 1;
  let cells: string[] = [];
  let field = '';
  let rowStarted = false; // distinguishes an empty last line from a row with one empty cell
  let atFieldStart = true; // a quote only opens a quoted field at the start of a field

  const endRow = () => {
    cells.push(field);
    rows.push({ line: rowLine, cells });
    cells = [];
    field = '';
    rowStarted = false;
    atFieldStart = true;
  };

  while (i < n) {
    const ch = text[i]!;
    if (ch === '"' && atFieldStart) {
      // Quoted field: read to the closing quote, keeping doubled quotes as one.
      rowStarted = true;
      atFieldStart = false;
      i++;
      let buf = '';
      while (i < n) {
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            buf += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\r') {
          buf += text[i + 1] === '\n' ? '\r\n' : '\r';
          i += text[i + 1] === '\n' ? 2 : 1;
          line++;
          continue;
        }
        if (c === '\n') line++;
        buf += c;
        i++;
      }
      field = buf;
      // Text after the closing quote (malformed) is kept rather than lost.
      while (i < n && text[i] !== delim && text[i] !== '\n' && text[i] !== '\r') {
        field += text[i];
        i++;
      }
      continue;
    }
    if (ch === delim) {
      cells.push(field);
      field = '';
      rowStarted = true;
      atFieldStart = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
      continue;
    }
    field += ch;
    rowStarted = true;
    atFieldStart = false;
    i++;
  }
  if (rowStarted || field !== '' || cells.length > 0) endRow();
  return rows;
}

/** True when every cell of the row is blank. */
export function isBlankRow(row: CsvRow): boolean {
  return row.cells.every((c) => c.trim() === '');
}
