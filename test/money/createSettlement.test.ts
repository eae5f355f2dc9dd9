import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSettlement, settle } from '../../src/index.js';
import type { Receipt, Statement, StatementLine } from '../../src/index.js';
import { thrown } from '../utils/thrown.js';
import { eur, receipt, seedTerms } from './fixtures.js';
import { caseArb, receiptsOf, stepsArb } from './settleArbitraries.js';

const json = (value: unknown): string => JSON.stringify(value);
const figures = (lines: readonly StatementLine[]) => lines.map((l) => [l.receiptId, l.toBreakeven, l.platform, l.organizer]);
const totals = (statement: Statement) => [statement.received, statement.recovered, statement.uncovered, statement.platform, statement.organizer].map((m) => m.amount);

/** Settles `receipts` cut at the given sizes (the rest in a last chunk). */
function inChunks(receipts: readonly Receipt[], sizes: readonly number[]) {
  const settlement = createSettlement(seedTerms);
  let at = 0;
  for (const size of sizes) {
    settlement.add(receipts.slice(at, at + size));
    at += size;
  }
  return settlement.add(receipts.slice(at));
}

// Over a 3,000 breakeven: 2,000 then 1,500 cover it and share 500; a refund of 500 takes the
// organizer's 250 back; 3,000 more share 3,000 (1,500 each).
const season = [
  receipt('s1', '2000', '2026-03-01'),
  receipt('s2', '1500', '2026-03-02'),
  receipt('r1', '-500', '2026-03-03'),
  receipt('s3', '3000', '2026-03-10'),
];

