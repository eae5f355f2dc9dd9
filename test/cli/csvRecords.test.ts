import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/cli/csv.js';
import { cutBytes } from '../utils/chunks.js';

// The reader splits plain lines itself and hands the rest to csv-parse: its rows and errors are
// checked here against csv-parse's own verdict on the whole text, read with the CLI's checks.

type Outcome = { header?: string[] | undefined; rows: { line: number; cells: string[] }[]; error?: { code: string; path: string; message: string } };

async function* chunksOf(parts: readonly Uint8Array[]) {
  yield* parts;
}

/** What readCsv gives: the header, the rows before an error, the error (at the header or in the rows). */
async function read(parts: readonly Uint8Array[], delimiter: ',' | ';'): Promise<Outcome> {
  const rows: Outcome['rows'] = [];
  let header: string[] | undefined;
  try {
    const table = await readCsv(chunksOf(parts), { delimiter });
    header = [...table.header];
    for await (const row of table.rows) rows.push({ line: row.line, cells: [...row.cells] });
  } catch (error) {
    const { code, issues } = error as { code: string; issues: { path: string; message: string }[] };
    return { header, rows, error: { code, path: issues[0]!.path, message: issues[0]!.message } };
  }
  return { header, rows };
}

const FIELD = 8_192;

/** csv-parse's records of the whole text, with the CLI's checks of each record, in order. */
function expected(bytes: Uint8Array, delimiter: ',' | ';'): Outcome {
  const records = parse(Buffer.from(bytes), { delimiter, bom: true, relax_column_count: true, skip_empty_lines: false, max_record_size: 65_536 }) as string[][];
  const rows: Outcome['rows'] = [];
  const fail = (code: string, line: number, message: string): Outcome => ({ header, rows, error: { code, path: `line ${line}`, message } });
  let header: string[] | undefined;
  let line = 1;
  for (const cells of records) {
    const start = line;
    line += 1;
    for (const cell of cells) {
      if (cell.length > FIELD) return fail('csv_too_large', start, `Expected a field of at most ${FIELD} characters, got ${cell.length}`);
      if (cell.includes('\ufffd')) return fail('csv_not_utf8', start, 'Expected UTF-8 text, got other bytes (or the replacement character U+FFFD): save the sheet as «CSV UTF-8»');
      for (let i = 0; i < cell.length; i += 1) {
        if (cell[i] === '\n' || cell[i] === '\r') line += 1;
        if (cell[i] === '\r' && cell[i + 1] === '\n') i += 1;
      }
    }
    const blank = cells.every((c) => c.trim() === '');
    if (header === undefined) {
      if (blank) return { rows, error: { code: 'csv_malformed', path: 'line 1', message: 'Expected a header row naming the columns, got an empty line or an empty input' } };
      header = cells.map((c) => c.trim());
      continue;
    }
    if (blank) continue;
    if (cells.length !== header.length) {
      const hint = delimiter === ',' && cells.length > header.length ? '; in a comma-separated file, quote an amount with a decimal comma ("1000,50") or separate the fields with `;`' : '';
      return fail('csv_malformed', start, `Expected ${header.length} fields as in the header, got ${cells.length}${hint}`);
    }
    const named = cells.findIndex((cell, i) => header![i] === '' && cell.trim() !== '');
    if (named >= 0) return fail('csv_malformed', start, `Expected field ${named + 1} to be empty like its header, got a value`);
    rows.push({ line: start, cells });
  }
  if (header === undefined) return { rows, error: { code: 'csv_malformed', path: 'line 1', message: 'Expected a header row naming the columns, got an empty line or an empty input' } };
  return { header, rows };
}

const enc = new TextEncoder();
const bytesOf = (text: string) => enc.encode(text);

