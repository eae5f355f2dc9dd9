import { describe, expect, expectTypeOf, it } from 'vitest';
import { ContractSchema, STREAMS, parseContract, settlementTerms } from '../../src/index.js';
import type { Contract, SettlementTerms, Stream } from '../../src/index.js';
import { thrown } from '../utils/thrown.js';

// STREAMS is the one list of revenue streams: the contract's clause keys and settlementTerms
// follow it, so adding a stream is one edit the compiler follows.
describe('the contract clauses', () => {
  it('are keyed by exactly the streams of STREAMS, in its order', () => {
    expect(STREAMS).toEqual(['sponsorship', 'pay_per_view', 'dvd', 'workshop']);
    const clauses = ContractSchema.def.shape.clauses.def.innerType.def.shape;
    expect(Object.keys(clauses)).toEqual([...STREAMS]);
    expectTypeOf<keyof Contract['clauses']>().toEqualTypeOf<Stream>();
    expectTypeOf<keyof NonNullable<SettlementTerms['clauses']>>().toEqualTypeOf<Stream>();
    expectTypeOf<Stream>().toEqualTypeOf<'sponsorship' | 'pay_per_view' | 'dvd' | 'workshop'>();
  });

  it('pass every stream on to settlementTerms', () => {
    const clause = { organizerShare: '0.25', countsTowardBreakeven: false };
    const contract = parseContract({
      parties: { platform: { name: 'P' }, organizer: { name: 'O' } },
      breakeven: { amount: '800', currency: 'EUR' },
      organizerShare: '0.25',
      clauses: Object.fromEntries(STREAMS.map((stream) => [stream, stream === 'sponsorship' ? { ...clause, countsTowardBreakeven: true } : clause])),
    });
    const terms = settlementTerms(contract);
    expect(Object.keys(terms.clauses ?? {})).toEqual([...STREAMS]);
    expect(terms.clauses?.workshop).toEqual(clause);
    expect(terms.clauses?.sponsorship).toEqual({ organizerShare: '0.25', countsTowardBreakeven: true });
  });

  it('settlementTerms says what it expected of a value that is not a parsed contract, instead of a TypeError', () => {
    const contract = parseContract({ parties: { platform: { name: 'P' }, organizer: { name: 'O' } }, breakeven: { amount: '800', currency: 'EUR' } });
    const cases: [unknown, string][] = [
      [null, 'contract'],
      [{ constructor: 'x', __proto__: null }, 'contract.clauses'],
      [{ ...contract, clauses: null }, 'contract.clauses'],
      [{ ...contract, clauses: { sponsorship: null } }, 'contract.clauses.sponsorship'],
      [{ ...contract, clauses: { dvd: 'half' } }, 'contract.clauses.dvd'],
    ];
    for (const [value, path] of cases) {
      const error = thrown(() => settlementTerms(value as never));
      expect([error.code, error.issues.map((i) => i.path)]).toEqual(['invalid_input', [path]]);
    }
  });

  it('settlementTerms reads only the clauses the contract has, not inherited ones (review: a TypeError)', () => {
    const contract = parseContract({ parties: { platform: { name: 'P' }, organizer: { name: 'O' } }, breakeven: { amount: '800', currency: 'EUR' } });
    const terms = settlementTerms({ ...contract, clauses: Object.create({ dvd: null, sponsorship: { organizerShare: '1', countsTowardBreakeven: false } }) });
    expect(terms.clauses).toEqual({ sponsorship: { organizerShare: '0.5', countsTowardBreakeven: true } });
  });
});
