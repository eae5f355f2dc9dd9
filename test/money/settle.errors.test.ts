import { describe, expect, it } from 'vitest';
import { money, settle } from '../../src/index.js';
import type { Receipt, SettlementTerms, Statement } from '../../src/index.js';
import { thrown as errorOf } from '../utils/thrown.js';
import { eur, receipt, seedTerms } from './fixtures.js';


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
