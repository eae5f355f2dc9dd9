import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_LIMITS, readCsv } from '../../src/cli/csv.js';
import { cutBytes } from '../utils/chunks.js';

async function* chunksOf(parts: readonly (string | Uint8Array)[]) {
  yield* parts;
}

async function table(parts: readonly (string | Uint8Array)[], delimiter?: ',' | ';' | '\t') {
  const read = await readCsv(chunksOf(parts), { delimiter });
  const rows = [];
  for await (const row of read.rows) rows.push(row);
  return { delimiter: read.delimiter, header: read.header, rows };
}

async function failure(parts: readonly (string | Uint8Array)[]) {
  try {
    await table(parts);
  } catch (error) {
    return error as { code: string; issues: { path: string; message: string }[] };
  }
  throw new Error('expected readCsv to fail');
}

describe('readCsv', () => {
  describe('the delimiter', () => {
    it.each([
      ['a comma', 'id,stream,amount\nr1,x,1\n', ','],
      ['a semicolon', 'id;stream;amount\nr1;x;1,5\n', ';'],
      ['a tab', 'id\tstream\tamount\nr1\tx\t1\n', '\t'],
    ] as const)('is detected from the header row: %s', async (_, text, delimiter) => {
      const read = await table([text]);
      expect(read.delimiter).toBe(delimiter);
      expect(read.header).toEqual(['id', 'stream', 'amount']);
      expect(read.rows[0]!.cells[0]).toBe('r1');
    });

    it('ignores delimiters inside a quoted header name', async () => {
      expect((await table(['"a;b",c,d\n1,2,3\n'])).delimiter).toBe(',');
    });

    it('takes the one given over the header', async () => {
      const read = await table(['a;b,c\n1;2,3\n'], ',');
      expect(read.header).toEqual(['a;b', 'c']);
    });

    it('is found when the header row arrives one byte at a time', async () => {
      const bytes = new TextEncoder().encode('\ufeffID;Flux;Montant;Reçu le\r\nr1;sponsorship;1,5;2026-03-01');
      const read = await table([...bytes].map((b) => new Uint8Array([b])));
      expect(read.delimiter).toBe(';');
      expect(read.header).toEqual(['ID', 'Flux', 'Montant', 'Reçu le']);
      expect(read.rows).toEqual([{ line: 2, cells: ['r1', 'sponsorship', '1,5', '2026-03-01'] }]);
    });
  });

  describe('rows and their lines', () => {
    it('reads a byte order mark, CRLF, and a missing final line end', async () => {
      const read = await table(['\ufeffid,amount\r\nr1,10.00\r\nr2,"1,5"']);
      expect(read.header).toEqual(['id', 'amount']);
      expect(read.rows).toEqual([
        { line: 2, cells: ['r1', '10.00'] },
        { line: 3, cells: ['r2', '1,5'] },
      ]);
    });

    it('skips blank rows, and rows of empty fields as a spreadsheet writes them, counting their lines', async () => {
      const read = await table(['id;amount\n\nr1;1\n;\n   \nr2;2\n']);
      expect(read.rows).toEqual([
        { line: 3, cells: ['r1', '1'] },
        { line: 6, cells: ['r2', '2'] },
      ]);
    });

    it('reads quotes, doubled quotes and line breaks in a field, naming the line each row starts on', async () => {
      const read = await table(['id,note\r\n1,"say ""hi""\r\nthere"\r\n2,"a\nb\nc"\r\n3,x']);
      expect(read.rows).toEqual([
        { line: 2, cells: ['1', 'say "hi"\r\nthere'] },
        { line: 4, cells: ['2', 'a\nb\nc'] },
        { line: 7, cells: ['3', 'x'] },
      ]);
    });

    it('keeps a trailing empty header column when its cells are empty', async () => {
      const read = await table(['id;amount;\nr1;1;\n']);
      expect(read.header).toEqual(['id', 'amount', '']);
      expect(read.rows[0]!.cells).toEqual(['r1', '1', '']);
    });
  });

  describe('errors', () => {
    it('names the line of a row whose field count is not the header', async () => {
      const error = await failure(['a,b\n1,2\n3\n']);
      expect(error.code).toBe('csv_malformed');
      expect(error.issues).toEqual([{ code: 'csv_malformed', path: 'line 3', message: 'Expected 2 fields as in the header, got 1' }]);
    });

    it('says that a decimal comma in a comma-separated file must be quoted', async () => {
      const error = await failure(['id,amount\nr1,1000,50\n']);
      expect(error.issues[0]!.message).toContain('quote an amount with a decimal comma');
    });

    it('refuses an empty input, a blank header, an unclosed quote and a stray quote, naming the line', async () => {
      expect((await failure([''])).issues[0]!.path).toBe('line 1');
      expect((await failure(['\n\n'])).code).toBe('csv_malformed');
      expect((await failure(['a\n1\n"x'])).issues[0]).toMatchObject({ code: 'csv_malformed', path: 'line 3', message: 'Expected a quoted field to be closed, got the end of the input' });
      expect((await failure(['a,b\n1,2\n"x"y,2\n'])).issues[0]).toMatchObject({ code: 'csv_malformed', path: 'line 3' });
    });

    it('refuses a value in a column without a header', async () => {
      expect((await failure(['id;amount;\nr1;1;note\n'])).issues[0]).toMatchObject({ path: 'line 2', message: 'Expected field 3 to be empty like its header, got a value' });
    });

    it('refuses a header that is not UTF-8 (a sheet saved in a Windows code page)', async () => {
      const latin1 = new Uint8Array([...new TextEncoder().encode('id;Re'), 0xe7, ...new TextEncoder().encode('u le\r\n')]);
      expect((await failure([latin1])).issues[0]).toMatchObject({ code: 'csv_not_utf8', path: 'line 1' });
    });

    it('refuses a row that is not UTF-8, at its line, rather than read two ids as one', async () => {
      // Windows-1252 `société-1` and `sociètè-1`: both would decode to `soci\ufffdt\ufffd-1`.
      const enc = new TextEncoder();
      const rows = new Uint8Array([...enc.encode('id;stream;amount;date\nsoci'), 0xe9, 0x74, 0xe9, ...enc.encode('-1;sponsorship;1;2026-03-01\n')]);
      expect((await failure([rows])).issues[0]).toMatchObject({ code: 'csv_not_utf8', path: 'line 2' });
      expect((await failure(['id;note\nr1;a\ufffdb\n'])).issues[0]).toMatchObject({ code: 'csv_not_utf8', path: 'line 2' });
    });
  });

  describe('limits', () => {
    it(`refuses a field over ${CSV_LIMITS.fieldChars} characters, naming its line`, async () => {
      const error = await failure([`id,note\nr1,x\nr2,${'y'.repeat(CSV_LIMITS.fieldChars + 1)}\n`]);
      expect(error.issues[0]).toEqual({ code: 'csv_too_large', path: 'line 3', message: `Expected a field of at most ${CSV_LIMITS.fieldChars} characters, got ${CSV_LIMITS.fieldChars + 1}` });
      await expect(table([`id,note\nr1,${'y'.repeat(CSV_LIMITS.fieldChars)}\n`])).resolves.toBeDefined();
    });

    it('refuses a row over 64 KiB, naming its line', async () => {
      const cells = Array.from({ length: 10 }, () => 'z'.repeat(7_000)).join(',');
      const error = await failure([`${'h,'.repeat(9)}h\n${cells}\n`]);
      expect(error.issues[0]).toMatchObject({ code: 'csv_too_large', path: 'line 2' });
    });

    it('stops reading at a 100 MB field: it never pulls more than a few chunks of it', async () => {
      let pulled = 0;
      const piece = new TextEncoder().encode('x'.repeat(65_536));
      async function* huge() {
        yield new TextEncoder().encode('id,note\nr1,"');
        for (let i = 0; i < 1_600; i += 1) {
          pulled += piece.length;
          yield piece;
        }
      }
      // The parser reads ahead: the error may come with the header or with the first row.
      const rows = async () => {
        for await (const row of (await readCsv(huge())).rows) void row;
      };
      await expect(rows()).rejects.toMatchObject({ code: 'csv_too_large', issues: [{ path: 'line 2' }] });
      expect(pulled).toBeLessThan(1_000_000);
    });

    it('refuses a header row over 64 KiB without reading on', async () => {
      let pulled = 0;
      async function* noLineEnd() {
        for (let i = 0; i < 1_600; i += 1) {
          pulled += 1;
          yield 'h'.repeat(65_536);
        }
      }
      await expect(readCsv(noLineEnd())).rejects.toMatchObject({ code: 'csv_too_large', issues: [{ path: 'line 1' }] });
      expect(pulled).toBeLessThanOrEqual(2);
    });
  });

  describe('properties', () => {
    it('reads the same rows however the text is cut into chunks', async () => {
      const cell = fc.string({ unit: fc.constantFrom('a', ',', ';', '"', '\n', '\r\n', 'é') });
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { maxLength: 6 }), async (rows, cuts) => {
          const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
          const text = `x,y\n${rows.map(([a, b]) => `${quote(a)},${quote(b)}`).join('\n')}\n`;
          const bytes = new TextEncoder().encode(text);
          const got = await table(cutBytes(bytes, cuts));
          // Rows whose two fields are empty are blank rows, skipped.
          expect(got.rows.map((r) => r.cells)).toEqual(rows.filter(([a, b]) => a.trim() !== '' || b.trim() !== ''));
        }),
        { numRuns: 300 },
      );
    });
  });
});
