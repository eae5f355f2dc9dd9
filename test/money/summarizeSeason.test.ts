import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money, settle, summarizeSeason } from '../../src/index.js';
import type { Statement } from '../../src/index.js';
import { codeOf, pathsOf, units } from './arbitraries.js';
import { caseArb, receiptsOf, stepsArb } from './settleArbitraries.js';
import { thrown as errorOf } from '../utils/thrown.js';

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

describe('errors', () => {
  const eur = (amount: string) => money(amount, 'EUR');
  // 5,000 over 3,000: breakeven 3,000, recovered 3,000, uncovered 0, received 5,000, organizer 1,000, platform 4,000.
  const sponsored = settle({ breakeven: eur('3000') }, [{ id: 'a', stream: 'sponsorship', amount: eur('5000'), receivedAt: '2026-03-01' }]);

  /** A single-issue error: its code is the issue's, its message the headline. */
  const single = (code: string, path: string, message: string, headline: string) => ({ code, message: headline, issues: [{ code, path, message }] });

  type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a statement edited as JSON
  /** A JSON copy of `sponsored`, edited. */
  const edited = (edit: (statement: Json) => void): Statement => {
    const copy = JSON.parse(JSON.stringify(sponsored)) as Json;
    edit(copy);
    return copy as Statement;
  };

  describe('summarizeSeason', () => {
    it('refuses statements that are not a list', () => {
      expect(errorOf(() => summarizeSeason(null as never))).toEqual(
        single('statements_malformed', 'statements', 'Expected a list of statements, got null', 'Expected `statements` to be a list of statements, got null'),
      );
    });

    it('refuses options that are not a record', () => {
      expect(errorOf(() => summarizeSeason([], 'EUR' as never))).toEqual(
        single('invalid_options', 'options', 'Expected options `{ currency? }`, got `EUR`', 'Expected `options` to be options `{ currency? }`, got `EUR`'),
      );
    });

    it.each([
      { name: 'an unknown code', currency: 'ZZZ' as unknown, shown: '`ZZZ`' },
      { name: 'a number', currency: 978 as unknown, shown: '`978`' },
    ])('refuses a season currency that is $name', ({ currency, shown }) => {
      expect(errorOf(() => summarizeSeason([], { currency: currency as string }))).toEqual(
        single('currency_unknown', 'options.currency', `Expected an ISO 4217 code such as \`EUR\`, got ${shown}`, `Expected \`options.currency\` to be an ISO 4217 code such as \`EUR\`, got ${shown}`),
      );
    });

    it('asks for the currency of a season without statements', () => {
      expect(errorOf(() => summarizeSeason([]))).toEqual(
        single(
          'season_currency_missing',
          'options.currency',
          'Expected the season currency, as there is no statement to read it from, got nothing',
          'Expected `options.currency` to be the season currency, as there is no statement to read it from, got nothing',
        ),
      );
    });

    it('reads the season currency from the breakeven of the first statement, and names it when it cannot', () => {
      expect(errorOf(() => summarizeSeason([null as never]))).toEqual(
        single('money_malformed', 'statements[0].breakeven', 'Expected a money value `{ amount, currency }`, got null', 'Expected `statements[0].breakeven` to be a money value `{ amount, currency }`, got null'),
      );
      expect(errorOf(() => summarizeSeason([edited((s) => (s.breakeven.currency = 'ZZZ'))]))).toEqual(
        single('currency_unknown', 'statements[0].breakeven.currency', 'Expected an ISO 4217 code such as `EUR`, got `ZZZ`', 'Expected `statements[0].breakeven.currency` to be an ISO 4217 code such as `EUR`, got `ZZZ`'),
      );
    });

    it('compares the currencies with the options, or else with the first statement', () => {
      expect(errorOf(() => summarizeSeason([sponsored], { currency: 'USD' })).issues[0]).toEqual({
        code: 'currency_mismatch',
        path: 'statements[0].breakeven.currency',
        message: 'Expected USD like the options, got EUR',
      });
      const usd = settle({ breakeven: money('10', 'USD') }, []);
      expect(errorOf(() => summarizeSeason([sponsored, usd])).issues[0]).toEqual({
        code: 'currency_mismatch',
        path: 'statements[1].breakeven.currency',
        message: 'Expected EUR like the first statement, got USD',
      });
    });

    it('refuses a statement that is not a record, after the first', () => {
      expect(errorOf(() => summarizeSeason([sponsored, null as never]))).toEqual(
        single('statement_malformed', 'statements[1]', 'Expected a statement returned by `settle`, got null', 'Expected `statements[1]` to be a statement returned by `settle`, got null'),
      );
    });

    it.each(['breakeven', 'recovered', 'uncovered', 'received', 'organizer', 'platform'])('refuses a negative %s at its amount, and nothing else', (field) => {
      const path = `statements[0].${field}.amount`;
      expect(errorOf(() => summarizeSeason([edited((s) => (s[field].amount = '-1.00'))], { currency: 'EUR' }))).toEqual(
        single('amount_negative', path, 'Expected an amount of zero or more, got `-1.00`', `Expected \`${path}\` to be an amount of zero or more, got \`-1.00\``),
      );
    });

    it('refuses an uncovered that is not breakeven - recovered', () => {
      expect(errorOf(() => summarizeSeason([sponsored, edited((s) => (s.uncovered.amount = '1.00'))]))).toEqual(
        single(
          'statement_inconsistent',
          'statements[1].uncovered',
          'Expected `breakeven - recovered`',
          'Expected `statements[1].uncovered` to be `breakeven - recovered`: the statement was not produced by `settle` or was changed',
        ),
      );
    });

    it('refuses a platform that is not received - organizer', () => {
      expect(errorOf(() => summarizeSeason([sponsored, edited((s) => (s.platform.amount = '4000.01'))]))).toEqual(
        single(
          'statement_inconsistent',
          'statements[1].platform',
          'Expected `received - organizer`',
          'Expected `statements[1].platform` to be `received - organizer`: the statement was not produced by `settle` or was changed',
        ),
      );
    });
  });
});
