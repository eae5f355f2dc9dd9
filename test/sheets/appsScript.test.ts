import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createContext, runInContext, type Context } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as sheets from '../../src/sheets/index.js';
import { SHEET_FUNCTIONS, type CellValue } from '../../src/sheets/index.js';
import { ELIGIBLE } from './_tracker.js';

// The Apps Script project the build writes into dist/apps-script/ (scripts/apps-script.mjs), run the
// way Apps Script runs a project: every .gs file as a plain script, in one global scope shared by
// all, in the order of the project's files (by name, as `clasp push` sends them). Google Sheets then
// calls a custom function by its global name with the cells' values: numbers, strings ('' for a
// blank cell), booleans, Dates made in the host's own scope, 2-D arrays for a range.
const folder = resolve(import.meta.dirname, '../../dist/apps-script');
const files = () => readdirSync(folder).filter((file) => file.endsWith('.gs')).sort();
const read = (file: string) => readFileSync(join(folder, file), 'utf8');

/** A new, empty script host with the project's .gs files loaded in `order`. */
function project(order: readonly string[]): Context {
  const host = createContext({});
  for (const file of order) runInContext(read(file), host, { filename: file });
  return host;
}

let host: Context;
/** Copies cells into the host's own scope: its Arrays, and its Dates, as Google Sheets builds them. */
let toHost: (value: unknown) => unknown;
beforeAll(() => {
  host = project(files());
  // An expression, so that the copier is not one more global of the project.
  toHost = runInContext(
    `(function copy(value) {
       if (Array.isArray(value)) return value.map(copy);
       if (Object.prototype.toString.call(value) === '[object Date]') return new Date(value.getTime());
       return value;
     })`,
    host,
  ) as (value: unknown) => unknown;
});

type Outcome = { result: unknown } | { error: { name: string; code: string; message: string } };
const settle = (call: () => unknown): Outcome => {
  try {
    return { result: JSON.parse(JSON.stringify(call())) as unknown };
  } catch (error) {
    const { name, code, message } = error as { name: string; code: string; message: string };
    return { error: { name, code, message } };
  }
};

/** The custom function as Google Sheets calls it: the global of that name, with the host's cells. */
function inSheet(name: string, args: readonly unknown[]): Outcome {
  const fn = (host as Record<string, (...cells: unknown[]) => unknown>)[name]!;
  return settle(() => fn(...args.map(toHost)));
}
function inEsm(name: string, args: readonly unknown[]): Outcome {
  const fn = (sheets as unknown as Record<string, (...cells: unknown[]) => unknown>)[name]!;
  return settle(() => fn(...args));
}

// A whole-day date cell in a Paris spreadsheet: Apps Script gives the Date of its midnight, in winter +01:00.
const day = (date: string) => new Date(`${date}T00:00:00+01:00`);
const DATE_COLUMNS = Object.keys(ELIGIBLE).filter((column) => column.endsWith('_on'));

/** A tracker row as Google Sheets holds it: date cells as Dates, start and end as date-time cells, a `timezone` column, blank cells as ''. */
function sheetRow(changes: Readonly<Record<string, CellValue>> = {}): [CellValue[][], CellValue[][]] {
  const row: Record<string, CellValue> = { ...ELIGIBLE, venue: '', other_film_crews: '', workshop_in_partnership: false, organizer_share: 0.5, timezone: 'Europe/Paris' };
  for (const column of DATE_COLUMNS) row[column] = day(row[column] as string);
  row.start = new Date('2026-03-14T09:00:00+01:00');
  row.end = new Date('2026-03-14T18:00:00+01:00');
  Object.assign(row, changes);
  const names = Object.keys(row).filter((name) => row[name] !== undefined);
  return [[names], [names.map((name) => row[name])]];
}

const eligible = sheetRow();
const pending = sheetRow({ releases_signed_on: '', releases_requested_on: day('2026-02-01') });
const ineligible = sheetRow({ editorial_verdict: 'rejected', light_usable: 'FAUX' });
const withAsOfColumn = sheetRow({ as_of: day('2026-02-10') });
const today = day('2026-02-10');

