import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCsv } from '../../src/cli/csv.js';

async function collect(chunks: string[]) {
  const out = [];
  for await (const r of readCsv((async function* () { yield* chunks; })(), 'in.csv')) out.push(r);
  return out;
}

describe('readCsv', () => {
  it('keys each row by the header and tells the line it started on', async () => {
    const rows = await collect(['id,amount\r\nr1,10.00\r\n', '\nr2,"1,5"\n']);
    expect(rows).toEqual([
      { line: 2, values: { id: 'r1', amount: '10.00' } },
      { line: 4, values: { id: 'r2', amount: '1,5' } },
    ]);
  });

  it('reads quotes, doubled quotes and line breaks inside a quoted field', async () => {
    const rows = await collect(['id,note\n1,"say ""hi""\nthere"\n2,x']);
    expect(rows.map((r) => r.values)).toEqual([
      { id: '1', note: 'say "hi"\nthere' },
      { id: '2', note: 'x' },
    ]);
    expect(rows[1]!.line).toBe(4);
  });

  it('names the file and the line of a short row', async () => {
    await expect(collect(['a,b\n1,2\n3\n'])).rejects.toMatchObject({
      code: 'csv_malformed',
      message: 'in.csv: line 3: expected 2 fields as in the header, got 1',
    });
  });

  it('rejects an empty file and an unclosed quote', async () => {
    await expect(collect([''])).rejects.toMatchObject({ code: 'csv_malformed' });
    await expect(collect(['a\n"x'])).rejects.toMatchObject({ code: 'csv_malformed' });
  });

  describe('properties', () => {
    it('reads the same records however the text is cut into chunks', async () => {
      const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', 'é') });
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { maxLength: 6 }), async (rows, cuts) => {
          const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
          const text = `x,y\n${rows.map(([a, b]) => `${quote(a)},${quote(b)}`).join('\n')}\n`;
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((p, q) => p - q);
          const chunks: string[] = [];
          let last = 0;
          for (const p of points) { chunks.push(text.slice(last, p)); last = p; }
          chunks.push(text.slice(last));
          const got = await collect(chunks);
          expect(got.map((r) => [r.values.x, r.values.y])).toEqual(rows);
        }),
        { numRuns: 1000 },
      );
    });
  });
});
