import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorUnits, money, splitRevenue } from '../../src/index.js';
import type { Money, Split, SplitTerms } from '../../src/index.js';
import { formatMinorUnits, parseMinorUnits } from '../../src/money/money.js';
import { currencyArb, m, unitsArb } from './arbitraries.js';
import { thrown } from '../utils/thrown.js';

// splitRevenue reads the call as users write it (canonical amounts, no share or a share of one
// half, no issue) on a short path. These tests hold it to the full reading, which the same terms
// take when they also carry an inherited enumerable key: Object.keys (what the full reading
// checks) does not list it, but the short path sees it in for…in and steps aside.
function fullReading(terms: SplitTerms): SplitTerms {
  return Object.assign(Object.create({ inherited: true }) as SplitTerms, terms);
}

/** Deep-equal, JSON-identical, and frozen at every level. */
function expectSame(short: Split, full: Split): void {
  expect(short).toStrictEqual(full);
  expect(JSON.stringify(short)).toBe(JSON.stringify(full));
  expect(Object.isFrozen(short)).toBe(true);
  for (const part of Object.values(short) as Money[]) {
    expect(Object.isFrozen(part)).toBe(true);
    expect(Object.keys(part)).toEqual(['amount', 'currency']);
  }
}

const eur = (amount: string) => money(amount, 'EUR');

describe('splitRevenue on the short path', () => {
  it.each([
    { name: 'the seed: 5,000 over a 3,000 breakeven', received: '5000.00', terms: {}, expected: ['3000.00', '2000.00', '4000.00', '1000.00'] },
    { name: 'below the breakeven: all to the platform', received: '2500.00', terms: {}, expected: ['2500.00', '0.00', '2500.00', '0.00'] },
    { name: 'exactly the breakeven', received: '3000.00', terms: {}, expected: ['3000.00', '0.00', '3000.00', '0.00'] },
    { name: 'the odd cent goes to the platform', received: '3000.01', terms: {}, expected: ['3000.00', '0.01', '3000.01', '0.00'] },
    { name: 'with 1,000 recovered', received: '5000.00', terms: { recovered: eur('1000.00') }, expected: ['2000.00', '3000.00', '3500.00', '1500.00'] },
    { name: 'a share of "0.5" given', received: '5000.00', terms: { organizerShare: '0.5' }, expected: ['3000.00', '2000.00', '4000.00', '1000.00'] },
  ])('gives the hand-computed split, as the full reading does: $name', ({ received, terms, expected }) => {
    const given: SplitTerms = { breakeven: eur('3000.00'), ...terms };
    const short = splitRevenue(eur(received), given);
    expect([short.toBreakeven.amount, short.surplus.amount, short.platform.amount, short.organizer.amount]).toEqual(expected);
    expectSame(short, splitRevenue(eur(received), fullReading(given)));
    // Plain objects, as JSON gives them, take the short path too.
    const plain = JSON.parse(JSON.stringify({ received: eur(received), terms: given })) as { received: Money; terms: SplitTerms };
    expectSame(splitRevenue(plain.received, plain.terms), short);
  });

  it('throws the same errors, with the same paths and messages, as the full reading', () => {
    const cases: { received: Money; terms: SplitTerms }[] = [
      { received: eur('-1.00'), terms: { breakeven: eur('3000.00') } },
      { received: money('5', 'JPY'), terms: { breakeven: eur('3000.00') } },
      { received: eur('5.00'), terms: { breakeven: eur('-3.00') } },
      { received: eur('5.00'), terms: { breakeven: eur('3.00'), recovered: eur('4.00') } },
      { received: eur('5.00'), terms: { breakeven: eur('3.00'), recovered: eur('-1.00') } },
      { received: eur('5.00'), terms: { breakeven: eur('3.00'), organizerShare: '1.5' } },
      { received: { amount: '5.001', currency: 'EUR' }, terms: { breakeven: eur('3.00') } },
      { received: { amount: '5', currency: 'EURO' }, terms: { breakeven: { amount: '3', currency: 'EURO' } } },
      { received: eur('5.00'), terms: { breakeven: eur('3.00'), recoverd: eur('1.00') } as SplitTerms },
    ];
    for (const { received, terms } of cases) {
      expect(thrown(() => splitRevenue(received, terms))).toEqual(thrown(() => splitRevenue(received, fullReading(terms))));
    }
    expect(thrown(() => splitRevenue(eur('-1.00'), { breakeven: eur('3000.00') }))).toMatchObject({
      code: 'amount_negative',
      issues: [{ path: 'received.amount' }],
    });
  });

  describe('properties', () => {
    it('gives the split of the full reading: deep-equal, JSON-identical, frozen', () => {
      fc.assert(
        fc.property(currencyArb, unitsArb, unitsArb, fc.nat({ max: 100 }), (currency, received, breakeven, percent) => {
          const recovered = (breakeven * BigInt(percent)) / 100n;
          const terms: SplitTerms = { breakeven: money(m(breakeven, currency).amount, currency), recovered: m(recovered, currency) };
          const short = splitRevenue(money(m(received, currency).amount, currency), terms);
          expectSame(short, splitRevenue(m(received, currency), fullReading(terms)));
        }),
      );
    });
  });
});

