/* eslint-disable @typescript-eslint/no-explicit-any -- hostile inputs are anything */
// Period statements that are not what statementForPeriod returns, each with the path its error must
// name: the values that made statementCsv and statementHtml throw a TypeError or overflow the stack.
import { statementForPeriod } from '../../src/documents/index.js';
import { webDays } from './demo.js';

/** The demo's March as JSON: what a caller would read back from a file. */
export const marchJson = (): any => JSON.parse(JSON.stringify(statementForPeriod(webDays().statement, { from: '2026-03', to: '2026-03' })));

function deepArray(depth: number): unknown[] {
  const root: unknown[] = [];
  let at = root;
  for (let i = 0; i < depth; i += 1) at = (at[0] = []) as unknown[];
  return root;
}

/** `[what, the period, the path named]`. */
export function malformedPeriods(): [string, unknown, string][] {
  const at = (change: (period: any) => void): unknown => {
    const period = marchJson();
    change(period);
    return period;
  };
  return [
    ['null', null, 'period'],
    ['an amount with a null prototype', at((p) => (p.lines[0].amount = Object.create(null))), 'period.lines[0].amount'],
    ['a 10^4-deep array for a line', at((p) => (p.lines[0] = deepArray(10_000))), 'period.lines[0]'],
    ['a number for an amount', at((p) => (p.breakeven.amount = 3000)), 'period.breakeven.amount'],
    ['a missing figure', at((p) => delete p.totals.period.organizer), 'period.totals.period.organizer'],
    ['a stream not in STREAMS', at((p) => (p.lines[1].stream = 'constructor')), 'period.lines[1].stream'],
    ['a receipt id that is not a string', at((p) => (p.lines[0].receiptId = ['x'])), 'period.lines[0].receiptId'],
    ['a day that is not one', at((p) => (p.from = '2026-02-30')), 'period.from'],
    ['lines that are not a list', at((p) => (p.lines = { 0: p.lines[0] })), 'period.lines'],
    ['a share that is not one', at((p) => (p.streams.sponsorship.organizerShare = Object.create(null))), 'period.streams.sponsorship.organizerShare'],
  ];
}
