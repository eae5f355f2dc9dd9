import fc from 'fast-check';
import { STREAMS } from '../../src/index.js';
import type { Receipt, SettlementTerms, Stream, StreamClause } from '../../src/index.js';
import { currencyArb, isoAt, m, shareArb, unitsArb } from './arbitraries.js';

export interface Case {
  readonly currency: string;
  readonly terms: SettlementTerms;
  readonly streams: readonly Stream[];
}

/** Terms in one of four currencies, with sponsorship (default or given) and a random subset of the other streams. */
export const caseArb: fc.Arbitrary<Case> = fc
  .record({
    currency: currencyArb,
    breakeven: unitsArb,
    sponsorship: fc.option(fc.record({ organizerShare: shareArb, countsTowardBreakeven: fc.boolean() }), { nil: undefined }),
    others: fc.subarray(['pay_per_view', 'dvd', 'workshop'] as Stream[]),
    clauses: fc.array(fc.record({ organizerShare: shareArb, countsTowardBreakeven: fc.boolean() }), { minLength: 3, maxLength: 3 }),
  })
  .map(({ currency, breakeven, sponsorship, others, clauses }) => {
    const given: Partial<Record<Stream, StreamClause>> = {};
    if (sponsorship !== undefined) given.sponsorship = sponsorship;
    others.forEach((stream, i) => {
      given[stream] = clauses[i] as StreamClause;
    });
    const streams = STREAMS.filter((s) => s === 'sponsorship' || others.includes(s));
    return { currency, terms: { breakeven: m(breakeven, currency), clauses: given }, streams };
  });

export interface Step {
  readonly stream: number;
  readonly units: bigint;
  readonly refund: boolean;
  /** Seconds after the previous receipt: 0 makes a tie. */
  readonly gap: number;
  readonly offset: number;
}

export const stepArb: fc.Arbitrary<Step> = fc.record({
  stream: fc.nat(3),
  units: unitsArb,
  refund: fc.boolean(),
  gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 * 86_400 })),
  offset: fc.constantFrom(0, 60, -300, 330, 840, -720),
});

/**
 * Receipts in time order, refunds never above what their stream received so far
 * (so every sequence is valid), ids `r0`, `r1`, …
 */
export function receiptsOf(c: Case, steps: readonly Step[], withRefunds: boolean, start = 1_767_225_600): Receipt[] {
  const received = new Map<Stream, bigint>();
  let at = start;
  return steps.map((step, i) => {
    const stream = c.streams[step.stream % c.streams.length] as Stream;
    const so = received.get(stream) ?? 0n;
    const amount = withRefunds && step.refund ? -(step.units > so ? so : step.units) : step.units;
    received.set(stream, so + amount);
    at += step.gap;
    return { id: `r${i}`, stream, amount: m(amount, c.currency), receivedAt: isoAt(at, step.offset) };
  });
}

export const stepsArb = fc.array(stepArb, { maxLength: 25 });