describe('money on the short path', () => {
  it('passes a canonical string through: a plain frozen value, JSON-identical to the plain object', () => {
    const made = money('1250.50', 'EUR');
    expect(made).toStrictEqual({ amount: '1250.50', currency: 'EUR' });
    expect(JSON.stringify(made)).toBe('{"amount":"1250.50","currency":"EUR"}');
    expect(structuredClone(made)).toStrictEqual({ amount: '1250.50', currency: 'EUR' });
    expect(Object.isFrozen(made)).toBe(true);
    expect(Reflect.ownKeys(made)).toEqual(['amount', 'currency']);
    expect(Object.getPrototypeOf(made)).toBe(Object.prototype);
  });

  it.each([
    ['+5.00', 'EUR', '5.00'],
    ['05.00', 'EUR', '5.00'],
    ['-0.00', 'EUR', '0.00'],
    ['5.0', 'EUR', '5.00'],
    ['5', 'EUR', '5.00'],
    ['-7', 'JPY', '-7'],
    ['0.125', 'BHD', '0.125'],
    ['123456789012.34', 'EUR', '123456789012.34'],
    ['1234567890123.45', 'EUR', '1234567890123.45'],
  ])('writes %s in %s as %s, as the full reader does', (amount, currency, expected) => {
    expect(money(amount, currency)).toStrictEqual({ amount: expected, currency });
  });

  it('throws the same errors as ever for bad amounts', () => {
    expect(thrown(() => money('.50', 'EUR'))).toMatchObject({ code: 'amount_malformed', issues: [{ path: 'amount' }] });
    expect(thrown(() => money('5.', 'EUR'))).toMatchObject({ code: 'amount_malformed', issues: [{ path: 'amount' }] });
    expect(thrown(() => money('5.001', 'EUR'))).toMatchObject({ code: 'amount_scale_exceeds_currency' });
    expect(thrown(() => money('5.00', 'EURO'))).toMatchObject({ code: 'currency_unknown', issues: [{ path: 'currency' }] });
  });

  describe('properties', () => {
    it('writes every amount as formatting its parsed units does', () => {
      fc.assert(
        fc.property(currencyArb, unitsArb, fc.boolean(), fc.constantFrom('', '+', '0', '.0'), (currency, units, negative, noise) => {
          const canonical = formatMinorUnits(negative ? -units : units, minorUnits(currency));
          const text = noise === '.0' ? (canonical.includes('.') ? canonical + '0' : canonical) : noise === '0' ? canonical.replace(/^(-?)/, '$10') : noise + canonical;
          const written = noise === '+' && canonical.startsWith('-') ? undefined : money(text, currency);
          if (written !== undefined) expect(written).toStrictEqual(m(parseMinorUnits(text, currency), currency));
        }),
      );
    });
  });
});
