import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, estimateBreakeven, isPartnershipError, money, settle, splitRevenue, summarizeSeason } from '../../src/index.js';

/** Runs `call` and fails on anything thrown that is not a PartnershipError. */
function onlyPartnershipErrors(call: () => unknown): void {
  try {
    call();
  } catch (error) {
    if (!isPartnershipError(error)) throw error;
  }
}

const junk = fc.anything({ withNullPrototype: true, withObjectString: true, withBigInt: true, withBoxedValues: true, maxDepth: 3 });
const eur = money('1', 'EUR');
const plausibleMoney = fc.oneof(junk, fc.constant(eur), fc.record({ amount: junk, currency: fc.constantFrom('EUR', 'USD', '__proto__') }));
const receipt = fc.oneof(
  junk,
  fc.record({ id: fc.oneof(junk, fc.string()), stream: fc.oneof(junk, fc.constantFrom('sponsorship', 'dvd', '__proto__')), amount: plausibleMoney, receivedAt: fc.oneof(junk, fc.constant('2026-03-01')) }),
);

describe('garbage in', () => {
  it('throws a PartnershipError, never a TypeError, for a __proto__ key or a null-prototype object', () => {
    const bare = Object.assign(Object.create(null) as object, { id: 'a', stream: 'sponsorship', amount: eur, receivedAt: '2026-03-01' });
    expect(settle({ breakeven: eur }, [bare as never]).lines).toHaveLength(1);
    onlyPartnershipErrors(() => settle(JSON.parse('{"__proto__":{"breakeven":{"amount":"1","currency":"EUR"}}}'), []));
  });

  describe('properties', () => {
    it('throws nothing but PartnershipErrors, whatever the input', () => {
      // Golden: null terms are `terms_malformed`.
      expect(() => settle(null as never, [])).toThrow(/terms/);
      fc.assert(
        fc.property(junk, fc.oneof(junk, fc.array(receipt, { maxLength: 4 })), junk, plausibleMoney, fc.oneof(junk, fc.array(junk, { maxLength: 3 })), (terms, receipts, previous, amount, weights) => {
          onlyPartnershipErrors(() => settle(terms as never, receipts as never));
          onlyPartnershipErrors(() => settle({ breakeven: eur, clauses: terms } as never, receipts as never, previous as never));
          onlyPartnershipErrors(() => splitRevenue(amount as never, { breakeven: amount, organizerShare: terms, recovered: previous } as never));
          onlyPartnershipErrors(() => allocate(amount as never, weights as never));
          onlyPartnershipErrors(() => estimateBreakeven(terms as never, { cameraDay: eur, crewMemberDay: amount, travel: previous } as never));
          onlyPartnershipErrors(() => summarizeSeason(weights as never, terms as never));
        }),
        { numRuns: 1000 },
      );
    });
  });
});
