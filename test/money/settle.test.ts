import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STREAMS, isPartnershipError, money, settle, splitRevenue } from '../../src/index.js';
import type { Receipt, SettlementTerms, Statement } from '../../src/index.js';
import { codeOf, m, pathsOf, units } from './arbitraries.js';
import { caseArb, receiptsOf, stepsArb } from './settleArbitraries.js';
import { eur, receipt, seedTerms } from './fixtures.js';
import { thrown as errorOf } from '../utils/thrown.js';

const lineFigures = (statement: Statement) => statement.lines.map((l) => [l.receiptId, l.toBreakeven, l.platform, l.organizer]);
const totals = (statement: Statement) => [
  statement.received.amount,
  statement.recovered.amount,
  statement.uncovered.amount,
  statement.platform.amount,
  statement.organizer.amount,
];

describe('settle', () => {
  it('gives platform 4,000 and organizer 1,000 of a 5,000 EUR sponsor over a 3,000 EUR breakeven (the seed)', () => {
    const statement = settle(seedTerms, [receipt('s1', '5000', '2026-03-01')]);
    expect(lineFigures(statement)).toEqual([['s1', '3000.00', '4000.00', '1000.00']]);
    expect(totals(statement)).toEqual(['5000.00', '3000.00', '0.00', '4000.00', '1000.00']);
  });

  it('gives a 2,500 EUR sponsor entirely to the platform: 2,500 / 0, with 500 of producer risk left', () => {
    const statement = settle(seedTerms, [receipt('s1', '2500', '2026-03-01')]);
    expect(lineFigures(statement)).toEqual([['s1', '2500.00', '2500.00', '0.00']]);
    expect(totals(statement)).toEqual(['2500.00', '2500.00', '500.00', '2500.00', '0.00']);
  });

  it('consumes the breakeven once, across sponsors, in the order the money was received', () => {
    const statement = settle(seedTerms, [receipt('late', '3000', '2026-03-10'), receipt('early', '2000', '2026-03-01')]);
    expect(lineFigures(statement)).toEqual([
      ['early', '2000.00', '2000.00', '0.00'],
      ['late', '1000.00', '2000.00', '1000.00'],
    ]);
    expect(totals(statement)).toEqual(['5000.00', '3000.00', '0.00', '4000.00', '1000.00']);
  });

  it('compares instants by their UTC value, whatever their offset, and a date as the start of its day in UTC', () => {
    // 00:30 at +02:00 on 1 March is 22:30 UTC on 28 February: before 23:00 UTC.
    const statement = settle({ breakeven: eur('100') }, [
      receipt('b', '100', '2026-02-28T23:00:00Z'),
      receipt('a', '100', '2026-03-01T00:30:00+02:00'),
      receipt('c', '10', '2026-03-01'),
      receipt('tie', '10', '2026-03-01T00:00:00Z'),
    ]);
    expect(statement.lines.map((l) => l.receiptId)).toEqual(['a', 'b', 'c', 'tie']);
    expect(lineFigures(statement)[0]).toEqual(['a', '100.00', '100.00', '0.00']);
  });

  it('pays many small receipts, to the cent, what one receipt of their sum pays', () => {
    const terms = { breakeven: eur('0') };
    const small = settle(terms, [receipt('a', '0.01', '2026-03-01'), receipt('b', '0.01', '2026-03-02'), receipt('c', '0.01', '2026-03-03')]);
    expect(lineFigures(small)).toEqual([
      ['a', '0.00', '0.01', '0.00'],
      ['b', '0.00', '0.00', '0.01'],
      ['c', '0.00', '0.01', '0.00'],
    ]);
    const one = settle(terms, [receipt('abc', '0.03', '2026-03-01')]);
    expect(totals(small)).toEqual(totals(one));
    expect(small.organizer.amount).toBe('0.01');
  });

  it('applies each stream its own clause, and only counting streams pay the breakeven', () => {
    const terms: SettlementTerms = {
      breakeven: eur('1000'),
      clauses: {
        pay_per_view: { organizerShare: '0.3', countsTowardBreakeven: true },
        workshop: { organizerShare: 0.8, countsTowardBreakeven: false },
      },
    };
    const statement = settle(terms, [
      receipt('sponsor', '800', '2026-03-01'),
      receipt('ppv', '500', '2026-03-02', 'pay_per_view'),
      receipt('workshop', '1000', '2026-03-03', 'workshop'),
    ]);
    expect(lineFigures(statement)).toEqual([
      ['sponsor', '800.00', '800.00', '0.00'],
      ['ppv', '200.00', '410.00', '90.00'],
      ['workshop', '0.00', '200.00', '800.00'],
    ]);
    expect(totals(statement)).toEqual(['2300.00', '1000.00', '0.00', '1410.00', '890.00']);
    expect(Object.keys(statement.streams)).toEqual(['sponsorship', 'pay_per_view', 'workshop']);
    expect(statement.streams.workshop).toEqual({
      organizerShare: '0.8',
      countsTowardBreakeven: false,
      received: eur('1000'),
      toBreakeven: eur('0'),
      surplus: eur('1000'),
      platform: eur('200'),
      organizer: eur('800'),
    });
    // Received the other way round, the pay-per-view money covers the breakeven first.
    const reversed = settle(terms, [receipt('ppv', '500', '2026-03-01', 'pay_per_view'), receipt('sponsor', '800', '2026-03-02')]);
    expect(lineFigures(reversed)).toEqual([
      ['ppv', '500.00', '500.00', '0.00'],
      ['sponsor', '500.00', '650.00', '150.00'],
    ]);
  });

  it('claws back with a refund: the surplus first, then the breakeven, which reopens', () => {
    const receipts = [receipt('s1', '5000', '2026-03-01'), receipt('r1', '-1000', '2026-03-05'), receipt('r2', '-2000', '2026-03-06')];
    const statement = settle(seedTerms, receipts);
    expect(lineFigures(statement)).toEqual([
      ['s1', '3000.00', '4000.00', '1000.00'],
      ['r1', '0.00', '-500.00', '-500.00'],
      ['r2', '-1000.00', '-1500.00', '-500.00'],
    ]);
    expect(totals(statement)).toEqual(['2000.00', '2000.00', '1000.00', '2000.00', '0.00']);
    // A later sponsor covers the reopened breakeven first.
    const later = settle(seedTerms, [...receipts, receipt('s2', '1500', '2026-03-07')]);
    expect(lineFigures(later)[3]).toEqual(['s2', '1000.00', '1250.00', '250.00']);
  });

  it('writes a share in its shortest form, so that "0.50" and 0.5 are the same clause', () => {
    const written = { breakeven: eur('0'), clauses: { sponsorship: { organizerShare: '0.50', countsTowardBreakeven: true } } };
    const first = settle(written, [receipt('a', '1', '2026-03-01')]);
    expect(first.streams.sponsorship?.organizerShare).toBe('0.5');
    expect(settle({ breakeven: eur('0') }, [receipt('b', '1', '2026-03-02')], first).organizer.amount).toBe('1.00');
  });

  it('writes every line amount in canonical form, whatever form the receipt used', () => {
    const loose = (id: string, amount: string) => ({ id, stream: 'sponsorship' as const, amount: { amount, currency: 'EUR' }, receivedAt: '2026-03-01' });
    const statement = settle({ breakeven: eur('0') }, [loose('a', '+5'), loose('b', '05.00'), loose('c', '5.5'), loose('d', '-0.00'), loose('e', '7.10')]);
    expect(statement.lines.map((l) => l.amount)).toEqual(['5.00', '5.00', '5.50', '0.00', '7.10']);
    expect(settle({ breakeven: money('0', 'JPY') }, [{ id: 'y', stream: 'sponsorship', amount: { amount: '-0', currency: 'JPY' }, receivedAt: '2026-03-01' }]).lines[0]?.amount).toBe('0');
  });

  it('judges a refund in time order, not in input order', () => {
    const statement = settle(seedTerms, [receipt('r1', '-1000', '2026-03-05'), receipt('s1', '5000', '2026-03-01')]);
    expect(lineFigures(statement)).toEqual([
      ['s1', '3000.00', '4000.00', '1000.00'],
      ['r1', '0.00', '-500.00', '-500.00'],
    ]);
  });

  it('continues from a light statement that keeps only its last line, as a streaming caller passes it', () => {
    const all = [receipt('s1', '2000', '2026-03-01'), receipt('s2', '1500', '2026-03-02'), receipt('s3', '3000', '2026-03-10')];
    const head = settle(seedTerms, all.slice(0, 2));
    const light = { ...head, lines: head.lines.slice(-1) };
    const continued = settle(seedTerms, all.slice(2), light);
    expect(continued.lines.slice(1)).toEqual(settle(seedTerms, all).lines.slice(2));
    expect(totals(continued)).toEqual(totals(settle(seedTerms, all)));
  });

  it('refuses a refund beyond what its stream received, at the receipt path', () => {
    const receipts = [receipt('s1', '5000', '2026-03-01'), receipt('r1', '-1000', '2026-03-05'), receipt('r2', '-2000', '2026-03-06'), receipt('r3', '-2000.01', '2026-03-07')];
    expect(codeOf(() => settle(seedTerms, receipts))).toBe('refund_exceeds_received');
    expect(pathsOf(() => settle(seedTerms, receipts))).toEqual(['receipts[3].amount']);
    // Another stream's money cannot be refunded.
    const terms = { breakeven: eur('0'), clauses: { dvd: { organizerShare: '0.5', countsTowardBreakeven: false } } };
    expect(pathsOf(() => settle(terms, [receipt('s', '10', '2026-03-01'), receipt('d', '-1', '2026-03-02', 'dvd')]))).toEqual(['receipts[1].amount']);
  });

  it('refuses mixed currencies', () => {
    const receipts = [receipt('a', '1', '2026-03-01'), { id: 'b', stream: 'sponsorship', amount: money('1', 'USD'), receivedAt: '2026-03-01' } as const];
    expect(codeOf(() => settle(seedTerms, receipts))).toBe('currency_mismatch');
    expect(pathsOf(() => settle(seedTerms, receipts))).toEqual(['receipts[1].amount.currency']);
  });

  it('refuses a receipt in a stream the contract has no clause for', () => {
    expect(codeOf(() => settle(seedTerms, [receipt('d', '1', '2026-03-01', 'dvd')]))).toBe('stream_not_in_terms');
    expect(pathsOf(() => settle(seedTerms, [receipt('d', '1', '2026-03-01', 'dvd')]))).toEqual(['receipts[0].stream']);
  });

  it('refuses duplicate receipt ids, within a call and across `previous`', () => {
    const receipts = [receipt('a', '1', '2026-03-01'), receipt('b', '1', '2026-03-01'), receipt('a', '1', '2026-03-02')];
    expect(codeOf(() => settle(seedTerms, receipts))).toBe('receipt_id_duplicate');
    expect(pathsOf(() => settle(seedTerms, receipts))).toEqual(['receipts[2].id']);
    const first = settle(seedTerms, receipts.slice(0, 2));
    expect(pathsOf(() => settle(seedTerms, [receipt('b', '1', '2026-03-05')], first))).toEqual(['receipts[0].id']);
    const doubled = { ...first, lines: [...first.lines, ...first.lines].map((l) => ({ ...l })) };
    // A previous that repeats ids is refused by itself, before any receipt is read.
    expect(pathsOf(() => settle(seedTerms, [receipt('c', '1', '2026-03-05'), receipt('a', '1', '2026-03-05')], doubled))).toEqual([
      'previous.lines[2].receiptId',
      'previous.lines[3].receiptId',
    ]);
  });

  it('refuses dates that are not in the calendar and instants without an offset', () => {
    for (const at of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-03-01T10:00:00', '2026-03-01T24:00:00Z', '2026-03-01T10:00:00+15:00', '1 March 2026', '', null]) {
      expect(codeOf(() => settle(seedTerms, [{ ...receipt('a', '1', '2026-03-01'), receivedAt: at as string }])), String(at)).toBe('received_at_malformed');
    }
    expect(settle(seedTerms, [receipt('leap', '1', '2028-02-29')]).lines).toHaveLength(1);
    expect(settle(seedTerms, [receipt('ns', '1', '2026-03-01T10:00:00.123456789-05:30')]).lines).toHaveLength(1);
  });

  it('names every offending path at once and never crashes with a TypeError on garbage', () => {
    const garbage = [
      null,
      1,
      [],
      { id: '', stream: 'sponsorship', amount: eur('1'), receivedAt: '2026-03-01' },
      { id: 'x', stream: 'tips', amount: { amount: '1.001', currency: 'EUR' }, receivedAt: 'soon' },
      JSON.parse('{"__proto__":{"id":"p","stream":"sponsorship"},"amount":{"amount":"1","currency":"EUR"},"receivedAt":"2026-03-01"}'),
    ];
    let error: unknown;
    try {
      settle(seedTerms, garbage as never);
    } catch (e) {
      error = e;
    }
    expect(isPartnershipError(error)).toBe(true);
    if (!isPartnershipError(error)) return;
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      'receipts[0] receipt_malformed',
      'receipts[1] receipt_malformed',
      'receipts[2] receipt_malformed',
      'receipts[3].id receipt_id_malformed',
      'receipts[4].stream stream_unknown',
      'receipts[4].amount.amount amount_scale_exceeds_currency',
      'receipts[4].receivedAt received_at_malformed',
      'receipts[5].id receipt_id_malformed',
      'receipts[5].stream stream_unknown',
    ]);
    for (const terms of [null, 1, [], {}, { breakeven: eur('-1') }, { breakeven: eur('1'), clauses: [] }, { breakeven: eur('1'), clauses: { tips: {} } }, { breakeven: eur('1'), clauses: { dvd: { organizerShare: '2', countsTowardBreakeven: 'yes' } } }]) {
      expect(codeOf(() => settle(terms as never, []))).toMatch(/^[a-z_]+$/);
    }
    expect(pathsOf(() => settle({ breakeven: eur('1'), clauses: { dvd: { organizerShare: '2', countsTowardBreakeven: 'yes' as never } } }, []))).toEqual([
      'terms.clauses.dvd.organizerShare',
      'terms.clauses.dvd.countsTowardBreakeven',
    ]);
    expect(pathsOf(() => settle({ breakeven: { amount: '-1', currency: 'EUR' } }, []))).toEqual(['terms.breakeven.amount']);
    expect(pathsOf(() => settle(JSON.parse('{"breakeven":{"amount":"1","currency":"EUR"},"clauses":{"__proto__":{}}}'), []))).toEqual(['terms.clauses.__proto__']);
    expect(codeOf(() => settle(seedTerms, null as never))).toBe('receipts_malformed');
    for (const previous of [null, 1, [], {}, { currency: 'EUR' }, { currency: 'EUR', breakeven: eur('3000'), streams: [], lines: {} }]) {
      expect(pathsOf(() => settle(seedTerms, [], previous as never))[0]).toMatch(/^previous/);
    }
  });

  it('continues from `previous` exactly, and refuses to go back in time or to change terms', () => {
    const first = settle(seedTerms, [receipt('s1', '2000', '2026-03-01')]);
    const both = settle(seedTerms, [receipt('s2', '3000', '2026-03-10')], first);
    expect(both).toEqual(settle(seedTerms, [receipt('s1', '2000', '2026-03-01'), receipt('s2', '3000', '2026-03-10')]));
    expect(lineFigures(both)).toEqual([
      ['s1', '2000.00', '2000.00', '0.00'],
      ['s2', '1000.00', '2000.00', '1000.00'],
    ]);
    expect(codeOf(() => settle(seedTerms, [receipt('s0', '1', '2026-02-28')], first))).toBe('receipts_out_of_order');
    expect(pathsOf(() => settle(seedTerms, [receipt('s0', '1', '2026-02-28')], first))).toEqual(['receipts[0].receivedAt']);
    expect(settle(seedTerms, [receipt('same-day', '1', '2026-03-01')], first).lines).toHaveLength(2);
    expect(codeOf(() => settle({ breakeven: eur('2999') }, [], first))).toBe('previous_terms_mismatch');
    expect(pathsOf(() => settle({ breakeven: eur('3000'), clauses: { sponsorship: { organizerShare: '0.6', countsTowardBreakeven: true } } }, [], first))).toEqual([
      'previous.streams.sponsorship.organizerShare',
    ]);
    const tampered = JSON.parse(JSON.stringify(first)) as { streams: { sponsorship: { organizer: { amount: string } } } };
    tampered.streams.sponsorship.organizer.amount = '10.00';
    expect(codeOf(() => settle(seedTerms, [], tampered as never))).toBe('previous_inconsistent');
  });

  it('is plain JSON, frozen all the way down', () => {
    const statement = settle(seedTerms, [receipt('s1', '5000', '2026-03-01')]);
    for (const part of [statement, statement.lines, statement.lines[0], statement.streams, statement.streams.sponsorship, statement.received]) expect(Object.isFrozen(part)).toBe(true);
    expect(JSON.parse(JSON.stringify(statement))).toEqual(statement);
    expect(JSON.parse(JSON.stringify(statement))).toEqual({
      currency: 'EUR',
      breakeven: eur('3000'),
      recovered: eur('3000'),
      uncovered: eur('0'),
      received: eur('5000'),
      platform: eur('4000'),
      organizer: eur('1000'),
      streams: {
        sponsorship: {
          organizerShare: '0.5',
          countsTowardBreakeven: true,
          received: eur('5000'),
          toBreakeven: eur('3000'),
          surplus: eur('2000'),
          platform: eur('4000'),
          organizer: eur('1000'),
        },
      },
      lines: [{ receiptId: 's1', stream: 'sponsorship', receivedAt: '2026-03-01', amount: '5000.00', toBreakeven: '3000.00', platform: '4000.00', organizer: '1000.00' }],
    });
  });

  it('refuses a receivedAt the model schemas refuse: an offset without its colon, year 0000', () => {
    const receipts = [receipt('s1', '10', '2026-01-02T10:00:00+0100'), receipt('s2', '10', '0000-01-02')];
    expect(codeOf(() => settle(seedTerms, receipts))).toBe('received_at_malformed');
    expect(pathsOf(() => settle(seedTerms, receipts))).toEqual(['receipts[0].receivedAt', 'receipts[1].receivedAt']);
  });

  describe('ids and keys in errors', () => {
    // Receipt ids and clause keys are names, not personal-data fields: shown exactly as given,
    // whatever they look like (no guessing by pattern).
    const EMAIL = 'ana@example.org';
    const PHONE = '0612345678';
    const errorOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (isPartnershipError(error)) return error;
        throw error;
      }
      throw new Error('expected a PartnershipError');
    };

    it('names a duplicated receipt id as given, even shaped like an e-mail or a phone number', () => {
      for (const id of [EMAIL, PHONE, 'r-7']) {
        const error = errorOf(() => settle(seedTerms, [receipt(id, '10', '2026-03-01'), receipt(id, '10', '2026-03-02')]));
        expect(error.code).toBe('receipt_id_duplicate');
        expect(error.issues.map((issue) => issue.path)).toEqual(['receipts[1].id']);
        expect(error.message).toBe(`Expected \`receipts[1].id\` to be unique, got \`${id}\` again (first at \`receipts[0].id\`)`);
      }
    });

    it('names an unknown clause key as given, in the message and in the path', () => {
      for (const [key, path] of [
        [EMAIL, 'terms.clauses["ana@example.org"]'],
        ['dvd ', 'terms.clauses["dvd "]'],
      ] as const) {
        const error = errorOf(() => settle({ breakeven: eur('3000'), clauses: { [key]: { organizerShare: '0.5', countsTowardBreakeven: true } } } as unknown as SettlementTerms, []));
        expect(error.issues).toEqual([{ code: 'stream_unknown', path, message: `Expected one of sponsorship, pay_per_view, dvd, workshop, got \`${key}\`` }]);
      }
    });

    it('names a stream key of `previous` as given', () => {
      const previous = settle(seedTerms, [receipt('s1', '10', '2026-03-01')]);
      const changed = { ...previous, streams: { ...previous.streams, [EMAIL]: previous.streams.sponsorship } } as unknown as Statement;
      const error = errorOf(() => settle(seedTerms, [], changed));
      expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([['previous_terms_mismatch', 'previous.streams["ana@example.org"]']]);
    });
  });

  describe('properties', () => {
    const sum = (values: string[], currency: string) => values.reduce((acc, v) => acc + units(v, currency), 0n);

    it('conserves money per line and in total: platform + organizer = amount, lines add up to the totals', () => {
      // Golden: the three-stream statement: 800 + 500 + 1000 = 1410 + 890.
      const terms: SettlementTerms = { breakeven: eur('1000'), clauses: { pay_per_view: { organizerShare: '0.3', countsTowardBreakeven: true }, workshop: { organizerShare: '0.8', countsTowardBreakeven: false } } };
      const golden = settle(terms, [receipt('a', '800', '2026-03-01'), receipt('b', '500', '2026-03-02', 'pay_per_view'), receipt('c', '1000', '2026-03-03', 'workshop')]);
      expect(totals(golden)).toEqual(['2300.00', '1000.00', '0.00', '1410.00', '890.00']);
      fc.assert(
        fc.property(caseArb, stepsArb, (c, steps) => {
          const statement = settle(c.terms, receiptsOf(c, steps, true));
          for (const line of statement.lines) expect(units(line.platform, c.currency) + units(line.organizer, c.currency)).toBe(units(line.amount, c.currency));
          expect(sum(statement.lines.map((l) => l.amount), c.currency)).toBe(units(statement.received));
          expect(sum(statement.lines.map((l) => l.platform), c.currency)).toBe(units(statement.platform));
          expect(sum(statement.lines.map((l) => l.organizer), c.currency)).toBe(units(statement.organizer));
          expect(sum(statement.lines.map((l) => l.toBreakeven), c.currency)).toBe(units(statement.recovered));
          expect(units(statement.recovered) + units(statement.uncovered)).toBe(units(statement.breakeven));
          const streams = Object.values(statement.streams);
          expect(streams.reduce((acc, s) => acc + units(s.received), 0n)).toBe(units(statement.received));
          expect(streams.reduce((acc, s) => acc + units(s.organizer), 0n)).toBe(units(statement.organizer));
        }),
        { numRuns: 1000 },
      );
    });

    it('keeps every cumulative total at zero or more, and each stream at the floor of its share of its surplus (refunds included)', () => {
      // Golden: a 5,000 sponsor refunded down to 2,000 over a 3,000 breakeven leaves 1,000 uncovered and nothing to the organizer.
      const golden = settle(seedTerms, [receipt('s1', '5000', '2026-03-01'), receipt('r1', '-3000', '2026-03-05')]);
      expect(totals(golden)).toEqual(['2000.00', '2000.00', '1000.00', '2000.00', '0.00']);
      fc.assert(
        fc.property(caseArb, stepsArb, (c, steps) => {
          const statement = settle(c.terms, receiptsOf(c, steps, true));
          for (const field of ['received', 'recovered', 'uncovered', 'platform', 'organizer'] as const) expect(units(statement[field]) >= 0n).toBe(true);
          for (const s of Object.values(statement.streams)) {
            expect(units(s.toBreakeven) >= 0n && units(s.toBreakeven) <= units(s.received)).toBe(true);
            if (!s.countsTowardBreakeven) expect(units(s.toBreakeven)).toBe(0n);
            const [whole = '0', fraction = ''] = s.organizerShare.split('.');
            const denominator = 10n ** BigInt(fraction.length);
            const numerator = BigInt(whole + fraction);
            expect(units(s.organizer)).toBe((units(s.surplus) * numerator) / denominator);
            expect(units(s.platform) + units(s.organizer)).toBe(units(s.received));
          }
        }),
        { numRuns: 1000 },
      );
    });

    it('refunds: refunding everything each stream received brings every total back to zero and reopens the whole breakeven', () => {
      // Golden: 5,000 in, 5,000 refunded: nothing recovered, 3,000 uncovered.
      const golden = settle(seedTerms, [receipt('s1', '5000', '2026-03-01'), receipt('r1', '-5000', '2026-03-05')]);
      expect(totals(golden)).toEqual(['0.00', '0.00', '3000.00', '0.00', '0.00']);
      expect(lineFigures(golden)[1]).toEqual(['r1', '-3000.00', '-4000.00', '-1000.00']);
      fc.assert(
        fc.property(caseArb, stepsArb, (c, steps) => {
          const receipts = receiptsOf(c, steps, true);
          const statement = settle(c.terms, receipts);
          const refunds = Object.entries(statement.streams).map(([stream, s], i) => ({
            id: `refund-${i}`,
            stream: stream as Receipt['stream'],
            amount: m(-units(s.received), c.currency),
            receivedAt: '2100-01-01',
          }));
          const back = settle(c.terms, refunds, statement);
          expect([units(back.received), units(back.recovered), units(back.platform), units(back.organizer)]).toEqual([0n, 0n, 0n, 0n]);
          expect(back.uncovered).toEqual(back.breakeven);
          expect(codeOf(() => settle(c.terms, [{ id: 'x', stream: 'sponsorship', amount: m(-1n, c.currency), receivedAt: '2100-01-01' }], back))).toBe('refund_exceeds_received');
        }),
        { numRuns: 1000 },
      );
    });

    it('settles incrementally exactly as in one batch, through JSON', () => {
      // Golden: 2,000 then 3,000 over two calls is the batch statement.
      const first = settle(seedTerms, [receipt('s1', '2000', '2026-03-01')]);
      expect(settle(seedTerms, [receipt('s2', '3000', '2026-03-10')], first)).toEqual(settle(seedTerms, [receipt('s1', '2000', '2026-03-01'), receipt('s2', '3000', '2026-03-10')]));
      fc.assert(
        fc.property(caseArb, stepsArb, fc.nat(), (c, steps, cut) => {
          const receipts = receiptsOf(c, steps, true);
          const k = receipts.length === 0 ? 0 : cut % (receipts.length + 1);
          const batch = settle(c.terms, receipts);
          const head = JSON.parse(JSON.stringify(settle(c.terms, receipts.slice(0, k)))) as Statement;
          const continued = settle(c.terms, receipts.slice(k), head);
          expect(JSON.parse(JSON.stringify(continued))).toEqual(JSON.parse(JSON.stringify(batch)));
        }),
        { numRuns: 1000 },
      );
    });

    it('survives a JSON round trip: the statement read back is equal, and a valid previous', () => {
      // Golden: the seed statement written and read back.
      const golden = settle(seedTerms, [receipt('s1', '5000', '2026-03-01')]);
      expect(JSON.parse(JSON.stringify(golden))).toEqual(golden);
      fc.assert(
        fc.property(caseArb, stepsArb, (c, steps) => {
          const statement = settle(c.terms, receiptsOf(c, steps, true));
          const back = JSON.parse(JSON.stringify(statement)) as Statement;
          expect(back).toEqual(statement);
          expect(settle(c.terms, [], back)).toEqual(statement);
        }),
        { numRuns: 1000 },
      );
    });

    it('pays N small receipts of a stream, to the unit, what one receipt of their sum pays', () => {
      // Golden: three receipts of 0.01 at 50-50 pay the organizer 0.01, as one of 0.03 does.
      expect(settle({ breakeven: eur('0') }, [receipt('a', '0.01', '2026-03-01'), receipt('b', '0.01', '2026-03-02'), receipt('c', '0.01', '2026-03-03')]).organizer.amount).toBe('0.01');
      expect(settle({ breakeven: eur('0') }, [receipt('abc', '0.03', '2026-03-01')]).organizer.amount).toBe('0.01');
      fc.assert(
        fc.property(caseArb, stepsArb, (c, steps) => {
          const receipts = receiptsOf(c, steps, false).map((r) => ({ ...r, stream: 'sponsorship' as const }));
          const whole = receipts.reduce((acc, r) => acc + units(r.amount), 0n);
          const many = settle(c.terms, receipts);
          const one = settle(c.terms, [{ id: 'one', stream: 'sponsorship', amount: m(whole, c.currency), receivedAt: '2026-01-01' }]);
          expect(many.streams).toEqual(one.streams);
          expect(totals(many)).toEqual(totals(one));
        }),
        { numRuns: 1000 },
      );
    });

    it('settles a single sponsorship receipt exactly as splitRevenue splits it, at every breakeven boundary', () => {
      // Golden: 2,500 → 2,500 / 0 and 5,000 → 4,000 / 1,000 over 3,000.
      expect(settle(seedTerms, [receipt('a', '2500', '2026-03-01')]).lines[0]?.organizer).toBe('0.00');
      fc.assert(
        fc.property(caseArb, fc.bigInt({ min: -2n, max: 2n }), fc.constantFrom('near', 'zero', 'half'), (c, delta, where) => {
          const b = units(c.terms.breakeven);
          const s = where === 'zero' ? 0n : where === 'half' ? b / 2n : b + delta < 0n ? 0n : b + delta;
          const statement = settle(c.terms, [{ id: 'a', stream: 'sponsorship', amount: m(s, c.currency), receivedAt: '2026-03-01' }]);
          const clause = c.terms.clauses?.sponsorship;
          const split = splitRevenue(m(s, c.currency), { breakeven: c.terms.breakeven, organizerShare: clause?.organizerShare ?? '0.5', ...(clause?.countsTowardBreakeven === false ? { recovered: c.terms.breakeven } : {}) });
          const line = statement.lines[0];
          expect([line?.toBreakeven, line?.platform, line?.organizer]).toEqual([split.toBreakeven.amount, split.platform.amount, split.organizer.amount]);
        }),
        { numRuns: 1000 },
      );
    });

    it('is monotone: a further receipt never lowers a payout, a higher breakeven never raises the organizer', () => {
      // Golden: over 3,000, 5,000 pays the organizer 1,000; over 4,000, 500.
      expect(settle({ breakeven: eur('4000') }, [receipt('a', '5000', '2026-03-01')]).organizer.amount).toBe('500.00');
      fc.assert(
        fc.property(caseArb, stepsArb, fc.bigInt({ min: 0n, max: 10n ** 6n }), fc.nat(3), (c, steps, higher, s) => {
          const receipts = receiptsOf(c, steps, false);
          const base = settle(c.terms, receipts);
          const more = settle(c.terms, [{ id: 'more', stream: c.streams[s % c.streams.length] as Receipt['stream'], amount: m(higher, c.currency), receivedAt: '2100-01-01' }], base);
          expect(units(more.organizer) >= units(base.organizer) && units(more.platform) >= units(base.platform)).toBe(true);
          const costlier = settle({ ...c.terms, breakeven: m(units(c.terms.breakeven) + higher, c.currency) }, receipts);
          expect(units(costlier.organizer) <= units(base.organizer)).toBe(true);
          for (const stream of STREAMS) {
            const a = base.streams[stream];
            const b = costlier.streams[stream];
            if (a !== undefined && b !== undefined) expect(units(b.organizer) <= units(a.organizer)).toBe(true);
          }
        }),
        { numRuns: 1000 },
      );
    });

    it('takes receipts in the order the money was received, whatever order they come in', () => {
      // Golden: 3,000 then 2,000 given late-first settle as 2,000 then 3,000.
      expect(settle(seedTerms, [receipt('late', '3000', '2026-03-10'), receipt('early', '2000', '2026-03-01')]).lines.map((l) => l.receiptId)).toEqual(['early', 'late']);
      fc.assert(
        fc.property(caseArb, stepsArb.map((steps) => steps.map((step) => ({ ...step, gap: step.gap + 1 }))), fc.nat(), (c, steps, seed) => {
          const receipts = receiptsOf(c, steps, true);
          const shuffled = [...receipts].sort((a, b) => ((Number(a.id.slice(1)) * 7919 + seed) % 101) - ((Number(b.id.slice(1)) * 7919 + seed) % 101));
          expect(settle(c.terms, shuffled)).toEqual(settle(c.terms, receipts));
        }),
        { numRuns: 1000 },
      );
    });
  });
});