describe('createSettlement', () => {
  it('settles chunk after chunk as one settle() call: the hand-computed season', () => {
    const settlement = createSettlement(seedTerms).add(season.slice(0, 1)).add(season.slice(1, 3)).add([]).add(season.slice(3));
    const statement = settlement.statement();
    expect(figures(statement.lines)).toEqual([
      ['s1', '2000.00', '2000.00', '0.00'],
      ['s2', '1000.00', '1250.00', '250.00'],
      ['r1', '0.00', '-250.00', '-250.00'],
      ['s3', '0.00', '1500.00', '1500.00'],
    ]);
    expect(totals(statement)).toEqual(['6000.00', '3000.00', '0.00', '4500.00', '1500.00']);
    expect(json(statement)).toBe(json(settle(seedTerms, season)));
    expect(settlement.count).toBe(4);
  });

  it('gives the lines settled since the last takeLines(), all of them the first time', () => {
    const settlement = createSettlement(seedTerms).add(season.slice(0, 2));
    expect(settlement.takeLines().map((l) => l.receiptId)).toEqual(['s1', 's2']);
    expect(settlement.takeLines()).toEqual([]);
    settlement.add(season.slice(2, 3)).add(season.slice(3));
    expect(settlement.takeLines().map((l) => l.receiptId)).toEqual(['r1', 's3']);
    // The statement still has every line.
    expect(settlement.statement().lines).toHaveLength(4);
  });

  it('keeps only the last line with keepLines: false, and that statement continues correctly', () => {
    const light = createSettlement(seedTerms, { keepLines: false }).add(season.slice(0, 2)).add(season.slice(2, 3));
    const statement = light.statement();
    expect(statement.lines.map((l) => l.receiptId)).toEqual(['r1']);
    expect(totals(statement)).toEqual(['3000.00', '3000.00', '0.00', '3000.00', '0.00']);
    // Continued, with the lines not kept: the totals and the last line of one call.
    const continued = settle(seedTerms, season.slice(3), statement);
    expect(figures(continued.lines)).toEqual([
      ['r1', '0.00', '-250.00', '-250.00'],
      ['s3', '0.00', '1500.00', '1500.00'],
    ]);
    expect(totals(continued)).toEqual(totals(settle(seedTerms, season)));
    // The lines still come out, chunk by chunk, to be written as they are settled.
    expect(light.takeLines().map((l) => l.receiptId)).toEqual(['s1', 's2', 'r1']);
    expect(light.add(season.slice(3)).takeLines().map((l) => l.receiptId)).toEqual(['s3']);
    expect(json(light.statement())).toBe(json({ ...settle(seedTerms, season), lines: settle(seedTerms, season).lines.slice(-1) }));
  });

  it('continues a previous statement: its lines first, then the new ones, as settle does', () => {
    const previous = settle(seedTerms, season.slice(0, 2));
    const settlement = createSettlement(seedTerms, { previous }).add(season.slice(2));
    expect(json(settlement.statement())).toBe(json(settle(seedTerms, season.slice(2), previous)));
    expect(json(settlement.statement())).toBe(json(settle(seedTerms, season)));
    // The lines of previous are not settled again: takeLines gives only the new ones.
    expect(settlement.takeLines().map((l) => l.receiptId)).toEqual(['r1', 's3']);
    expect(settlement.count).toBe(2);
    // Nothing added: the previous statement, with a light previous too.
    expect(json(createSettlement(seedTerms, { previous }).statement())).toBe(json(previous));
    expect(json(createSettlement(seedTerms, { previous: { ...previous, lines: previous.lines.slice(-1) } }).statement().lines)).toBe(json(previous.lines.slice(-1)));
  });

  it('gives a frozen statement, and the next chunk does not change it', () => {
    const settlement = createSettlement(seedTerms).add(season.slice(0, 2));
    const first = settlement.statement();
    settlement.add(season.slice(2));
    expect(Object.isFrozen(first.lines)).toBe(true);
    expect(first.lines).toHaveLength(2);
    expect(settlement.statement().lines).toHaveLength(4);
  });

  describe('time order, to the nanosecond, wherever a chunk ends', () => {
    const early = receipt('r2', '10', '2026-03-01T10:00:00.0000001Z');
    const late = receipt('r1', '10', '2026-03-01T10:00:00.0000002Z');
    const issue = (k: number) => ({
      code: 'receipts_out_of_order',
      path: `receipts[${k}].receivedAt`,
      message: 'Expected a time no earlier than the receipt before it, got `2026-03-01T10:00:00.0000001Z` (receipt `r2`) after `2026-03-01T10:00:00.0000002Z` (receipt `r1`)',
    });

    it('refuses a receipt 100 ns earlier than the one before it, in one chunk, naming both', () => {
      const error = thrown(() => createSettlement(seedTerms).add([late, early]));
      expect(error).toEqual({
        code: 'receipts_out_of_order',
        message:
          'Expected `receipts[1].receivedAt` to be no earlier than the receipt before it, got `2026-03-01T10:00:00.0000001Z` (receipt `r2`) after `2026-03-01T10:00:00.0000002Z` (receipt `r1`)',
        issues: [issue(1)],
      });
    });

    it('refuses it the same way across chunks, at its index counted over every add()', () => {
      const settlement = createSettlement(seedTerms).add([receipt('r0', '10', '2026-03-01')]).add([late]);
      expect(thrown(() => settlement.add([early])).issues).toEqual([issue(2)]);
    });

    it('refuses a receipt earlier than the last line of previous, naming it', () => {
      const previous = settle(seedTerms, [late]);
      expect(thrown(() => createSettlement(seedTerms, { previous }).add([early])).issues).toEqual([
        { ...issue(0), message: `${issue(0).message.slice(0, -1)}, the last line of \`previous\`)` },
      ]);
    });

    it('keeps equal instants in the order given, in one chunk or across chunks', () => {
      const at = '2026-03-01T10:00:00.123456789+01:00';
      const ties = [receipt('b', '3000', at), receipt('a', '1000', at), receipt('c', '1000', at)];
      const expected = [
        ['b', '3000.00', '3000.00', '0.00'],
        ['a', '0.00', '500.00', '500.00'],
        ['c', '0.00', '500.00', '500.00'],
      ];
      expect(figures(createSettlement(seedTerms).add(ties).statement().lines)).toEqual(expected);
      expect(figures(createSettlement(seedTerms).add(ties.slice(0, 1)).add(ties.slice(1)).statement().lines)).toEqual(expected);
    });

    it('lists every receipt out of order in a chunk, each against the one just before it', () => {
      const receipts = [receipt('a', '1', '2026-03-05'), receipt('b', '1', '2026-03-01'), receipt('c', '1', '2026-03-02'), receipt('d', '1', '2026-03-01T12:00:00Z')];
      expect(thrown(() => createSettlement(seedTerms).add(receipts)).issues.map((i) => [i.path, i.message.replace(/^.*, got /, '')])).toEqual([
        ['receipts[1].receivedAt', '`2026-03-01` (receipt `b`) after `2026-03-05` (receipt `a`)'],
        ['receipts[3].receivedAt', '`2026-03-01T12:00:00Z` (receipt `d`) after `2026-03-02` (receipt `c`)'],
      ]);
    });

    it('is what settle() does after its sort: settle takes a list in any order', () => {
      expect(figures(settle(seedTerms, [late, early]).lines).map((l) => l[0])).toEqual(['r2', 'r1']);
    });
  });

  describe('receipt ids', () => {
    it('catches a duplicate past the first 10,000 receipts exactly, naming both places', () => {
      const receipts = Array.from({ length: 12_000 }, (_, i) => receipt(`rcpt-${i}`, '1', '2026-03-01'));
      receipts[11_000] = receipt('rcpt-3', '1', '2026-03-01');
      for (const keepLines of [true, false]) {
        const settlement = createSettlement(seedTerms, { keepLines });
        const error = thrown(() => {
          for (let at = 0; at < receipts.length; at += 1000) settlement.add(receipts.slice(at, at + 1000));
        });
        expect(error.issues).toEqual([
          { code: 'receipt_id_duplicate', path: 'receipts[11000].id', message: 'Expected a receipt id not seen before, got `rcpt-3` again (first at `receipts[3].id`)' },
        ]);
        expect(settlement.count).toBe(11_000);
      }
    });

    it('names the line of previous a repeated id was first settled in', () => {
      const previous = settle(seedTerms, season.slice(0, 2));
      expect(thrown(() => createSettlement(seedTerms, { previous }).add([receipt('s1', '1', '2026-03-05')])).issues).toEqual([
        { code: 'receipt_id_duplicate', path: 'receipts[0].id', message: 'Expected a receipt id not seen before, got `s1` again (first at `previous.lines[0].receiptId`)' },
      ]);
    });

    it('accepts two ids that collided under the old 64-bit fingerprint', () => {
      const ids = ['3vmj9A-0000000000000', 'FXxun˱-0000000000000'];
      const statement = createSettlement(seedTerms).add([receipt(ids[0] as string, '1', '2026-03-01')]).add([receipt(ids[1] as string, '1', '2026-03-01')]).statement();
      expect(statement.lines.map((l) => l.receiptId)).toEqual(ids);
      expect(settle(seedTerms, ids.map((id) => receipt(id, '1', '2026-03-01'))).lines).toHaveLength(2);
    });
  });

  describe('previous', () => {
    it('refuses a statement whose totals show receipts but whose lines are empty', () => {
      // Without its last line, an earlier receipt would pass the order check and take what a later one paid toward the breakeven.
      const previous = settle(seedTerms, [receipt('s1', '2500', '2026-03-10')]);
      const error = thrown(() => createSettlement(seedTerms, { previous: { ...previous, lines: [] } }));
      expect(error).toEqual({
        code: 'previous_inconsistent',
        message: 'Expected `previous.lines` to hold at least the last line, got none: a statement with receipts needs its last line to be continued',
        issues: [{ code: 'previous_inconsistent', path: 'previous.lines', message: 'Expected at least the last line, got none: a statement with receipts needs its last line to be continued' }],
      });
      expect(thrown(() => settle(seedTerms, [receipt('s0', '1000', '2026-03-01')], { ...previous, lines: [] })).code).toBe('previous_inconsistent');
    });

    it('accepts empty lines when the totals are zero, and a light statement keeping its last line', () => {
      const empty = settle(seedTerms, []);
      expect(json(createSettlement(seedTerms, { previous: empty }).add(season).statement())).toBe(json(settle(seedTerms, season)));
      const previous = settle(seedTerms, season.slice(0, 2));
      const light = { ...previous, lines: previous.lines.slice(-1) };
      expect(totals(createSettlement(seedTerms, { previous: light }).add(season.slice(2)).statement())).toEqual(totals(settle(seedTerms, season)));
    });
  });

  describe('a chunk that fails', () => {
    it('leaves the settlement as it was: totals, lines, ids, order and count', () => {
      const settlement = createSettlement(seedTerms).add(season.slice(0, 2));
      const before = json(settlement.statement());
      // A refund beyond what was received is only known while settling: the receipts before it are undone.
      const bad = [receipt('x1', '100', '2026-03-03'), receipt('x2', '-9000', '2026-03-04')];
      expect(thrown(() => settlement.add(bad)).issues).toEqual([
        { code: 'refund_exceeds_received', path: 'receipts[3].amount', message: 'Expected a refund of at most what the sponsorship stream received so far (3600.00), got -9000.00' },
      ]);
      expect(json(settlement.statement())).toBe(before);
      expect(settlement.count).toBe(2);
      expect(settlement.takeLines().map((l) => l.receiptId)).toEqual(['s1', 's2']);
      // The ids of the failed chunk are free again, and its instants set no order.
      settlement.add([receipt('x1', '100', '2026-03-02T12:00:00Z')]);
      expect(settlement.count).toBe(3);
      expect(json(settlement.statement())).toBe(json(settle(seedTerms, [...season.slice(0, 2), receipt('x1', '100', '2026-03-02T12:00:00Z')])));
    });

    it('forgets the ids of the failed chunk only: an id settled before stays taken', () => {
      const settlement = createSettlement(seedTerms).add([receipt('a', '1', '2026-03-01')]);
      expect(thrown(() => settlement.add([receipt('b', '1', '2026-03-02'), receipt('c', '1', '2026-03-02'), receipt('b', '1', '2026-03-02'), receipt('a', '1', '2026-03-02')])).issues.map((i) => i.message)).toEqual([
        'Expected a receipt id not seen before, got `b` again (first at `receipts[1].id`)',
        'Expected a receipt id not seen before, got `a` again (first at `receipts[0].id`)',
      ]);
      expect(thrown(() => settlement.add([receipt('a', '1', '2026-03-02')])).issues.map((i) => i.path)).toEqual(['receipts[1].id']);
      expect(settlement.add([receipt('b', '1', '2026-03-02'), receipt('c', '1', '2026-03-02')]).count).toBe(3);
    });

    it('lists every issue of the chunk, not only the first', () => {
      const settlement = createSettlement(seedTerms).add(season.slice(0, 1));
      const error = thrown(() =>
        settlement.add([
          receipt('s1', '1', '2026-03-02'),
          { ...receipt('b', '1', '2026-03-02'), stream: 'dvd' },
          receipt('c', '1', '2026-02-01'),
          { ...receipt('d', '1', '2026-03-03'), amount: { amount: '1.001', currency: 'EUR' } },
        ]),
      );
      expect(error.code).toBe('invalid_input');
      expect(error.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
        'receipts[1].id receipt_id_duplicate',
        'receipts[2].stream stream_not_in_terms',
        'receipts[3].receivedAt receipts_out_of_order',
        'receipts[4].amount.amount amount_scale_exceeds_currency',
      ]);
      expect(settlement.count).toBe(1);
    });
  });

  it('refuses options that are not options', () => {
    expect(thrown(() => createSettlement(seedTerms, 5 as never)).issues).toEqual([{ code: 'invalid_options', path: 'options', message: 'Expected options `{ previous?, keepLines? }`, got `5`' }]);
    expect(thrown(() => createSettlement(seedTerms, { keepLines: 'no' as never })).issues).toEqual([
      { code: 'invalid_options', path: 'options.keepLines', message: 'Expected `true` or `false`, got `no`' },
    ]);
    expect(thrown(() => createSettlement(seedTerms).add(null as never)).code).toBe('receipts_malformed');
    expect(thrown(() => createSettlement({ breakeven: eur('-1') })).code).toBe('amount_negative');
  });

  describe('properties', () => {
    it('settling in chunks of any sizes gives the same statement JSON as one settle() call', () => {
      // Golden: the season above, cut 1 + 2 + 0 + 1 (hand-computed in the first test).
      expect(json(inChunks(season, [1, 2, 0]).statement())).toBe(json(settle(seedTerms, season)));
      fc.assert(
        fc.property(caseArb, stepsArb, fc.array(fc.nat(6), { maxLength: 8 }), fc.boolean(), (c, steps, sizes, keepLines) => {
          const receipts = receiptsOf(c, steps, true);
          const settlement = createSettlement(c.terms, { keepLines });
          const taken: StatementLine[] = [];
          let at = 0;
          for (const size of sizes) {
            settlement.add(receipts.slice(at, at + size));
            taken.push(...settlement.takeLines());
            at += size;
          }
          settlement.add(receipts.slice(at));
          taken.push(...settlement.takeLines());
          const one = settle(c.terms, receipts);
          expect(settlement.count).toBe(receipts.length);
          expect(json(taken)).toBe(json(one.lines));
          expect(json(settlement.statement())).toBe(json(keepLines ? one : { ...one, lines: one.lines.slice(-1) }));
        }),
        { numRuns: 500 },
      );
    });

    it('a chunk that fails changes nothing: the statement after it is the one before it', () => {
      // Golden: the refund of 9,000 above leaves the 3,500 statement as it was.
      const settlement = createSettlement(seedTerms).add(season.slice(0, 2));
      expect(() => settlement.add([receipt('x', '-9000', '2026-03-04')])).toThrow();
      expect(totals(settlement.statement())).toEqual(['3500.00', '3000.00', '0.00', '3250.00', '250.00']);
      fc.assert(
        fc.property(caseArb, stepsArb, fc.nat(), (c, steps, cut) => {
          const receipts = receiptsOf(c, steps, true);
          const k = receipts.length === 0 ? 0 : cut % (receipts.length + 1);
          const settlement = createSettlement(c.terms).add(receipts.slice(0, k));
          const before = json(settlement.statement());
          // The rest of the receipts, then one refund of more than everything received.
          const refund = { id: 'too-much', stream: 'sponsorship' as const, amount: { amount: `-${'9'.repeat(40)}`, currency: c.currency }, receivedAt: '2100-01-01' };
          expect(() => settlement.add([...receipts.slice(k), refund])).toThrow();
          expect(json(settlement.statement())).toBe(before);
          expect(json(settlement.add(receipts.slice(k)).statement())).toBe(json(settle(c.terms, receipts)));
        }),
        { numRuns: 300 },
      );
    });
  });
});
