import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateSeason } from '../../src/season/entry.js';
import { settle } from '../../src/money/settle.js';
import { parseContract, settlementTerms } from '../../src/models/contract.js';
import { parseMinorUnits } from '../../src/money/money.js';
import { planOf, request } from './_simulate.js';

const cents = (amount: string): bigint => parseMinorUnits(amount, 'EUR');
const euros = (units: bigint): string => `${units < 0n ? '-' : ''}${(units < 0n ? -units : units) / 100n}.${String((units < 0n ? -units : units) % 100n).padStart(2, '0')}`;

/** One event, a sure sponsor of `amount`, one run: every distribution is that run's figure. */
function oneRun(breakeven: string, share: string, amount: string) {
  const single = [request('solo', breakeven, { share })];
  return simulateSeason(planOf(single), { requests: single, sponsorChance: '1', contributions: amount, runs: 1 });
}

/** What settle says of the same receipt. */
function settled(breakeven: string, share: string, amount: string) {
  const terms = settlementTerms(parseContract(request('solo', breakeven, { share }).contract));
  return settle(terms, [{ id: 'sponsor', stream: 'sponsorship', amount: { amount, currency: 'EUR' }, receivedAt: '2026-03-14T09:00:00+01:00' }]);
}

const amountArb = fc.bigInt({ min: 0n, max: 10_000_000n }).map(euros);
const shareArb = fc.integer({ min: 0, max: 1000 }).map((n) => String(n / 1000));

describe('simulateSeason properties', () => {
  it('golden: a 1500.01 sponsor of a 1000 breakeven at 0.3 pays the organizer floor(0.3 × 500.01) = 150.00', () => {
    const result = oneRun('1000', '0.3', '1500.01');
    expect([result.uncovered.mean, result.organizer.mean, result.platformNet.mean, result.received.mean]).toEqual(['0.00', '150.00', '350.01', '1500.01']);
  });

  it('settles each event as settle does: uncovered, organizer, platform', () => {
    fc.assert(
      fc.property(amountArb, shareArb, amountArb, (breakeven, share, amount) => {
        const result = oneRun(breakeven, share, amount);
        const statement = settled(breakeven, share, amount);
        expect(result.uncovered.mean).toBe(statement.uncovered.amount);
        expect(result.organizer.mean).toBe(statement.organizer.amount);
        expect(result.platformNet.mean).toBe(euros(cents(statement.platform.amount) - cents(statement.breakeven.amount)));
      }),
      { numRuns: 60 },
    );
  });

  // Three events in two months, each its own breakeven and share; a random model.
  const season = [request('p', '1200', { share: '0.4' }), request('q', '300', { day: '04-09', share: '0.5' }), request('r', '750.50', { day: '04-10', share: '0.25' })];
  const plan = planOf(season);
  const modelArb = fc.record({
    seed: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
    chance: fc.integer({ min: 0, max: 12 }).map((n) => `${n}/12`),
    min: fc.bigInt({ min: 0n, max: 200_000n }),
    width: fc.bigInt({ min: 0n, max: 200_000n }),
  });
  const run = (m: { seed: bigint; chance: string; min: bigint; width: bigint }, runs: number) =>
    simulateSeason(plan, { requests: season, sponsorChance: m.chance, contributions: { min: euros(m.min), max: euros(m.min + m.width) }, runs, seed: m.seed });

  it('orders its percentiles, p5 ≤ median ≤ p95, and keeps every amount in its bounds', () => {
    fc.assert(
      fc.property(modelArb, (m) => {
        const result = run(m, 40);
        for (const d of [result.uncovered, result.platformNet, result.organizer, result.received, ...result.byMonth.map((b) => b.uncovered)]) {
          expect(cents(d.p5) <= cents(d.median) && cents(d.median) <= cents(d.p95)).toBe(true);
        }
        expect(cents(result.uncovered.p5) >= 0n && cents(result.uncovered.p95) <= cents(result.breakevenCommitted)).toBe(true);
        expect(cents(result.organizer.p5) >= 0n).toBe(true);
        expect(result.breakEven.bySponsored.reduce((sum, k) => sum + k.runs, 0)).toBe(40);
      }),
      { numRuns: 40 },
    );
  });

  it('conserves each run: received = platform net + committed + organizer, recovered ≤ received, months add up', () => {
    fc.assert(
      fc.property(modelArb, (m) => {
        const result = run(m, 1);
        const committed = cents(result.breakevenCommitted);
        expect(cents(result.received.mean)).toBe(cents(result.platformNet.mean) + committed + cents(result.organizer.mean));
        expect(committed - cents(result.uncovered.mean) <= cents(result.received.mean)).toBe(true);
        expect(result.byMonth.reduce((sum, b) => sum + cents(b.uncovered.mean), 0n)).toBe(cents(result.uncovered.mean));
        expect(result.byMonth.map((b) => b.month)).toEqual(['2026-03', '2026-04']);
      }),
      { numRuns: 60 },
    );
  });
});
