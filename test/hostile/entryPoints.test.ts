/* eslint-disable @typescript-eslint/no-explicit-any -- hostile inputs are anything */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  allocate,
  estimateBreakeven,
  money,
  parseContract,
  parseCoverageRequest,
  parseEvent,
  parsePartner,
  parsePolicy,
  parseSpeaker,
  parseSponsor,
  policyFor,
  settle,
  settlementTerms,
  splitRevenue,
  summarizeSeason,
} from '../../src/index.js';
import { blockingUnmet, evaluateEligibility } from '../../src/rules/index.js';
import { findAvailableCrews, parseBooking, parseCrew, planSeason } from '../../src/crew/index.js';
import { jsonSchemaFor } from '../../src/json-schema/index.js';
import { PARTNERSHIP_ALLOCATE, PARTNERSHIP_CHECK, PARTNERSHIP_EXPLAIN, PARTNERSHIP_NEXT_DEADLINE, PARTNERSHIP_SETTLE, PARTNERSHIP_SPLIT, PARTNERSHIP_TRACKER_HEADERS } from '../../src/sheets/index.js';
import { ASOF, validInput } from '../utils/factory.js';
import { craftedValues, expectSafe, hasPersonalData, hostile, mutated, withContacts } from './_harness.js';

// Every public entry point on hostile input: fast-check's arbitrary JSON and the
// crafted values of issue 7 (prototype keys, 10^4-deep nesting, 10 MB strings,
// 1e308, -0, NaN, 5e-324, 40-digit amounts, lone surrogates, 2026-02-30, +14:00 and
// -12:00 offsets, duplicate ids, refunds beyond what was received), put in the place
// of any value of a valid input. The only outcomes allowed: a valid result, or a
// PartnershipError with a code and paths; see _harness.ts.
const RUNS = 300;

/** The factory's valid request, with contact details planted wherever contacts belong. */
function base(): any {
  return withContacts(validInput());
}

const receipts = [
  { id: 'r1', stream: 'sponsorship', amount: { amount: '2000.00', currency: 'EUR' }, receivedAt: '2026-03-01' },
  { id: 'r2', stream: 'sponsorship', amount: { amount: '3000.00', currency: 'EUR' }, receivedAt: '2026-03-10T10:00:00+01:00' },
  { id: 'r3', stream: 'sponsorship', amount: { amount: '-500.00', currency: 'EUR' }, receivedAt: '2026-03-11' },
];
const terms = { breakeven: { amount: '3000.00', currency: 'EUR' }, clauses: { sponsorship: { organizerShare: '0.5', countsTowardBreakeven: true } } };
const crews = [{ id: 'crew-a', name: 'A', homeCity: 'Paris', cameras: 3 }];
const bookings = [{ crewId: 'crew-a', eventId: 'evt-9', start: '2026-03-13T09:00:00+01:00', end: '2026-03-13T18:00:00+01:00' }];

/**
 * Runs `call` on mutated copies of `input`; then, when it has personal-data fields, on copies
 * whose personal-data fields hold hostile values, e-mail addresses and phone numbers among them.
 */
function property(input: unknown, call: (value: any) => unknown, options: { resultMayHoldContacts?: boolean; wrapper?: boolean } = {}) {
  // A wrapper `{ a, b }` only carries several arguments: its own root is not replaced.
  const root = options.wrapper !== true;
  fc.assert(
    fc.property(mutated(input, false, root), (value) => {
      expectSafe(() => call(value), [value], options);
    }),
    { numRuns: RUNS },
  );
  if (!hasPersonalData(input)) return;
  fc.assert(
    fc.property(mutated(input, true, root), (value) => {
      expectSafe(() => call(value), [value], options);
    }),
    { numRuns: Math.floor(RUNS / 2) },
  );
}