const CASES: readonly { name: string; args: readonly unknown[] }[] = [
  { name: 'PARTNERSHIP_SPLIT', args: [5000, 3000] },
  { name: 'PARTNERSHIP_SPLIT', args: [5000, 3000, 0.7, 'EUR'] },
  { name: 'PARTNERSHIP_SPLIT', args: [5000, 3000, '', ''] },
  { name: 'PARTNERSHIP_SPLIT', args: [1250, 0, '50%', 'JPY'] },
  { name: 'PARTNERSHIP_SPLIT', args: ['1250.50', 1000, undefined, undefined] },
  { name: 'PARTNERSHIP_SETTLE', args: [[[2000], [''], [3000], [-500]], 3000] },
  { name: 'PARTNERSHIP_SETTLE', args: [[[2000, 1500], [3000, '']], 3000, 0.6, 'EUR'] },
  { name: 'PARTNERSHIP_ALLOCATE', args: [100, [[1, 1, 1]]] },
  { name: 'PARTNERSHIP_ALLOCATE', args: [0.02, [[1, 1, 2]], ''] },
  { name: 'PARTNERSHIP_ALLOCATE', args: [1250, [[0.5], [0.25], [0.25]], 'JPY'] },
  ...[eligible, pending, ineligible].flatMap(([header, row]) => [
    { name: 'PARTNERSHIP_CHECK', args: [header, row, 'en', today] },
    { name: 'PARTNERSHIP_CHECK', args: [header, row, 'fr', today] },
    { name: 'PARTNERSHIP_EXPLAIN', args: [header, row, '', today] },
    { name: 'PARTNERSHIP_EXPLAIN', args: [header, row, 'FR', today] },
    { name: 'PARTNERSHIP_NEXT_DEADLINE', args: [header, row, today] },
    { name: 'PARTNERSHIP_NEXT_DEADLINE', args: [header, row, day('2026-01-01'), 'fr'] },
  ]),
  { name: 'PARTNERSHIP_CHECK', args: [...withAsOfColumn, 'en', undefined] },
  { name: 'PARTNERSHIP_EXPLAIN', args: [...withAsOfColumn, undefined, ''] },
  { name: 'PARTNERSHIP_NEXT_DEADLINE', args: [...withAsOfColumn, ''] },
  { name: 'PARTNERSHIP_TRACKER_HEADERS', args: [] },
  { name: 'PARTNERSHIP_TRACKER_HEADERS', args: [''] },
  { name: 'PARTNERSHIP_TRACKER_HEADERS', args: ['fr'] },
];

const ERRORS: readonly { name: string; args: readonly unknown[]; code: string }[] = [
  { name: 'PARTNERSHIP_SPLIT', args: [0.1 + 0.2, 3000], code: 'amount_scale_exceeds_currency' },
  { name: 'PARTNERSHIP_SPLIT', args: [5000, 3000, 1.5], code: 'share_out_of_range' },
  { name: 'PARTNERSHIP_SETTLE', args: [[[2000], [''], [-5000]], 3000], code: 'refund_exceeds_received' },
  { name: 'PARTNERSHIP_ALLOCATE', args: [100, [[1, 1, -1]]], code: 'weight_negative' },
  { name: 'PARTNERSHIP_CHECK', args: [...eligible, 'en', ''], code: 'as_of_missing' },
  { name: 'PARTNERSHIP_EXPLAIN', args: [...withAsOfColumn, 'en', today], code: 'invalid_argument' },
  { name: 'PARTNERSHIP_NEXT_DEADLINE', args: [...sheetRow({ editorial_verdict: 'maybe' }), today], code: 'invalid_input' },
  { name: 'PARTNERSHIP_TRACKER_HEADERS', args: ['de'], code: 'invalid_argument' },
];

