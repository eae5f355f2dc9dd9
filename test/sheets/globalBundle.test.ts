import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';

// The global bundle pasted into an empty script host, the way a Google Apps Script
// project sees a library: no module system, no Node, one global `WebcastPartnership`.
type Global = Record<string, (...args: unknown[]) => unknown>;
let context: Record<string, unknown>;
let code: string;

beforeAll(() => {
  code = readFileSync(resolve(import.meta.dirname, '../../dist/webcast-partnership.global.js'), 'utf8');
  context = createContext({});
  runInContext(code, context);
  // What an Apps Script project adds: one @customfunction wrapper per function.
  runInContext(
    `/** @customfunction */
     function PARTNERSHIP_SPLIT(received, breakeven, share, currency) { return WebcastPartnership.PARTNERSHIP_SPLIT(received, breakeven, share, currency); }
     function tryIt(fn) { try { return fn(); } catch (e) { return { name: e.name, code: e.code, message: e.message, isOurs: WebcastPartnership.isPartnershipError(e) }; } }`,
    context,
  );
});

/** The names a script host's global object holds, own and symbol keys alike. */
function globalNames(sandbox: Record<string, unknown>): string[] {
  return runInContext('Reflect.ownKeys(globalThis).map(String).sort()', sandbox) as string[];
}

