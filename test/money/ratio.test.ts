import { describe, expect, it } from 'vitest';
import { isPartnershipError, money, splitRevenue } from '../../src/index.js';
import type { PartnershipIssue } from '../../src/index.js';
import { HALF, formatDecimal, pow10, readDecimal, readShare } from '../../src/money/ratio.js';
import { Issues } from '../../src/_lib/reject.js';

function issuesOf(run: () => unknown): readonly PartnershipIssue[] {
  try {
    run();
  } catch (error) {
    if (isPartnershipError(error)) return error.issues;
    throw error;
  }
  throw new Error('expected a PartnershipError, got a result');
}

describe('readDecimal', () => {
  const cases: { name: string; input: unknown; expected: ReturnType<typeof readDecimal> }[] = [
    { name: 'a decimal string, trailing zeros dropped', input: '-012.500', expected: { digits: -125n, scale: 1 } },
    { name: 'a string of 201 characters', input: '1'.repeat(201), expected: 'malformed' },
    { name: 'a string that is not a decimal', input: '1.5.', expected: 'malformed' },
    { name: 'a bigint, as a whole number', input: 12n, expected: { digits: 12n, scale: 0 } },
    { name: 'null', input: null, expected: 'malformed' },
    { name: 'an object', input: {}, expected: 'malformed' },
    { name: 'an infinity', input: Number.POSITIVE_INFINITY, expected: 'not_finite' },
    { name: 'a number String() writes with a negative exponent', input: -1.25e-7, expected: { digits: -125n, scale: 9 } },
    { name: 'a number String() writes with a positive exponent', input: 1.5e21, expected: { digits: 15n * 10n ** 20n, scale: 0 } },
    { name: 'a whole number', input: 12, expected: { digits: 12n, scale: 0 } },
  ];
  it.each(cases)('reads $name', ({ input, expected }) => {
    expect(readDecimal(input)).toEqual(expected);
  });
});

describe('formatDecimal', () => {
  const cases: { name: string; input: { digits: bigint; scale: number }; expected: string }[] = [
    { name: 'a negative fraction below one', input: { digits: -125n, scale: 3 }, expected: '-0.125' },
    { name: 'a negative whole number', input: { digits: -5n, scale: 0 }, expected: '-5' },
    { name: 'zero, without a sign', input: { digits: 0n, scale: 0 }, expected: '0' },
    { name: 'a half', input: { digits: 5n, scale: 1 }, expected: '0.5' },
  ];
  it.each(cases)('writes $name in its shortest form', ({ input, expected }) => {
    expect(formatDecimal(input)).toBe(expected);
  });
});

describe('pow10', () => {
  it('gives 10^n for small and large n alike', () => {
    expect([0, 1, 6, 7, 20].map(pow10)).toEqual([1n, 10n, 1_000_000n, 10_000_000n, 10n ** 20n]);
  });
});

describe('readShare', () => {
  const eur = (amount: string) => money(amount, 'EUR');
  const cases: { name: string; input: unknown; expected: PartnershipIssue[] }[] = [
    {
      name: 'a word',
      input: 'half',
      expected: [{ code: 'share_malformed', path: 'terms.organizerShare', message: 'Expected a share between 0 and 1 as a decimal string such as `"0.5"`, got `half`' }],
    },
    {
      name: 'a bigint, even 1n',
      input: 1n,
      expected: [{ code: 'share_malformed', path: 'terms.organizerShare', message: 'Expected a share between 0 and 1 as a decimal string such as `"0.5"`, got `1n`' }],
    },
    {
      name: 'a share above one',
      input: '1.5',
      expected: [{ code: 'share_out_of_range', path: 'terms.organizerShare', message: 'Expected a share between 0 and 1, got `1.5`' }],
    },
  ];
  it('reads 0.5, as a string or a number, as the shared HALF that settle recognizes for its halving fast path', () => {
    const issues = new Issues();
    expect(readShare('0.5', 'share', issues)).toBe(HALF);
    expect(readShare(0.5, 'share', issues)).toBe(HALF);
    // Golden: any other spelling of a half is the same fraction written in tenths, not HALF itself.
    expect(readShare('0.50', 'share', issues)).toEqual({ numerator: 5n, denominator: 10n, text: '0.5' });
    expect(issues.size).toBe(0);
  });

  it.each(cases)('refuses $name, at its path', ({ input, expected }) => {
    expect(issuesOf(() => splitRevenue(eur('1'), { breakeven: eur('0'), organizerShare: input as never }))).toEqual(expected);
  });
});