describe('hostile input', () => {
  it('golden: a crafted 40-digit amount, -0 and 5e-324 give exact values or clear errors', () => {
    expect(money('1234567890123456789012345678901234567890', 'EUR').amount).toBe('1234567890123456789012345678901234567890.00');
    expect(money(-0, 'EUR').amount).toBe('0.00');
    expect(expectSafe(() => money(5e-324, 'EUR'), [])).toBe('error');
    expect(expectSafe(() => money(1e308, 'JPY'), [])).toBe('ok');
    expect(expectSafe(() => money('\ud800', 'EUR'), [])).toBe('error');
    expect(expectSafe(() => parseEvent({ ...base().event, start: '2026-02-30T09:00:00Z' }), [])).toBe('error');
    const extremes = { ...base().event, start: '2026-03-14T09:00:00+14:00', end: '2026-03-14T18:00:00-12:00', sessions: [] };
    expect(expectSafe(() => parseEvent(extremes), [], { resultMayHoldContacts: true })).toBe('ok');
  });

  it('golden: a refund beyond what was received and duplicate ids are PartnershipErrors with paths', () => {
    const refund = [receipts[0], { ...receipts[2], amount: { amount: '-2000.01', currency: 'EUR' } }];
    expect(() => settle(terms as never, refund as never)).toThrow(expect.objectContaining({ code: 'refund_exceeds_received' }));
    const duplicate = [receipts[0], { ...receipts[1], id: 'r1' }];
    expect(() => settle(terms as never, duplicate as never)).toThrow(expect.objectContaining({ code: 'receipt_id_duplicate' }));
    const twice = base();
    twice.speakers[1].id = twice.speakers[0].id;
    expect(expectSafe(() => parseCoverageRequest(twice), [twice])).toBe('error');
  });

  it('golden: __proto__ and constructor keys pollute nothing', () => {
    const input = base();
    Object.defineProperty(input.event, '__proto__', { value: { polluted: true }, enumerable: true });
    input.event.constructor = { prototype: { polluted: true } };
    expectSafe(() => evaluateEligibility(input, { policy: DEFAULT_POLICY, asOf: ASOF }), [input]);
    expect(({} as any).polluted).toBeUndefined();
  });

  it('every crafted value, alone, in the place of a whole argument', () => {
    const failures: string[] = [];
    for (const value of craftedValues()) {
      for (const call of [
        () => parseCoverageRequest(value),
        () => parseEvent(value),
        () => parsePolicy(value),
        () => money(value as never, 'EUR'),
        () => money('1', value as never),
        () => allocate(value as never, ['1']),
        () => allocate(money('1', 'EUR'), value as never),
        () => splitRevenue(value as never, terms as never),
        () => settle(value as never, receipts as never),
        () => settle(terms as never, value as never),
        () => settle(terms as never, receipts as never, value as never),
        () => summarizeSeason(value as never),
        () => evaluateEligibility(value, { policy: DEFAULT_POLICY, asOf: ASOF }),
        () => evaluateEligibility(base(), value as never),
        () => blockingUnmet(value as never),
        () => blockingUnmet({ findings: [value] } as never),
        () => settlementTerms(value as never),
        () => settlementTerms({ ...parseContract(base().contract), clauses: { sponsorship: value } } as never),
        () => findAvailableCrews(value as never, { crews: crews as never, bookings: bookings as never, policy: DEFAULT_POLICY }),
        () => planSeason(value as never, crews as never, bookings as never, { policy: DEFAULT_POLICY, asOf: ASOF }),
        () => policyFor(value as never, ASOF),
        () => jsonSchemaFor(value as never),
        () => PARTNERSHIP_SPLIT(value as never, 3000),
        () => PARTNERSHIP_SETTLE(value as never, 3000),
        () => PARTNERSHIP_ALLOCATE(100, value as never),
        () => PARTNERSHIP_CHECK(value as never, value as never),
        () => PARTNERSHIP_EXPLAIN(value as never, value as never, value as never, value as never),
        () => PARTNERSHIP_NEXT_DEADLINE(value as never, value as never, value as never),
        () => PARTNERSHIP_TRACKER_HEADERS(value as never),
      ]) {
        try {
          expectSafe(call, [value], { resultMayHoldContacts: true });
        } catch (error) {
          let shown: string;
          try {
            shown = typeof value === 'string' ? value.slice(0, 30) : String(JSON.stringify(value)).slice(0, 60);
          } catch {
            shown = 'a 10^4-deep value';
          }
          failures.push(`${call.toString()} on ${shown}: ${String(error)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  describe('properties', () => {
    it('parseCoverageRequest and the other parsers: a model or a PartnershipError', () => {
      property(base(), (v) => parseCoverageRequest(v), { resultMayHoldContacts: true });
      property(base().event, (v) => parseEvent(v), { resultMayHoldContacts: true });
      property(base().partner, (v) => parsePartner(v), { resultMayHoldContacts: true });
      property(base().speakers[0], (v) => parseSpeaker(v), { resultMayHoldContacts: true });
      property(base().sponsors[0], (v) => parseSponsor(v));
      property(base().contract, (v) => parseContract(v));
      property(JSON.parse(JSON.stringify(DEFAULT_POLICY)), (v) => parsePolicy(v));
      property(crews[0], (v) => parseCrew(v));
      property(bookings[0], (v) => parseBooking(v));
    });

    it('money, allocate and splitRevenue: exact values or a PartnershipError', () => {
      property({ amount: '1250.50', currency: 'EUR' }, (v) => money(v.amount, v.currency), { wrapper: true });
      property({ total: { amount: '100.00', currency: 'EUR' }, weights: ['1', 2, '0.5'] }, (v) => allocate(v.total, v.weights), { wrapper: true });
      property({ received: { amount: '5000.00', currency: 'EUR' }, terms: { breakeven: { amount: '3000.00', currency: 'EUR' }, organizerShare: '0.5', recovered: { amount: '0.00', currency: 'EUR' } } }, (v) =>
        splitRevenue(v.received, v.terms),
      { wrapper: true });
      property({ setup: { cameras: 2, crewMembers: 3, days: '1.5', travel: 1, postProductionHours: 4 }, rateCard: { cameraDay: { amount: '200.00', currency: 'EUR' }, crewMemberDay: { amount: '300.00', currency: 'EUR' }, travel: { amount: '150.00', currency: 'EUR' }, postProductionHour: { amount: '60.00', currency: 'EUR' } } }, (v) =>
        estimateBreakeven(v.setup, v.rateCard),
      { wrapper: true });
    });

    it('settle and summarizeSeason: a statement or a PartnershipError', () => {
      property({ terms, receipts }, (v) => settle(v.terms, v.receipts), { wrapper: true });
      const statement = JSON.parse(JSON.stringify(settle(terms as never, receipts.slice(0, 2) as never)));
      property({ statement, more: [receipts[2]] }, (v) => settle(terms as never, v.more, v.statement), { wrapper: true });
      property([statement, statement], (v) => summarizeSeason(v));
    });

    it('evaluateEligibility: a report without contact details, or a PartnershipError', () => {
      property(base(), (v) => evaluateEligibility(v, { policy: DEFAULT_POLICY, asOf: ASOF }));
      property({ policy: JSON.parse(JSON.stringify(DEFAULT_POLICY)), asOf: ASOF, locale: 'fr', availability: { eventId: 'evt-1', freeCrews: ['crew-a'], conflicts: [] } }, (v) =>
        evaluateEligibility(base(), v),
      { wrapper: true });
    });

    it('findAvailableCrews and planSeason: an answer or a PartnershipError', () => {
      const event = base().event;
      property({ event, crews, bookings }, (v) => findAvailableCrews(v.event, { crews: v.crews, bookings: v.bookings, policy: DEFAULT_POLICY }), { wrapper: true });
      property({ requests: [base()], crews, bookings }, (v) => planSeason(v.requests, v.crews, v.bookings, { policy: DEFAULT_POLICY, asOf: ASOF }), { wrapper: true });
    });

    it('the sheet functions: cells or a PartnershipError', () => {
      property({ received: 5000, breakeven: 3000, share: 0.5, currency: 'EUR' }, (v) => PARTNERSHIP_SPLIT(v.received, v.breakeven, v.share, v.currency), { wrapper: true });
      property({ receipts: [[2000], [3000.5], [''], [-100]], breakeven: 3000 }, (v) => PARTNERSHIP_SETTLE(v.receipts, v.breakeven), { wrapper: true });
      property({ amount: 100, weights: [[1, 2, 3]] }, (v) => PARTNERSHIP_ALLOCATE(v.amount, v.weights), { wrapper: true });
      const header = ['request_id', 'title', 'organizer', 'start', 'end', 'city', 'speakers', 'breakeven', 'as_of'];
      const row = ['req-1', 'Web Days', 'org-1', '2026-03-14T09:00:00+01:00', '2026-03-14T18:00:00+01:00', 'Paris', 3, 800, '2026-02-10'];
      property({ header: [header], row: [row] }, (v) => PARTNERSHIP_CHECK(v.header, v.row), { resultMayHoldContacts: true, wrapper: true });
      property({ header: [header], row: [row], asOf: 46_063 }, (v) => PARTNERSHIP_EXPLAIN(v.header, v.row, 'fr', v.asOf), { resultMayHoldContacts: true, wrapper: true });
      property({ header: [header], row: [row], asOf: '2026-02-10' }, (v) => PARTNERSHIP_NEXT_DEADLINE(v.header, v.row, v.asOf), { resultMayHoldContacts: true, wrapper: true });
    });
  });

  it('uses hostile values that include every crafted value', () => {
    fc.assert(fc.property(hostile(), () => true), { numRuns: 10 });
  });
});