describe('readCsv against csv-parse', () => {
  it('reads plain lines, then hands a quoted line and the rest to csv-parse', async () => {
    const text = 'id;note\r\nr1;a\r\nr2;"b;\r\nc"\r\nr3;d\r\n';
    expect(await read([bytesOf(text)], ';')).toEqual({
      header: ['id', 'note'],
      rows: [
        { line: 2, cells: ['r1', 'a'] },
        { line: 3, cells: ['r2', 'b;\r\nc'] },
        { line: 5, cells: ['r3', 'd'] },
      ],
    });
  });

  it('fails before the header when csv-parse refuses the first chunk, dropping its rows', async () => {
    // Row 2 would be a good row: csv-parse drops it with the chunk it refuses.
    expect(await read([bytesOf('id,amount\nr1,1\nr2,"1"x\n')], ',')).toEqual({
      header: undefined,
      rows: [],
      error: { code: 'csv_malformed', path: 'line 3', message: 'Expected a delimiter or a line end after a closing quote, got more text' },
    });
  });

  it('hands out the rows of the chunks before the one csv-parse refuses', async () => {
    // Row r1 ends in the first chunk, with a byte to spare: it is taken with that chunk.
    expect(await read([bytesOf('id,amount\nr1,1\nr'), bytesOf('2,"1"x\n')], ',')).toEqual({
      header: ['id', 'amount'],
      rows: [{ line: 2, cells: ['r1', '1'] }],
      error: { code: 'csv_malformed', path: 'line 3', message: 'Expected a delimiter or a line end after a closing quote, got more text' },
    });
    // A row whose line end is the last byte of a chunk is taken with the next chunk, as csv-parse does.
    expect(await read([bytesOf('id,amount\nr0,0\nr1,1\n'), bytesOf('r2,"1"x\n')], ',')).toEqual({
      header: ['id', 'amount'],
      rows: [{ line: 2, cells: ['r0', '0'] }],
      error: { code: 'csv_malformed', path: 'line 4', message: 'Expected a delimiter or a line end after a closing quote, got more text' },
    });
  });

  it('reads a stray CR as text, as csv-parse does (LF file), and a lone LF in a CRLF file', async () => {
    for (const text of ['id,note\nr1,a\rb\nr2,c\n', 'id,note\r\nr1,a\nb\r\nr2,c\r\n', 'id,note\rr1,a\r']) {
      expect(await read([bytesOf(text)], ',')).toEqual(expected(bytesOf(text), ','));
    }
  });

  describe('properties', () => {
    // Cells of plain text, delimiters, quotes, line ends, accents, a replacement character.
    const unit = fc.constantFrom('a', 'b', ' ', ',', ';', '"', '\n', '\r\n', '\r', 'é', '€', '\ufffd');
    const plain = fc.constantFrom('a', 'b', 'r1', ' ', 'é', '10,5', '2026-03-01');

    /** A CSV text: a header of `width` names, rows of plain or quoted cells (sometimes too many or too few), blank lines. */
    const csv = fc.record({
      delimiter: fc.constantFrom(',' as const, ';' as const),
      eol: fc.constantFrom('\n', '\r\n'),
      bom: fc.boolean(),
      finalEol: fc.boolean(),
      width: fc.integer({ min: 1, max: 4 }),
      rows: fc.array(
        fc.oneof(
          { weight: 6, arbitrary: fc.array(plain, { minLength: 1, maxLength: 5 }).map((cells) => ({ kind: 'plain' as const, cells })) },
          { weight: 2, arbitrary: fc.array(fc.string({ unit, maxLength: 6 }), { minLength: 1, maxLength: 5 }).map((cells) => ({ kind: 'quoted' as const, cells })) },
          { weight: 1, arbitrary: fc.constant({ kind: 'blank' as const, cells: [] as string[] }) },
          { weight: 1, arbitrary: fc.string({ unit, maxLength: 8 }).map((raw) => ({ kind: 'raw' as const, cells: [raw] })) },
        ),
        { maxLength: 40 },
      ),
    });

    function textOf({ delimiter, eol, bom, finalEol, width, rows }: typeof csv extends fc.Arbitrary<infer File> ? File : never, widthOk: boolean): string {
      const header = Array.from({ length: width }, (_, i) => `h${i}`).join(delimiter);
      const lines = rows.map(({ kind, cells }) => {
        if (kind === 'blank') return '';
        // Rows of the header's width, unless the property lets them differ.
        const fitted = widthOk ? Array.from({ length: width }, (_, i) => cells[i % cells.length]!.replace(/[,;]/g, kind === 'plain' ? '.' : '$&')) : cells;
        if (kind === 'plain') return fitted.join(delimiter);
        if (kind === 'quoted') return fitted.map((c) => `"${c.replace(/"/g, '""')}"`).join(delimiter);
        // Raw text: a quote in it is a malformed field, a CR or LF a line end or text.
        return fitted.join(delimiter);
      });
      return `${bom ? '\ufeff' : ''}${header}${eol}${lines.join(eol)}${finalEol ? eol : ''}`;
    }

    it('gives csv-parse’s rows, and the first problem at its line, however the input is cut', async () => {
      await fc.assert(
        fc.asyncProperty(csv, fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), async (file, widthOk, cuts) => {
          const bytes = bytesOf(textOf(file, widthOk));
          let want: Outcome;
          try {
            want = expected(bytes, file.delimiter);
          } catch {
            // csv-parse refuses the text: the reader gives its error, or the problem of a row before it
            // (which of the two depends on the chunks, as it did with csv-parse alone); see below.
            const got = await read(cutBytes(bytes, cuts), file.delimiter);
            expect(got.error?.code).toMatch(/^csv_(malformed|too_large|not_utf8)$/);
            return;
          }
          expect(await read(cutBytes(bytes, cuts), file.delimiter)).toEqual(want);
        }),
        { numRuns: 1_500 },
      );
    });

    it('gives csv-parse’s error at its line when a malformed field follows plain rows', async () => {
      const bad = fc.constantFrom('"x"y', 'a"b', '"open');
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 30 }), bad, fc.constantFrom('\n', '\r\n'), fc.array(fc.nat(), { maxLength: 6 }), async (before, field, eol, cuts) => {
          const lines = ['id,note', ...Array.from({ length: before }, (_, i) => `r${i},n`), `rx,${field}`, 'ry,n'];
          const bytes = bytesOf(lines.join(eol) + eol);
          let refused = { code: '', lines: 0 };
          try {
            parse(Buffer.from(bytes), { delimiter: ',', bom: true, relax_column_count: true, skip_empty_lines: false });
          } catch (error) {
            refused = error as { code: string; lines: number };
          }
          const got = await read(cutBytes(bytes, cuts), ',');
          expect(['CSV_INVALID_CLOSING_QUOTE', 'INVALID_OPENING_QUOTE', 'CSV_QUOTE_NOT_CLOSED']).toContain(refused.code);
          expect(got.error).toMatchObject({ code: 'csv_malformed', path: `line ${refused.lines}` });
          // The rows handed out before it are the first good rows, in order.
          expect(got.rows).toEqual(got.rows.map((_, i) => ({ line: i + 2, cells: [`r${i}`, 'n'] })));
        }),
        { numRuns: 300 },
      );
    });

    it('reads bytes that are not UTF-8 as csv-parse does: refused at their row', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 10 }), fc.constantFrom([0xe9], [0xf0, 0x9f, 0x98], [0xc3]), fc.array(fc.nat(), { maxLength: 4 }), async (before, bad, cuts) => {
          const head = bytesOf(`id;note\n${Array.from({ length: before }, (_, i) => `r${i};n\n`).join('')}soci`);
          const bytes = new Uint8Array([...head, ...bad, ...bytesOf(';t\nr;n\n')]);
          expect(await read(cutBytes(bytes, cuts), ';')).toEqual(expected(bytes, ';'));
        }),
        { numRuns: 200 },
      );
    });
  });
});
