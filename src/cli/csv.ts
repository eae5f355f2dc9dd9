import { PartnershipError } from '../errors.js';

/** One CSV record, keyed by the header row, with the line it started on. */
export interface CsvRecord {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/**
 * Reads RFC 4180 CSV from chunks, one record at a time, so a file of 10^6 rows
 * is never held whole. The first row is the header. Quoted fields may hold
 * commas, doubled quotes and line breaks; CRLF and LF both end a row.
 */
export async function* readCsv(chunks: AsyncIterable<string | Uint8Array>, source: string): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let header: string[] | undefined;
  let field = '';
  let row: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let rowLine = 1;
  let pendingCr = false;

  const bad = (message: string): never => {
    throw new PartnershipError('csv_malformed', `${source}: line ${rowLine}: ${message}`, [
      { code: 'csv_malformed', path: `${source}:${rowLine}`, message },
    ]);
  };

  const endRow = (): CsvRecord | undefined => {
    row.push(field);
    field = '';
    const cells = row;
    row = [];
    const started = rowLine;
    rowLine = line;
    if (cells.length === 1 && cells[0] === '') return undefined; // blank line
    if (header === undefined) {
      header = cells.map((c, i) => (i === 0 ? c.replace(/^\ufeff/, '') : c).trim());
      if (new Set(header).size !== header.length) bad('the header row names a column twice');
      return undefined;
    }
    if (cells.length !== header.length) {
      rowLine = started;
      bad(`expected ${header.length} fields as in the header, got ${cells.length}`);
    }
    const values: Record<string, string> = Object.create(null) as Record<string, string>;
    header.forEach((name, i) => {
      values[name] = cells[i]!;
    });
    return { line: started, values };
  };

  const feed = function* (text: string): Generator<CsvRecord> {
    for (let i = 0; i < text.length; i += 1) {
      const c = text[i]!;
      if (pendingCr) {
        pendingCr = false;
        if (c === '\n') continue;
      }
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 1;
          } else {
            // Closing, unless the next chunk starts with a second quote (see below).
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c === '\n') line += 1;
          field += c;
        }
        continue;
      }
      if (afterQuote && c === '"') {
        // The doubled quote was split across two chunks.
        field += '"';
        quoted = true;
        afterQuote = false;
        continue;
      }
      if (c === ',') {
        row.push(field);
        field = '';
        afterQuote = false;
      } else if (c === '\n' || c === '\r') {
        if (c === '\r') pendingCr = true;
        line += 1;
        afterQuote = false;
        const record = endRow();
        if (record) yield record;
      } else if (c === '"' && field === '' && !afterQuote) {
        quoted = true;
      } else {
        if (afterQuote) bad('unexpected text after a closing quote');
        field += c;
      }
    }
  };

  for await (const chunk of chunks) {
    yield* feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  }
  yield* feed(decoder.decode());
  if (quoted) bad('a quoted field is not closed');
  if (field !== '' || row.length > 0) {
    const record = endRow();
    if (record) yield record;
  }
  if (header === undefined) bad('the file is empty: expected a header row');
}
