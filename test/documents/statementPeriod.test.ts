import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statementForPeriod } from '../../src/documents/index.js';
import type { PeriodFigures, PeriodStatement } from '../../src/documents/index.js';
import { createSettlement } from '../../src/money/createSettlement.js';
import { money } from '../../src/money/money.js';
import { settle } from '../../src/money/settle.js';
import type { Receipt, SettlementTerms, Statement } from '../../src/money/types.js';
import { codeOf, isoAt, pathsOf, shareArb, units } from '../money/arbitraries.js';
import { webDays } from './demo.js';

const eur = (amount: string) => money(amount, 'EUR');
const amounts = (figures: PeriodFigures) => [figures.received.amount, figures.toBreakeven.amount, figures.platform.amount, figures.organizer.amount];

describe('statementForPeriod', () => {
  it("gives the demo's March: the second sponsor and the pay-per-view, 785.15 due (hand-computed)", () => {
    const march = statementForPeriod(webDays().statement, { from: '2026-03', to: '2026-03' });
    expect([march.from, march.to, march.currency]).toEqual(['2026-03-01', '2026-03-31', 'EUR']);
    expect(march.lines.map((line) => line.receiptId)).toEqual(['spons-bigdata', 'ppv-march']);
    // Sponsorship: 1,500 before March paid half the 3,000 breakeven; 2,800 in March pays the other
    // 1,500, and half of the 1,300 above it (650) goes to the organizer.
    const sponsorship = march.streams.sponsorship!;
    expect(amounts(sponsorship.prior)).toEqual(['1500.00', '1500.00', '1500.00', '0.00']);
    expect(amounts(sponsorship.period)).toEqual(['2800.00', '1500.00', '2150.00', '650.00']);
    expect(amounts(sponsorship.cumulative)).toEqual(['4300.00', '3000.00', '3650.00', '650.00']);
    expect(amounts(sponsorship.later)).toEqual(['-300.00', '0.00', '-150.00', '-150.00']);
    // Pay-per-view: 30 % of 450.50, not counted toward the breakeven.
    expect(amounts(march.streams.pay_per_view!.period)).toEqual(['450.50', '0.00', '315.35', '135.15']);
    expect(amounts(march.totals.period)).toEqual(['3250.50', '1500.00', '2465.35', '785.15']);
    expect(march.dueToOrganizer).toEqual(eur('785.15'));
    expect([march.breakeven.amount, march.uncovered.amount]).toEqual(['3000.00', '0.00']);
    expect(march.streams.sponsorship).toMatchObject({ organizerShare: '0.5', countsTowardBreakeven: true });
  });

  it('claws back in April what the refund takes: -150.00 due', () => {
    const april = statementForPeriod(webDays().statement, { from: '2026-04-01', to: '2026-04-30' });
    expect(april.dueToOrganizer).toEqual(eur('-150.00'));
    expect(amounts(april.totals.cumulative)).toEqual(['4450.50', '3000.00', '3815.35', '635.15']);
  });

  it('leaves the breakeven uncovered before March: February alone', () => {
    const february = statementForPeriod(webDays().statement, { from: '2026-02', to: '2026-02' });
    expect([february.uncovered.amount, february.dueToOrganizer.amount, february.lines.length]).toEqual(['1500.00', '0.00', 1]);
  });

  describe('bounds', () => {
    const at = (receivedAt: string): Statement => settle({ breakeven: eur('0') }, [{ id: 'r', stream: 'sponsorship', amount: eur('10'), receivedAt }]);
    const inMarch = (receivedAt: string) => statementForPeriod(at(receivedAt), { from: '2026-03', to: '2026-03' }).lines.length === 1;

    it.each([
      ['2026-03-01', true],
      ['2026-03-31', true],
      ['2026-03-31T23:59:59.999999999Z', true],
      ['2026-04-01', false],
      ['2026-02-28T23:59:59Z', false],
      // The UTC day decides, not the day at the receipt's own offset.
      ['2026-04-01T00:30:00+02:00', true],
      ['2026-03-01T00:30:00+02:00', false],
      ['2026-02-28T23:30:00-02:00', true],
    ])('counts a receipt of %s in March: %s', (receivedAt, expected) => {
      expect(inMarch(receivedAt)).toBe(expected);
    });

    it('reads a month as its first day for `from` and its last for `to`, leap years included', () => {
      const period = statementForPeriod(at('2028-02-29'), { from: '2028-02', to: '2028-02' });
      expect([period.from, period.to, period.lines.length]).toEqual(['2028-02-01', '2028-02-29', 1]);
      expect(statementForPeriod(at('2026-03-15'), { from: '2026-03-15', to: '2026-03-15' }).lines).toHaveLength(1);
    });
  });

  describe('errors', () => {
    const { statement } = webDays();

    it.each([
      [{ from: '2026-3', to: '2026-03' }, 'period_malformed', ['options.from']],
      [{ from: '2026-03', to: '2026-02-30' }, 'period_malformed', ['options.to']],
      [{ from: '2026-03-01T00:00:00Z', to: 3 }, 'period_malformed', ['options.from', 'options.to']],
      [{ from: '2026-04', to: '2026-03' }, 'period_malformed', ['options.to']],
      [{ from: '2026-03', to: '2026-03', timeZone: 'Europe/Paris' }, 'unknown_key', ['options.timeZone']],
      ['2026-03', 'invalid_options', ['options']],
    ])('refuses the options %j: %s', (options, code, paths) => {
      const call = () => statementForPeriod(statement, options as never);
      expect(codeOf(call)).toBe(code);
      expect(pathsOf(call)).toEqual(paths);
    });

    it('says which bound is wrong and what was expected', () => {
      expect(() => statementForPeriod(statement, { from: '03/2026', to: '2026-03' })).toThrow('Expected `options.from` to be a day `YYYY-MM-DD` or a month `YYYY-MM`, such as `2026-03`, got `03/2026`');
    });

    it('refuses a light statement (its last line only): its lines do not add up to its totals', () => {
      const light = createSettlement({ breakeven: eur('3000') }, { keepLines: false })
        .add([
          { id: 's1', stream: 'sponsorship', amount: eur('2000'), receivedAt: '2026-03-01' },
          { id: 's2', stream: 'sponsorship', amount: eur('3000'), receivedAt: '2026-03-10' },
        ])
        .statement();
      const call = () => statementForPeriod(light, { from: '2026-03', to: '2026-03' });
      expect(codeOf(call)).toBe('statement_inconsistent');
      expect(pathsOf(call)).toContain('statement.streams.sponsorship.received');
    });

    it('refuses what is not a statement, naming the field', () => {
      const period = { from: '2026-03', to: '2026-03' };
      expect(codeOf(() => statementForPeriod(null as never, period))).toBe('statement_malformed');
      expect(pathsOf(() => statementForPeriod({ ...statement, lines: 'none' } as never, period))).toEqual(['statement.lines']);
      expect(pathsOf(() => statementForPeriod({ ...statement, extra: 1 } as never, period))).toEqual(['statement.extra']);
      const bad = statement.lines.map((line, i) => (i === 1 ? { ...line, organizer: '651.00', receivedAt: 'soon' } : line));
      expect(pathsOf(() => statementForPeriod({ ...statement, lines: bad }, period))).toEqual(['statement.lines[1].receivedAt']);
      const altered = statement.lines.map((line, i) => (i === 1 ? { ...line, organizer: '651.00' } : line));
      expect(pathsOf(() => statementForPeriod({ ...statement, lines: altered }, period))).toEqual(['statement.lines[1]']);
    });

    it("refuses a stream's clause that is missing or malformed, at its path, instead of printing NaN %", () => {
      const period = { from: '2026-03', to: '2026-03' };
      const sponsorship = statement.streams.sponsorship!;
      const withStream = (entry: Record<string, unknown>) => ({ ...statement, streams: { ...statement.streams, sponsorship: entry } }) as never;
      const without = (key: string) => Object.fromEntries(Object.entries(sponsorship).filter(([k]) => k !== key));
      const [noShare, noCounts] = [without('organizerShare'), without('countsTowardBreakeven')];
      for (const [entry, path] of [
        [noShare, 'statement.streams.sponsorship.organizerShare'],
        [{ ...sponsorship, organizerShare: 0.5 }, 'statement.streams.sponsorship.organizerShare'],
        [{ ...sponsorship, organizerShare: '1.5' }, 'statement.streams.sponsorship.organizerShare'],
        [{ ...sponsorship, organizerShare: 'half' }, 'statement.streams.sponsorship.organizerShare'],
        [noCounts, 'statement.streams.sponsorship.countsTowardBreakeven'],
        [{ ...sponsorship, countsTowardBreakeven: 'yes' }, 'statement.streams.sponsorship.countsTowardBreakeven'],
      ] as const) {
        const call = () => statementForPeriod(withStream(entry), period);
        expect(codeOf(call), path).toBe('statement_malformed');
        expect(pathsOf(call)).toEqual([path]);
      }
      // A valid share other than the canonical one comes back as given.
      expect(statementForPeriod(withStream({ ...sponsorship, organizerShare: '0.50' }), period).streams.sponsorship!.organizerShare).toBe('0.50');
    });

    it('refuses a statement without a currency, a receipt id or a breakeven, at its path', () => {
      const period = { from: '2026-03', to: '2026-03' };
      const without = (key: string) => Object.fromEntries(Object.entries(statement).filter(([k]) => k !== key));
      const noCurrency = without('currency');
      expect(pathsOf(() => statementForPeriod(noCurrency as never, period))).toEqual(['statement.currency']);
      const noBreakeven = without('breakeven');
      expect(codeOf(() => statementForPeriod(noBreakeven as never, period))).toBe('statement_malformed');
      expect(pathsOf(() => statementForPeriod(noBreakeven as never, period))).toEqual(['statement.breakeven']);
      const lines = statement.lines.map((line, i) => (i === 0 ? { ...line, receiptId: 7 } : line));
      expect(pathsOf(() => statementForPeriod({ ...statement, lines } as never, period))).toEqual(['statement.lines[0].receiptId']);
    });
  });
});