describe('the Apps Script project in dist/apps-script', () => {
  it('holds the bundle, Functions.gs and the manifest, and nothing else', () => {
    expect(readdirSync(folder).sort()).toEqual(['Functions.gs', 'WebcastPartnership.gs', 'appsscript.json']);
    expect(read('WebcastPartnership.gs').endsWith(readFileSync(resolve(folder, '../webcast-partnership.global.js'), 'utf8'))).toBe(true);
  });

  it('has a manifest for the V8 runtime, exceptions logged', () => {
    expect(JSON.parse(read('appsscript.json'))).toEqual({ timeZone: 'Europe/Paris', dependencies: {}, exceptionLogging: 'STACKDRIVER', runtimeVersion: 'V8' });
  });

  it('gives every function a @customfunction JSDoc: its summary, a @param per argument in order, a @return', () => {
    const source = read('Functions.gs');
    for (const fn of SHEET_FUNCTIONS) {
      const names = fn.parameters.map((parameter) => parameter.name);
      const block = new RegExp(`/\\*\\*\\n((?: \\*.*\\n)+) \\*/\\nfunction ${fn.name}\\(${names.join(', ')}\\) \\{\\n  return WebcastPartnership\\.${fn.name}\\(${names.join(', ')}\\);\\n\\}`).exec(source);
      expect(block, fn.name).not.toBeNull();
      const lines = block![1]!.trimEnd().split('\n').map((line) => line.slice(3));
      expect(lines[0]).toBe(fn.summary);
      expect(lines.slice(1, -2).map((line) => /^@param \{[^}]+\} (\S+) \S/.exec(line)?.[1])).toEqual(fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)));
      expect(lines.at(-2)).toMatch(/^@return \S/);
      expect(lines.at(-1)).toBe('@customfunction');
    }
  });

  it('is shown in docs/spreadsheets.md as generated', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/spreadsheets.md'), 'utf8');
    const shown = /A wrapper is no more than this:\n\n```js\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(shown).toBeDefined();
    expect(read('Functions.gs')).toContain(shown);
  });

  it('adds one global per function and WebcastPartnership, whatever the order of the files', () => {
    const names = (context: Context) => runInContext('Reflect.ownKeys(globalThis).map(String).sort()', context) as string[];
    const before = names(createContext({}));
    const added = names(host).filter((name) => !before.includes(name));
    expect(added).toEqual([...SHEET_FUNCTIONS.map((fn) => fn.name), 'WebcastPartnership'].sort());
    // The wrappers read WebcastPartnership when called, so the bundle may load after them, or before.
    const reversed = project([...files()].reverse());
    expect(JSON.stringify(runInContext('PARTNERSHIP_SPLIT(5000, 3000)', reversed))).toBe('[[4000,1000]]');
  });

  it('calls every custom function in a case below', () => {
    expect(new Set(CASES.map((c) => c.name))).toEqual(new Set(SHEET_FUNCTIONS.map((fn) => fn.name)));
    expect(new Set(ERRORS.map((c) => c.name))).toEqual(new Set(SHEET_FUNCTIONS.map((fn) => fn.name)));
  });

  it('gives the golden results of a tracker filled in Google Sheets', () => {
    expect(inSheet('PARTNERSHIP_SPLIT', [5000, 3000])).toEqual({ result: [[4000, 1000]] });
    expect(inSheet('PARTNERSHIP_CHECK', [...eligible, 'en', today])).toEqual({ result: [['eligible', '', 0.4]] });
    expect(inSheet('PARTNERSHIP_CHECK', [...ineligible, 'en', today])).toMatchObject({ result: [['ineligible', expect.stringContaining('C4'), expect.anything()]] });
    // Dates in a row with a timezone column: deadlines in the event's local time.
    expect(inSheet('PARTNERSHIP_EXPLAIN', [...eligible, 'en', today])).toMatchObject({ result: expect.arrayContaining([['C6.1', 'speakers-informed', 'met', '2026-02-21 09:00', '']]) });
  });
});

describe.each(CASES.map((c, index) => ({ ...c, label: `${c.name} #${index}` })))('$label', ({ name, args }) => {
  it('gives, called as Google Sheets calls it, what the ESM entry gives on the same cells', () => {
    const expected = inEsm(name, args);
    expect(expected).toHaveProperty('result');
    expect(inSheet(name, args)).toEqual(expected);
  });
});

describe('errors', () => {
  it.each(ERRORS)('$name throws $code as an Error of the host, with the message of the ESM entry', ({ name, args, code }) => {
    const expected = inEsm(name, args);
    expect(expected).toMatchObject({ error: { name: 'PartnershipError', code } });
    expect(inSheet(name, args)).toEqual(expected);
    // Apps Script shows a thrown Error's message as the #ERROR! tooltip: it must be an Error of its scope.
    const fn = (host as Record<string, (...cells: unknown[]) => unknown>)[name]!;
    let error: unknown;
    try {
      fn(...args.map(toHost));
    } catch (caught) {
      error = caught;
    }
    expect(error instanceof (runInContext('Error', host) as ErrorConstructor)).toBe(true);
    expect((error as Error).message).toBe((expected as { error: { message: string } }).error.message);
  });
});
