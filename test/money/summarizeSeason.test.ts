import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { money, settle, summarizeSeason } from '../../src/index.js';
import type { Statement } from '../../src/index.js';
import { codeOf, pathsOf, units } from './arbitraries.js';
import { caseArb, receiptsOf, stepsArb } from './settleArbitraries.js';

const eur = (amount: string) => money(amount, 'EUR');
const terms = { breakeven: eur('3000') };
const sponsored = settle(terms, [{ id: 'a', stream: 'sponsorship', amount: eur('5000'), receivedAt: '2026-03-01' }]);
const short = settle(terms, [{ id: 'b', stream: 'sponsorship', amount: eur('2500'), receivedAt: '2026-04-01' }]);
const unsponsored = settle({ breakeven: eur('1200') }, []);

describe('summarizeSeason', () => {
  it('sums the producer risk of a season: committed, recovered, uncovered, shares paid, platform net', () => {
    const season = summarizeSeason([sponsored, short, unsponsored]);
    expect(season).toEqual({
      currency: 'EUR',
      events: 3,
      breakevenCommitted: eur('7200'),
      recovered: eur('5500'),
      uncovered: eur('1700'),
      received: eur('7500'),
      organizerPaid: eur('1000'),
      platformReceived: eur('6500'),
      platformNet: eur('-700'),
    });
  });

  it('reads statements back from JSON', () => {
    const season = summarizeSeason(JSON.parse(JSON.stringify([sponsored, short])) as Statement[]);
    expect(season.platformNet.amount).toBe('500.00');
  });

  it('gives an empty season in the currency it is told', () => {
    expect(summarizeSeason([], { currency: 'JPY' })).toMatchObject({ events: 0, uncovered: { amount: '0', currency: 'JPY' } });
    expect(codeOf(() => summarizeSeason([]))).toBe('season_currency_missing');
  });

  it('refuses to mix currencies, naming the statement', () => {
    const usd = settle({ breakeven: money('10', 'USD') }, []);
    expect(codeOf(() => summarizeSeason([sponsored, usd]))).toBe('currency_mismatch');
    expect(pathsOf(() => summarizeSeason([sponsored, usd]))).toContain('statements[1].breakeven.currency');
    expect(codeOf(() => summarizeSeason([sponsored], { currency: 'USD' }))).toBe('currency_mismatch');
  });

  it('refuses garbage and altered statements with a PartnershipError', () => {
    for (const statements of [null, 1, {}, [null], [[]], [{}], [{ breakeven: eur('1') }]]) {
      expect(codeOf(() => summarizeSeason(statements as never))).toMatch(/^[a-z_]+$/);
    }
    const altered = { ...sponsored, uncovered: eur('1') };
    expect(codeOf(() => summarizeSeason([altered]))).toBe('statement_inconsistent');
  });

  describe('properties', () => {
    it('adds up: committed = recovered + uncovered, received = organizer + platform, net = platform - committed', () => {
      // Golden: the three events above net -700 for the platform.
      expect(summarizeSeason([sponsored, short, unsponsored]).platformNet.amount).toBe('-700.00');
      fc.assert(
        fc.property(caseArb, fc.array(stepsArb, { maxLength: 4 }), (c, seasons) => {
          const statements = seasons.map((steps) => settle(c.terms, receiptsOf(c, steps, true)));
          const season = summarizeSeason(statements, { currency: c.currency });
          expect(season.events).toBe(statements.length);
          expect(units(season.recovered) + units(season.uncovered)).toBe(units(season.breakevenCommitted));
          expect(units(season.organizerPaid) + units(season.platformReceived)).toBe(units(season.received));
          expect(units(season.platformNet)).toBe(units(season.platformReceived) - units(season.breakevenCommitted));
          expect(units(season.organizerPaid)).toBe(statements.reduce((acc, s) => acc + units(s.organizer), 0n));
        }),
        { numRuns: 1000 },
      );
    });
  });
});
