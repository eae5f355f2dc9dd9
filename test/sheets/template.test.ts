import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import * as hyperformula from 'hyperformula';
import { HyperFormula } from 'hyperformula';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPartnershipFunctions } from '../../src/hyperformula/index.js';
import { PARTNERSHIP_TRACKER_HEADERS, TRACKER_COLUMNS } from '../../src/sheets/index.js';

// examples/sheets/tracker-template.csv, the tracker staff copy: imported as a spreadsheet imports it
// (an empty field a blank cell, every other cell the text typed, which the engine reads as a number,
// a percentage or a formula as it reads a typed cell), then computed.
const csv = readFileSync(resolve(import.meta.dirname, '../../examples/sheets/tracker-template.csv'), 'utf8');
const rows: string[][] = parse(csv);
const cells = rows.map((row) => row.map((cell) => (cell === '' ? null : cell)));

let plugin: unknown;
beforeAll(() => {
  plugin = registerPartnershipFunctions(hyperformula);
});
afterAll(() => HyperFormula.unregisterFunctionPlugin(plugin as never));

/** The template in HyperFormula, and a row of its computed cells from a column on. */
function template() {
  const hf = HyperFormula.buildFromArray(cells, { licenseKey: 'gpl-v3' });
  return (row: number, from: number, width: number) => Array.from({ length: width }, (_, c) => hf.getCellValue({ sheet: 0, row, col: from + c }));
}
const check = TRACKER_COLUMNS.length; // AX, right of the 49 tracker columns (A:AW)
const next = check + 3; // BA, right of the three cells CHECK spills

describe('examples/sheets/tracker-template.csv', () => {
  it('starts with the header row PARTNERSHIP_TRACKER_HEADERS() gives, then a label over each result', () => {
    expect(rows[0]!.slice(0, TRACKER_COLUMNS.length)).toEqual(PARTNERSHIP_TRACKER_HEADERS()[0]);
    expect(rows[0]!.slice(check)).toEqual(['decision', 'unmet_blocking_rules', 'preference', 'next_deadline', 'next_rule', 'what_to_do']);
  });

  it('is plain CSV: three events of the same width, formulas on the header row and their own row, room for the spilled cells', () => {
    expect(rows).toHaveLength(4);
    for (const [index, row] of rows.entries()) expect(row, `line ${index + 1}`).toHaveLength(next + 3);
    for (const n of [2, 3, 4]) {
      const row = rows[n - 1]!;
      expect(row.slice(check)).toEqual([`=PARTNERSHIP_CHECK($A$1:$AW$1, A${n}:AW${n})`, '', '', `=PARTNERSHIP_NEXT_DEADLINE($A$1:$AW$1, A${n}:AW${n})`, '', '']);
      expect(row[TRACKER_COLUMNS.indexOf('as_of')]).toBe('2026-02-10');
    }
    // A formula holds commas: the file quotes it, so a spreadsheet imports it as one cell.
    expect(csv).toContain(',"=PARTNERSHIP_CHECK($A$1:$AW$1, A2:AW2)",');
  });

  it('decides the three events as of their as_of, 2026-02-10: eligible, pending, ineligible', () => {
    const at = template();
    expect(at(1, 0, 1)).toEqual(['req-1']);
    expect(at(1, check, 3)).toEqual(['eligible', '', 1]);
    // req-2: the organizer has not signed the contract (C2, C9), the releases asked for on 2026-02-02
    // are not signed (C6.2), the audio plan is not confirmed (C7): all due later, so pending.
    expect(at(2, check, 3)).toEqual(['incomplete', '', 1]);
    // req-3: TV7 films the event too, and C1 (the platform is the only film crew) blocks.
    expect(at(3, check, 3)).toEqual(['ineligible', 'C1', 1]);
  });

  it("gives the pending event's next deadline: the contract, three weeks before its start", () => {
    const at = template();
    // Lyon Dev Days starts 2026-04-18 09:00 (+02:00); C2 and C9 fall due 21 days before, on
    // 2026-03-28 09:00 event time, before C6.2 and C7 (7 days before); the tie goes to C2, first in report order.
    expect(at(2, next, 2)).toEqual(['2026-03-28 09:00', 'C2']);
    expect(at(2, next + 2, 1)[0]).toMatch(/^Agree the commercial approach in a contract signed by both parties.*\(by 28 March 2026, 09:00 event time\)\.$/);
  });

  it('leaves the next deadline blank where nothing is pending', () => {
    const at = template();
    expect(at(1, next, 3)).toEqual(['', '', '']);
    expect(at(3, next, 3)).toEqual(['', '', '']);
  });

  it('is walked through in docs/spreadsheets.md, whose Node example prints what the sheet computes', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/spreadsheets.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Start from the template'), doc.indexOf('## Google Sheets, step by step'));
    expect(section).toContain(`\`${rows[1]![check]}\``);
    expect(section).toContain(`\`${rows[1]![next]}\``);
    const at = template();
    const printed = [1, 2, 3].map((row) => `//=> ${JSON.stringify([...at(row, 0, 1), ...at(row, check, 5)])}`);
    expect(section).toContain(printed.join('\n'));
  });
});