// Random statements: a breakeven, clauses for some streams, and receipts over three months at
// random offsets, refunds never beyond what their stream received.
const STREAM_LIST = ['sponsorship', 'pay_per_view', 'dvd', 'workshop'] as const;
const scenarioArb = fc
  .record({
    breakeven: fc.bigInt({ min: 0n, max: 500_000n }),
    shares: fc.tuple(shareArb, shareArb, shareArb, shareArb),
    counts: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()),
    receipts: fc.array(fc.record({ stream: fc.integer({ min: 0, max: 3 }), cents: fc.bigInt({ min: -200_000n, max: 400_000n }), seconds: fc.integer({ min: 1_769_904_000, max: 1_777_593_600 }), offset: fc.integer({ min: -12, max: 14 }) }), { maxLength: 30 }),
    from: fc.integer({ min: 0, max: 100 }),
    days: fc.integer({ min: 0, max: 60 }),
  })
  .map(({ breakeven, shares, counts, receipts, from, days }) => {
    const clauses = Object.fromEntries(STREAM_LIST.map((stream, s) => [stream, { organizerShare: shares[s]!, countsTowardBreakeven: counts[s]! }]));
    const terms: SettlementTerms = { breakeven: money(`${breakeven / 100n}.${String(breakeven % 100n).padStart(2, '0')}`, 'EUR'), clauses };
    const received = [0n, 0n, 0n, 0n];
    const list: Receipt[] = receipts
      .sort((a, b) => a.seconds - b.seconds)
      .map((r, i) => {
        const cents = r.cents < 0n && -r.cents > received[r.stream]! ? -received[r.stream]! : r.cents;
        received[r.stream] = received[r.stream]! + cents;
        const text = `${cents < 0n ? '-' : ''}${(cents < 0n ? -cents : cents) / 100n}.${String((cents < 0n ? -cents : cents) % 100n).padStart(2, '0')}`;
        return { id: `r${i}`, stream: STREAM_LIST[r.stream]!, amount: money(text, 'EUR'), receivedAt: isoAt(r.seconds, r.offset * 60) };
      });
    const first = new Date(Date.UTC(2026, 1, 1 + from));
    const last = new Date(first.getTime() + days * 86_400_000);
    return { terms, receipts: list, from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
  });

const sum = (...values: string[]) => values.reduce((total, value) => total + units(value), 0n);

describe('properties', () => {
  it('reconciles to the minor unit: prior + period = cumulative, cumulative + later = the whole statement, streams add up to the totals', () => {
    fc.assert(
      fc.property(scenarioArb, ({ terms, receipts, from, to }) => {
        const statement = settle(terms, receipts);
        const period: PeriodStatement = statementForPeriod(statement, { from, to });
        const columns = [...Object.values(period.streams), period.totals];
        for (const column of columns) {
          (['received', 'toBreakeven', 'platform', 'organizer'] as const).forEach((figure) => {
            expect(sum(column.prior[figure].amount, column.period[figure].amount)).toBe(units(column.cumulative[figure]));
          });
        }
        for (const [stream, whole] of Object.entries(statement.streams)) {
          const columns = period.streams[stream as keyof typeof period.streams]!;
          for (const figure of ['received', 'toBreakeven', 'platform', 'organizer'] as const) {
            expect(sum(columns.cumulative[figure].amount, columns.later[figure].amount)).toBe(units(whole[figure]));
          }
        }
        expect(sum(period.totals.cumulative.received.amount, period.totals.later.received.amount)).toBe(units(statement.received));
        expect(sum(period.totals.cumulative.organizer.amount, period.totals.later.organizer.amount)).toBe(units(statement.organizer));
        expect(sum(...Object.values(period.streams).map((s) => s.period.organizer.amount))).toBe(units(period.dueToOrganizer));
        expect(sum(...period.lines.map((line) => line.amount))).toBe(units(period.totals.period.received));
      }),
      { numRuns: 200 },
    );
  });

  it('has the cumulative columns of settle over the receipts received up to the end of the period', () => {
    fc.assert(
      fc.property(scenarioArb, ({ terms, receipts, from, to }) => {
        const period = statementForPeriod(settle(terms, receipts), { from, to });
        const end = Date.parse(`${to}T00:00:00Z`) + 86_400_000;
        const upTo = settle(terms, receipts.filter((r) => Date.parse(r.receivedAt) < end));
        expect(period.totals.cumulative.organizer).toEqual(upTo.organizer);
        expect(period.totals.cumulative.received).toEqual(upTo.received);
        expect(period.uncovered).toEqual(upTo.uncovered);
        for (const [stream, whole] of Object.entries(upTo.streams)) {
          expect(period.streams[stream as keyof typeof period.streams]!.cumulative.organizer).toEqual(whole.organizer);
        }
      }),
      { numRuns: 200 },
    );
  });
});
