import { describe, expect, it } from 'vitest';
import { money, splitRevenue } from '../../src/index.js';
import type { PartnershipIssue, SplitTerms } from '../../src/index.js';
import { thrown } from '../utils/thrown.js';


const eur = (amount: string) => money(amount, 'EUR');

describe('splitRevenue', () => {
  const cases: { name: string; input: unknown; expected: { code: string; message: string; issues: PartnershipIssue[] } }[] = [
    {
      name: 'terms that are not a record',
      input: null,
      expected: {
        code: 'terms_malformed',
        message: 'Expected `terms` to be split terms `{ breakeven, organizerShare?, recovered? }`, got null',
        issues: [{ code: 'terms_malformed', path: 'terms', message: 'Expected split terms `{ breakeven, organizerShare?, recovered? }`, got null' }],
      },
    },
    {
      name: 'a breakeven in an unknown currency',
      input: { breakeven: { amount: '1', currency: 'EURO' } },
      expected: {
        code: 'currency_unknown',
        message: 'Expected `terms.breakeven.currency` to be an ISO 4217 code such as `EUR`, got `EURO`',
        issues: [{ code: 'currency_unknown', path: 'terms.breakeven.currency', message: 'Expected an ISO 4217 code such as `EUR`, got `EURO`' }],
      },
    },
    {
      name: 'a malformed recovered amount',
      input: { breakeven: eur('1'), recovered: { amount: 'x', currency: 'EUR' } },
      expected: {
        code: 'amount_malformed',
        message: 'Expected `terms.recovered.amount` to be a decimal string such as `"1250.50"`, got `x`',
        issues: [{ code: 'amount_malformed', path: 'terms.recovered.amount', message: 'Expected a decimal string such as `"1250.50"`, got `x`' }],
      },
    },
    {
      name: 'more recovered than the breakeven',
      input: { breakeven: eur('1'), recovered: eur('2') },
      expected: {
        code: 'recovered_exceeds_breakeven',
        message: 'Expected `terms.recovered.amount` to be at most the breakeven (1.00), got 2.00',
        issues: [{ code: 'recovered_exceeds_breakeven', path: 'terms.recovered.amount', message: 'Expected at most the breakeven (1.00), got 2.00' }],
      },
    },
  ];
  it.each(cases)('refuses $name, with the exact issues', ({ input, expected }) => {
    expect(thrown(() => splitRevenue(eur('1'), input as SplitTerms))).toEqual(expected);
  });
});
