import { describe, expect, it } from 'vitest';
import { runModule } from './utils/freshNode.js';

// Same input, same bytes: the results do not depend on the process's time zone,
// its language, or a host's global Decimal.set. Each run is a fresh Node process on
// the built package, evaluating, settling and planning the example season.
const script = `
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import { DEFAULT_POLICY, parseContract, settle, settlementTerms, splitRevenue, money, allocate } from 'webcast-partnership';
import { evaluateEligibility } from 'webcast-partnership/rules';
import { planSeason } from 'webcast-partnership/crew';
if (process.env.HOST_DECIMAL === '1') Decimal.set({ precision: 5, rounding: Decimal.ROUND_UP, toExpNeg: -1, toExpPos: 1 });
const data = (f) => JSON.parse(readFileSync('examples/data/' + f, 'utf8'));
const requests = data('requests.json');
const reports = requests.map((r) => evaluateEligibility(r, { policy: DEFAULT_POLICY, asOf: '2026-02-10T12:00:00Z', locale: 'fr' }));
const plan = planSeason(requests, data('crews.json'), data('bookings.json'), { policy: DEFAULT_POLICY, asOf: '2026-02-10T12:00:00Z' });
const statement = settle(settlementTerms(parseContract(data('contract.json'))), data('receipts-webdays.json'));
const split = splitRevenue(money('12345678901234567890.01', 'EUR'), { breakeven: money('0.03', 'EUR'), organizerShare: '0.333' });
const parts = allocate(money('100', 'EUR'), ['1', '1', '1']);
process.stdout.write(JSON.stringify({ reports, plan, statement, split, parts }));
`;

const runWith = (env: Record<string, string>): string => runModule(script, env);

describe('determinism across hosts', () => {
  const reference = runWith({ TZ: 'UTC', LANG: 'C' });

  it('golden: the reference run settles the example to the cent', () => {
    const parsed = JSON.parse(reference) as { statement: { organizer: { amount: string } }; split: { organizer: { amount: string } }; parts: { amount: string }[] };
    expect(parsed.statement.organizer.amount).toBe('635.15');
    // surplus 12345678901234567889.98 × 0.333 = 4111111074111111107.36334, floored to the cent.
    expect(parsed.split.organizer.amount).toBe('4111111074111111107.36');
    expect(parsed.parts.map((p) => p.amount)).toEqual(['33.34', '33.33', '33.33']);
  });

  it.each([
    ['TZ=Pacific/Kiritimati', { TZ: 'Pacific/Kiritimati' }],
    ['TZ=America/Los_Angeles', { TZ: 'America/Los_Angeles' }],
    ['LANG=fr_FR.UTF-8', { LANG: 'fr_FR.UTF-8', LC_ALL: 'fr_FR.UTF-8' }],
    ['LANG=ja_JP.UTF-8', { LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8' }],
    ["a host's Decimal.set({ precision: 5, rounding: ROUND_UP })", { HOST_DECIMAL: '1' }],
  ])('gives the same bytes under %s', (_name, env) => {
    expect(runWith(env)).toBe(reference);
  });
});