describe('errors', () => {
  /** A single-issue error: its code is the issue's, its message the headline. */
  const single = (code: string, path: string, message: string, headline: string) => ({ code, message: headline, issues: [{ code, path, message }] });

  // A sponsor of 5,000 over 3,000: toBreakeven 3,000, surplus 2,000, organizer 1,000, platform 4,000.
  const full = settle(seedTerms, [receipt('s1', '5000', '2026-03-01')]);
  type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a statement edited as JSON
  /** A JSON copy of `full`, edited. */
  const edited = (edit: (previous: Json) => void, from: Statement = full): Statement => {
    const copy = JSON.parse(JSON.stringify(from)) as Json;
    edit(copy);
    return copy as Statement;
  };
  const continueFrom = (previous: unknown, terms: SettlementTerms = seedTerms) => () => settle(terms, [], previous as Statement);
  const inconsistent = (path: string, what: string) =>
    single('previous_inconsistent', path, `Expected ${what}`, `Expected \`${path}\` to be ${what}: the statement was not produced by \`settle\` or was changed`);
  const mismatch = (path: string, what: string) =>
    single('previous_terms_mismatch', path, `Expected ${what} of the terms`, `Expected \`${path}\` to be ${what} of the terms: a statement continues only under the same terms`);

  describe('settle', () => {
    describe('terms', () => {
      const cases = [
        {
          name: 'terms that are not a record',
          input: null as unknown,
          expected: single('terms_malformed', 'terms', 'Expected settlement terms `{ breakeven, clauses? }`, got null', 'Expected `terms` to be settlement terms `{ breakeven, clauses? }`, got null'),
        },
        {
          name: 'a missing breakeven',
          input: {},
          expected: single('money_malformed', 'terms.breakeven', 'Expected a money value `{ amount, currency }`, got nothing', 'Expected `terms.breakeven` to be a money value `{ amount, currency }`, got nothing'),
        },
        {
          name: 'a breakeven in an unknown currency',
          input: { breakeven: { amount: '1', currency: 'ZZZ' } },
          expected: single('currency_unknown', 'terms.breakeven.currency', 'Expected an ISO 4217 code such as `EUR`, got `ZZZ`', 'Expected `terms.breakeven.currency` to be an ISO 4217 code such as `EUR`, got `ZZZ`'),
        },
        {
          name: 'clauses that are not a record',
          input: { breakeven: eur('1'), clauses: [] },
          expected: single(
            'clauses_malformed',
            'terms.clauses',
            'Expected one clause per stream `{ sponsorship?, pay_per_view?, dvd?, workshop? }`, got an array',
            'Expected `terms.clauses` to be one clause per stream `{ sponsorship?, pay_per_view?, dvd?, workshop? }`, got an array',
          ),
        },
        {
          name: 'a clause for a stream that does not exist',
          input: { breakeven: eur('1'), clauses: { tips: {} } },
          expected: single(
            'stream_unknown',
            'terms.clauses.tips',
            'Expected one of sponsorship, pay_per_view, dvd, workshop, got `tips`',
            'Expected `terms.clauses` to name only the streams sponsorship, pay_per_view, dvd, workshop, got `tips`',
          ),
        },
        {
          name: 'a clause that is not a record',
          input: { breakeven: eur('1'), clauses: { dvd: 'half' } },
          expected: single(
            'clause_malformed',
            'terms.clauses.dvd',
            'Expected a clause `{ organizerShare, countsTowardBreakeven }`, got `half`',
            'Expected `terms.clauses.dvd` to be a clause `{ organizerShare, countsTowardBreakeven }`, got `half`',
          ),
        },
        {
          name: 'a clause whose countsTowardBreakeven is not a boolean',
          input: { breakeven: eur('1'), clauses: { dvd: { organizerShare: '0.5', countsTowardBreakeven: 'yes' } } },
          expected: single(
            'clause_malformed',
            'terms.clauses.dvd.countsTowardBreakeven',
            'Expected `true` or `false`, got `yes`',
            'Expected `terms.clauses.dvd.countsTowardBreakeven` to be `true` or `false`, got `yes`',
          ),
        },
      ];
      it.each(cases)('refuses $name with its exact issue', ({ input, expected }) => {
        expect(errorOf(() => settle(input as SettlementTerms, []))).toEqual(expected);
      });

      it('reads a clause given as `undefined` as no clause, and keeps the default sponsorship clause', () => {
        const terms = { breakeven: eur('0'), clauses: { sponsorship: undefined, dvd: undefined } } as unknown as SettlementTerms;
        expect(settle(terms, [receipt('s', '10', '2026-03-01')]).streams).toEqual({
          sponsorship: { organizerShare: '0.5', countsTowardBreakeven: true, received: eur('10'), toBreakeven: eur('0'), surplus: eur('10'), platform: eur('5'), organizer: eur('5') },
        });
        expect(errorOf(() => settle(terms, [receipt('d', '1', '2026-03-01', 'dvd')])).issues).toEqual([
          { code: 'stream_not_in_terms', path: 'receipts[0].stream', message: 'Expected a stream the terms have a clause for, got `dvd`' },
        ]);
      });
    });

    describe('receipts', () => {
      it('refuses receipts that are not a list', () => {
        expect(errorOf(() => settle(seedTerms, null as never))).toEqual(
          single('receipts_malformed', 'receipts', 'Expected a list of receipts, got null', 'Expected `receipts` to be a list of receipts, got null'),
        );
      });

      const at = '2026-03-01';
      const cases = [
        {
          name: 'a receipt that is not a record',
          input: [null] as unknown[],
          expected: single('receipt_malformed', 'receipts[0]', 'Expected a receipt `{ id, stream, amount, receivedAt }`, got null', 'Expected `receipts[0]` to be a receipt `{ id, stream, amount, receivedAt }`, got null'),
        },
        {
          name: 'an id of 201 characters',
          input: [receipt('x'.repeat(201), '1', at)],
          expected: single(
            'receipt_id_malformed',
            'receipts[0].id',
            `Expected a non-empty string of at most 200 characters, got \`${'x'.repeat(120)}…\` (201 characters)`,
            `Expected \`receipts[0].id\` to be a non-empty string of at most 200 characters, got \`${'x'.repeat(120)}…\` (201 characters)`,
          ),
        },
        {
          name: 'a stream that does not exist',
          input: [{ ...receipt('a', '1', at), stream: 'tips' }],
          expected: single(
            'stream_unknown',
            'receipts[0].stream',
            'Expected one of sponsorship, pay_per_view, dvd, workshop, got `tips`',
            'Expected `receipts[0].stream` to be one of sponsorship, pay_per_view, dvd, workshop, got `tips`',
          ),
        },
        {
          name: 'a stream the terms have no clause for',
          input: [receipt('a', '1', at, 'workshop')],
          expected: single(
            'stream_not_in_terms',
            'receipts[0].stream',
            'Expected a stream the terms have a clause for, got `workshop`',
            'Expected `receipts[0].stream` to have a clause in the terms, got `workshop`',
          ),
        },
        {
          name: 'an amount in another currency, compared with the breakeven',
          input: [{ ...receipt('a', '1', at), amount: money('1', 'USD') }],
          expected: single('currency_mismatch', 'receipts[0].amount.currency', 'Expected EUR like the breakeven, got USD', 'Expected `receipts[0].amount.currency` to be EUR like the breakeven, got USD'),
        },
        {
          name: 'an amount that is not a money value',
          input: [{ ...receipt('a', '1', at), amount: 5 }],
          expected: single('money_malformed', 'receipts[0].amount', 'Expected a money value `{ amount, currency }`, got `5`', 'Expected `receipts[0].amount` to be a money value `{ amount, currency }`, got `5`'),
        },
        {
          name: 'a receivedAt that is not an instant',
          input: [receipt('a', '1', 'soon')],
          expected: single(
            'received_at_malformed',
            'receipts[0].receivedAt',
            'Expected an ISO 8601 instant with an offset or a date `YYYY-MM-DD`, got `soon`',
            'Expected `receipts[0].receivedAt` to be an ISO 8601 instant with an offset or a date `YYYY-MM-DD`, got `soon`',
          ),
        },
        {
          name: 'a refund beyond what its stream received',
          input: [receipt('s1', '5000', at), receipt('r1', '-5000.01', '2026-03-02')],
          expected: single(
            'refund_exceeds_received',
            'receipts[1].amount',
            'Expected a refund of at most what the sponsorship stream received so far (5000.00), got -5000.01',
            'Expected `receipts[1].amount` to refund at most what the sponsorship stream received so far (5000.00), got -5000.01',
          ),
        },
        {
          name: 'a repeated receipt id',
          input: [receipt('a', '1', at), receipt('b', '1', at), receipt('a', '1', at)],
          expected: single(
            'receipt_id_duplicate',
            'receipts[2].id',
            'Expected a receipt id not seen before, got `a` again (first at `receipts[0].id`)',
            'Expected `receipts[2].id` to be unique, got `a` again (first at `receipts[0].id`)',
          ),
        },
      ];
      it.each(cases)('refuses $name with its exact issue', ({ input, expected }) => {
        expect(errorOf(() => settle(seedTerms, input as Receipt[]))).toEqual(expected);
      });

      it('accepts an id of exactly 200 characters', () => {
        expect(settle(seedTerms, [receipt('x'.repeat(200), '1', at)]).lines[0]?.receiptId).toHaveLength(200);
      });

      it('names only the first refund beyond what was received: the receipts after it are not settled', () => {
        const receipts = [receipt('s1', '10', at), receipt('r1', '-20', '2026-03-02'), receipt('r2', '-15', '2026-03-03')];
        expect(errorOf(() => settle(seedTerms, receipts)).issues).toEqual([
          { code: 'refund_exceeds_received', path: 'receipts[1].amount', message: 'Expected a refund of at most what the sponsorship stream received so far (10.00), got -20.00' },
        ]);
        // The same receipts out of time order: the same single issue.
        expect(errorOf(() => settle(seedTerms, [receipts[2], receipts[0], receipts[1]] as Receipt[])).issues).toEqual([
          { code: 'refund_exceeds_received', path: 'receipts[2].amount', message: 'Expected a refund of at most what the sponsorship stream received so far (10.00), got -20.00' },
        ]);
      });

      it('tells apart two ids whose hashes collide', () => {
        // `r66999` and `r916676` have the same 32-bit FNV-1a hash.
        const statement = settle(seedTerms, [receipt('r66999', '1', at), receipt('r916676', '1', at)]);
        expect(statement.lines.map((l) => l.receiptId)).toEqual(['r66999', 'r916676']);
        expect(errorOf(() => settle(seedTerms, [receipt('r66999', '1', at), receipt('r916676', '1', at), receipt('r66999', '1', at)])).issues).toEqual([
          { code: 'receipt_id_duplicate', path: 'receipts[2].id', message: 'Expected a receipt id not seen before, got `r66999` again (first at `receipts[0].id`)' },
        ]);
      });
    });

    describe('line amounts', () => {
      it('writes an amount without decimals in the canonical form of the currency', () => {
        const statement = settle(seedTerms, [{ id: 'a', stream: 'sponsorship', amount: { amount: '5000', currency: 'EUR' }, receivedAt: '2026-03-01' }]);
        expect(statement.lines[0]).toEqual({ receiptId: 'a', stream: 'sponsorship', receivedAt: '2026-03-01', amount: '5000.00', toBreakeven: '3000.00', platform: '4000.00', organizer: '1000.00' });
      });

      it('writes an amount given as a number as a string, in a currency without decimals too', () => {
        const statement = settle({ breakeven: money('3000', 'JPY') }, [{ id: 'a', stream: 'sponsorship', amount: { amount: 5000 as unknown as string, currency: 'JPY' }, receivedAt: '2026-03-01' }]);
        expect(statement.lines[0]).toEqual({ receiptId: 'a', stream: 'sponsorship', receivedAt: '2026-03-01', amount: '5000', toBreakeven: '3000', platform: '4000', organizer: '1000' });
      });

      it('writes a negative zero as zero', () => {
        const statement = settle(seedTerms, [{ id: 'z', stream: 'sponsorship', amount: { amount: '-0.00', currency: 'EUR' }, receivedAt: '2026-03-01' }]);
        expect(statement.lines[0]).toEqual({ receiptId: 'z', stream: 'sponsorship', receivedAt: '2026-03-01', amount: '0.00', toBreakeven: '0.00', platform: '0.00', organizer: '0.00' });
      });
    });

    describe('time order', () => {
      it('orders receipts of the same second by their fraction of a second', () => {
        const receipts = [
          receipt('a', '100', '2026-03-01T10:00:00.2Z'),
          receipt('b', '100', '2026-03-01T10:00:00.1Z'),
          receipt('c', '100', '2026-03-01T10:00:00.3Z'),
          receipt('x', '100', '2026-03-01T10:00:01Z'),
        ];
        const statement = settle({ breakeven: eur('150') }, receipts);
        expect(statement.lines.map((l) => [l.receiptId, l.toBreakeven, l.organizer])).toEqual([
          ['b', '100.00', '0.00'],
          ['a', '50.00', '25.00'],
          ['c', '0.00', '50.00'],
          ['x', '0.00', '50.00'],
        ]);
      });

      it('orders the second of two receipts of one second first when its fraction is earlier', () => {
        const statement = settle({ breakeven: eur('100') }, [receipt('late', '100', '2026-03-01T10:00:00.5Z'), receipt('early', '100', '2026-03-01T10:00:00.1Z')]);
        expect(statement.lines.map((l) => [l.receiptId, l.toBreakeven])).toEqual([
          ['early', '100.00'],
          ['late', '0.00'],
        ]);
      });

      it('refuses a receipt earlier than the last one of `previous`, naming both receipts', () => {
        expect(errorOf(() => settle(seedTerms, [receipt('s0', '1', '2026-02-28')], full))).toEqual(
          single(
            'receipts_out_of_order',
            'receipts[0].receivedAt',
            'Expected a time no earlier than the receipt before it, got `2026-02-28` (receipt `s0`) after `2026-03-01` (receipt `s1`, the last line of `previous`)',
            'Expected `receipts[0].receivedAt` to be no earlier than the receipt before it, got `2026-02-28` (receipt `s0`) after `2026-03-01` (receipt `s1`, the last line of `previous`)',
          ),
        );
      });
    });

    describe('previous', () => {
      it('refuses a previous that is not a record', () => {
        expect(errorOf(continueFrom(1))).toEqual(
          single('previous_malformed', 'previous', 'Expected a statement returned by `settle`, got `1`', 'Expected `previous` to be a statement returned by `settle`, got `1`'),
        );
      });

      it('refuses a statement of other terms: currency, breakeven', () => {
        expect(errorOf(continueFrom(edited((p) => (p.currency = 'USD'))))).toEqual(mismatch('previous.currency', 'the currency (EUR)'));
        expect(errorOf(continueFrom(edited((p) => (p.breakeven.amount = '2999.00'))))).toEqual(mismatch('previous.breakeven', 'the breakeven (3000.00)'));
      });

      it('names an unreadable breakeven once, without a mismatch beside it', () => {
        expect(errorOf(continueFrom(edited((p) => (p.breakeven = null))))).toEqual(
          single('money_malformed', 'previous.breakeven', 'Expected a money value `{ amount, currency }`, got null', 'Expected `previous.breakeven` to be a money value `{ amount, currency }`, got null'),
        );
      });

      it('refuses streams that are missing, or not those of the terms', () => {
        expect(errorOf(continueFrom(edited((p) => delete p.streams)))).toEqual(
          single('previous_malformed', 'previous.streams', 'Expected the totals of each stream, got nothing', 'Expected `previous.streams` to be the totals of each stream, got nothing'),
        );
        expect(errorOf(continueFrom(edited((p) => (p.streams.tips = p.streams.sponsorship))))).toEqual(mismatch('previous.streams.tips', 'only the streams'));
        expect(errorOf(continueFrom(edited((p) => (p.streams.dvd = p.streams.sponsorship))))).toEqual(mismatch('previous.streams.dvd', 'absent, as there is no clause for dvd'));
        expect(errorOf(continueFrom(edited((p) => delete p.streams.sponsorship)))).toEqual(mismatch('previous.streams.sponsorship', 'present, as there is a clause for sponsorship'));
        expect(errorOf(continueFrom(edited((p) => (p.streams.sponsorship = 5))))).toEqual(
          single('previous_malformed', 'previous.streams.sponsorship', 'Expected the totals of one stream, got `5`', 'Expected `previous.streams.sponsorship` to be the totals of one stream, got `5`'),
        );
      });

      it('refuses a stream written under another clause', () => {
        expect(errorOf(continueFrom(edited((p) => (p.streams.sponsorship.organizerShare = '0.6'))))).toEqual(mismatch('previous.streams.sponsorship.organizerShare', 'the share `0.5`'));
        expect(errorOf(continueFrom(edited((p) => (p.streams.sponsorship.countsTowardBreakeven = false))))).toEqual(mismatch('previous.streams.sponsorship.countsTowardBreakeven', '`true`'));
      });

      const fields = ['received', 'toBreakeven', 'surplus', 'platform', 'organizer'];
      it.each(fields)('refuses a negative %s of a stream at its amount, and nothing else', (field) => {
        const path = `previous.streams.sponsorship.${field}.amount`;
        expect(errorOf(continueFrom(edited((p) => (p.streams.sponsorship[field].amount = '-1.00'))))).toEqual(
          single('amount_negative', path, 'Expected an amount of zero or more, got `-1.00`', `Expected \`${path}\` to be an amount of zero or more, got \`-1.00\``),
        );
      });

      it('compares the currency of a stream total with the terms', () => {
        const path = 'previous.streams.sponsorship.received.currency';
        expect(errorOf(continueFrom(edited((p) => (p.streams.sponsorship.received.currency = 'USD'))))).toEqual(
          single('currency_mismatch', path, 'Expected EUR like the terms, got USD', `Expected \`${path}\` to be EUR like the terms, got USD`),
        );
      });

      const at = 'previous.streams.sponsorship';
      const cases = [
        { name: 'a toBreakeven above what the stream received', edit: (s: Json) => (s.toBreakeven.amount = '5000.01'), expected: inconsistent(`${at}.toBreakeven`, 'between zero and what the stream received (zero when it does not count)') },
        { name: 'a surplus that is not received - toBreakeven', edit: (s: Json) => (s.surplus.amount = '1999.00'), expected: inconsistent(`${at}.surplus`, '`received - toBreakeven`') },
        { name: 'an organizer total that is not its share of the surplus', edit: (s: Json) => (s.organizer.amount = '999.99'), expected: inconsistent(`${at}.organizer`, 'the floor of `organizerShare × surplus`') },
        { name: 'a platform total that is not received - organizer', edit: (s: Json) => (s.platform.amount = '4000.01'), expected: inconsistent(`${at}.platform`, '`received - organizer`') },
      ];
      it.each(cases)('refuses $name', ({ edit, expected }) => {
        expect(errorOf(continueFrom(edited((p) => edit(p.streams.sponsorship))))).toEqual(expected);
      });

      it('refuses a stream that does not count toward the breakeven but paid toward it', () => {
        const terms: SettlementTerms = { breakeven: eur('100'), clauses: { dvd: { organizerShare: '0.5', countsTowardBreakeven: false } } };
        const previous = settle(terms, [receipt('d', '10', '2026-03-01', 'dvd')]);
        const paid = edited((p) => {
          p.streams.dvd.toBreakeven.amount = '1.00';
          p.streams.dvd.surplus.amount = '9.00';
        }, previous);
        expect(errorOf(continueFrom(paid, terms))).toEqual(inconsistent('previous.streams.dvd.toBreakeven', 'between zero and what the stream received (zero when it does not count)'));
      });

      it('refuses totals that are not the sum of the streams, or negative, or in another currency', () => {
        expect(errorOf(continueFrom(edited((p) => (p.received.amount = '5000.01'))))).toEqual(inconsistent('previous.received', 'the sum of its streams (5000.00)'));
        expect(errorOf(continueFrom(edited((p) => (p.uncovered.amount = '1.00'))))).toEqual(inconsistent('previous.uncovered', 'the sum of its streams (0.00)'));
        expect(errorOf(continueFrom(edited((p) => (p.platform.amount = '-1.00'))))).toEqual(
          single('amount_negative', 'previous.platform.amount', 'Expected an amount of zero or more, got `-1.00`', 'Expected `previous.platform.amount` to be an amount of zero or more, got `-1.00`'),
        );
        expect(errorOf(continueFrom(edited((p) => (p.organizer.currency = 'USD'))))).toEqual(
          single('currency_mismatch', 'previous.organizer.currency', 'Expected EUR like the terms, got USD', 'Expected `previous.organizer.currency` to be EUR like the terms, got USD'),
        );
      });

      it('refuses streams that recovered more than the breakeven between them', () => {
        const terms: SettlementTerms = { breakeven: eur('3000'), clauses: { pay_per_view: { organizerShare: '0.5', countsTowardBreakeven: true } } };
        const stream = (share: Json) => ({ ...share, received: eur('3000'), toBreakeven: eur('3000'), surplus: eur('0'), platform: eur('3000'), organizer: eur('0') });
        const base = settle(terms, []);
        const previous = edited((p) => {
          p.streams.sponsorship = stream(p.streams.sponsorship);
          p.streams.pay_per_view = stream(p.streams.pay_per_view);
          p.recovered = eur('6000');
          p.uncovered = eur('0');
          p.received = eur('6000');
          p.platform = eur('6000');
        }, base);
        const error = errorOf(continueFrom(previous, terms));
        expect(error.code).toBe('previous_inconsistent');
        expect(error.issues).toEqual([
          { code: 'previous_inconsistent', path: 'previous.recovered', message: 'Expected at most the breakeven' },
          { code: 'previous_inconsistent', path: 'previous.uncovered', message: 'Expected the sum of its streams (-3000.00)' },
          // Its totals show receipts, its lines none.
          { code: 'previous_inconsistent', path: 'previous.lines', message: 'Expected at least the last line, got none: a statement with receipts needs its last line to be continued' },
        ]);
      });

      it('refuses lines that are missing, without a receipt id, or whose last one has no instant', () => {
        expect(errorOf(continueFrom(edited((p) => delete p.lines)))).toEqual(
          single('previous_malformed', 'previous.lines', 'Expected the list of the statement lines, got nothing', 'Expected `previous.lines` to be the list of the statement lines, got nothing'),
        );
        const error = errorOf(continueFrom(edited((p) => (p.lines = [{}, { receiptId: 'b', receivedAt: 'soon' }]))));
        expect(error.issues).toEqual([
          { code: 'previous_malformed', path: 'previous.lines[0].receiptId', message: 'Expected a receipt id, got nothing' },
          { code: 'previous_malformed', path: 'previous.lines[1].receivedAt', message: 'Expected an ISO 8601 instant, got `soon`' },
        ]);
        expect(error.message).toBe('Expected `previous.lines[0].receiptId` to be a receipt id, got nothing (and 1 more issue)');
      });
    });
  });
});