describe('the global bundle in an empty vm context', () => {
  it('adds exactly one global, WebcastPartnership, and none of zod\'s (__zod_globalConfig)', () => {
    const sandbox = createContext({});
    const before = globalNames(sandbox);
    runInContext(code, sandbox);
    expect(globalNames(sandbox).filter((name) => !before.includes(name))).toEqual(['WebcastPartnership']);
    expect(before.filter((name) => !globalNames(sandbox).includes(name))).toEqual([]);
  });

  it('adds no global while its functions parse through zod', () => {
    const sandbox = createContext({});
    runInContext(code, sandbox);
    const header = ['request_id', 'title', 'organizer', 'start', 'end', 'city', 'editorial_verdict', 'editorial_verdict_on'];
    const row = ['req-1', 'Web Days', 'org-1', '2026-03-14T09:00:00+01:00', '2026-03-14T18:00:00+01:00', 'Paris', 'maybe', '2026-01-15'];
    sandbox.header = [header];
    sandbox.row = [row];
    sandbox.good = [[...row.slice(0, 6), 'approved', '2026-01-15']];
    const loaded = globalNames(sandbox);
    // A valid row is parsed by the zod schema; a bad one is refused by it, with zod's issue in our words.
    expect(runInContext('WebcastPartnership.PARTNERSHIP_CHECK(header, good, "en", "2026-02-10")[0][0]', sandbox)).toBe('ineligible');
    expect(runInContext('try { WebcastPartnership.PARTNERSHIP_CHECK(header, row, "en", "2026-02-10") } catch (e) { e.message }', sandbox)).toContain('Expected column `editorial_verdict` to be one of `approved`, `rejected`, `pending`, got `maybe`');
    expect(globalNames(sandbox)).toEqual(loaded);
  });

  it('lists the functions on WebcastPartnership', () => {
    expect(typeof context.WebcastPartnership).toBe('object');
    const names = Object.keys(context.WebcastPartnership as object).sort();
    expect(names).toEqual(
      expect.arrayContaining([
        'PARTNERSHIP_ALLOCATE',
        'PARTNERSHIP_CHECK',
        'PARTNERSHIP_EXPLAIN',
        'PARTNERSHIP_NEXT_DEADLINE',
        'PARTNERSHIP_SETTLE',
        'PARTNERSHIP_SPLIT',
        'PARTNERSHIP_TRACKER_HEADERS',
        'isPartnershipError',
      ]),
    );
  });

  it('runs the tracker functions with what Apps Script passes: Date cells and a Date as_of (TODAY())', () => {
    const sandbox = createContext({});
    runInContext(code, sandbox);
    const header = ['request_id', 'title', 'organizer', 'start', 'end', 'city', 'speakers', 'speakers_informed_on', 'editorial_verdict', 'editorial_verdict_on', 'timezone'];
    // Apps Script hands date cells over as Dates made in the spreadsheet's time zone (here Paris, +01:00).
    // The Dates are the host's own (made in the context); one made outside it is read the same (isDate).
    const row = ['req-1', 'Web Days', 'org-1', 'START', new Date('2026-03-14T17:00:00Z'), 'Paris', 3, new Date('2026-01-19T23:00:00Z'), 'approved', new Date('2026-01-14T23:00:00Z'), 'Europe/Paris'];
    Object.assign(sandbox, { header: [header], row: [row] });
    runInContext('row[0][3] = new Date("2026-03-14T08:00:00Z"); var today = new Date("2026-02-09T23:00:00Z")', sandbox);
    const run = (source: string) => JSON.parse(JSON.stringify(runInContext(source, sandbox))) as unknown[][];
    const explained = run('WebcastPartnership.PARTNERSHIP_EXPLAIN(header, row, "fr", today)');
    expect(explained.map((line) => line[0])).toEqual(['C0', 'NB', 'C1', 'C2', 'C2.2', 'C2.3', 'C2.5', 'C3', 'C4', 'C5', 'C5.b', 'C6.1', 'C6.2', 'C6.3', 'C6.4', 'C7', 'C8', 'C8.b', 'C9', 'C9.3', 'C9.4', 'C10', 'C11']);
    expect(explained[11]!.slice(0, 4)).toEqual(['C6.1', 'speakers-informed', 'met', '2026-02-21 09:00']);
    expect(run('WebcastPartnership.PARTNERSHIP_NEXT_DEADLINE(header, row, today)')[0]!.slice(0, 2)).toEqual(['2026-02-21 09:00', 'C2']);
    expect(run('WebcastPartnership.PARTNERSHIP_TRACKER_HEADERS("fr")')[0]!.slice(0, 2)).toEqual(['id_demande', 'mode_couverture']);
    expect(runInContext('try { WebcastPartnership.PARTNERSHIP_CHECK(header, row) } catch (e) { e.code }', sandbox)).toBe('as_of_missing');
    // Without the zone, a Date is read in UTC: the deadlines are said at +00:00.
    runInContext('header[0].pop(); row[0].pop()', sandbox);
    expect(run('WebcastPartnership.PARTNERSHIP_EXPLAIN(header, row, "fr", today)')[11]![3]).toBe('2026-02-21 08:00');
  });

  it('runs every function with sheet-shaped arguments', () => {
    const wp = context.WebcastPartnership as Global;
    expect(JSON.parse(JSON.stringify(runInContext('PARTNERSHIP_SPLIT(5000, 3000)', context)))).toEqual([[4000, 1000]]);
    expect(JSON.parse(JSON.stringify(wp.PARTNERSHIP_SETTLE!([[2000], [3000], ['']], 3000, '', '')))).toEqual([[0], [1000], ['']]);
    expect(JSON.parse(JSON.stringify(wp.PARTNERSHIP_ALLOCATE!(0.02, [[1, 1, 2]])))).toEqual([[0.01, 0, 0.01]]);
    expect(JSON.parse(JSON.stringify(wp.PARTNERSHIP_ALLOCATE!(1250, [[1, 1]], 'JPY')))).toEqual([[625, 625]]);
  });

  it('throws an error that the host shows with the library message', () => {
    const error = runInContext("tryIt(() => PARTNERSHIP_SPLIT(0.1 + 0.2, 3000))", context) as Record<string, unknown>;
    expect(error).toEqual({
      name: 'PartnershipError',
      code: 'amount_scale_exceeds_currency',
      message: 'Expected `received` to be an amount with at most 2 decimals in EUR, got `0.30000000000000004`',
      isOurs: true,
    });
  });

  it("leaves the host's Object.prototype alone", () => {
    const before = Object.getOwnPropertyNames(runInContext('Object.prototype', context) as object).sort();
    runInContext('PARTNERSHIP_SPLIT(1, 0)', context);
    expect(Object.getOwnPropertyNames(runInContext('Object.prototype', context) as object).sort()).toEqual(before);
  });
});
