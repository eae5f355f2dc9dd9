import type { Issues } from '../_lib/reject.js';

/** A share or a weight as given: a decimal string, or a finite number read through `String(n)`. */
export type ShareInput = string | number;

/**
 * An exact decimal: `digits / 10^scale`, with no trailing zero in the digits
 * when `scale > 0`, so that equal values have equal forms.
 *
 * @internal
 */
export interface ExactDecimal {
  readonly digits: bigint;
  readonly scale: number;
}

/**
 * The longest decimal string read, in characters: far beyond any real sum, short of a denial of service.
 *
 * @internal
 */
export const MAX_DECIMAL_LENGTH = 200;

/**
 * A decimal string as the library reads it: sign, whole digits, fraction digits (`"+1250.50"`).
 * The one grammar of amounts, shares, weights and quantities.
 *
 * @internal
 */
export const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const NUMBER_FORM = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * The exact decimal of the parts {@link DECIMAL} matched, trailing zeros dropped.
 *
 * @internal
 */
export function decimalOf(sign: string, whole: string, fraction: string): ExactDecimal {
  // A loop, not `/0+$/`: that regex backtracks quadratically on a long run of zeros before a digit.
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end -= 1;
  const kept = fraction.slice(0, end);
  const magnitude = BigInt(whole + kept);
  return { digits: sign === '-' ? -magnitude : magnitude, scale: kept.length };
}

/**
 * Reads a decimal string, a finite number or a bigint exactly, or says why it cannot.
 *
 * @internal
 */
export function readDecimal(value: unknown): ExactDecimal | 'malformed' | 'not_finite' {
  if (typeof value === 'string') {
    if (value.length > MAX_DECIMAL_LENGTH) return 'malformed';
    const m = DECIMAL.exec(value);
    return m === null ? 'malformed' : decimalOf(m[1] ?? '', m[2] ?? '0', m[3] ?? '');
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'not_finite';
    // String(n) is the shortest decimal that reads back to the same double: 0.1 is 1/10, exactly.
    const m = NUMBER_FORM.exec(String(value));
    if (m === null) return 'malformed';
    const [, sign = '', whole = '0', fraction = '', exponent = '0'] = m;
    const digits = whole + fraction;
    const point = whole.length + Number(exponent);
    if (point <= 0) return decimalOf(sign, '0', '0'.repeat(-point) + digits);
    if (point >= digits.length) return decimalOf(sign, digits + '0'.repeat(point - digits.length), '');
    return decimalOf(sign, digits.slice(0, point), digits.slice(point));
  }
  if (typeof value === 'bigint') return { digits: value, scale: 0 };
  return 'malformed';
}

/**
 * Writes an exact decimal in its shortest form: `0.5`, `1`, `0.125`.
 *
 * @internal
 */
export function formatDecimal(value: ExactDecimal): string {
  const negative = value.digits < 0n;
  const text = (negative ? -value.digits : value.digits).toString().padStart(value.scale + 1, '0');
  const whole = text.slice(0, text.length - value.scale);
  const body = value.scale === 0 ? whole : `${whole}.${text.slice(text.length - value.scale)}`;
  return negative ? `-${body}` : body;
}

const SMALL_POWERS: readonly bigint[] = [1n, 10n, 100n, 1000n, 10000n, 100000n, 1000000n];

/** `10^n` as a bigint. */
export function pow10(n: number): bigint {
  return SMALL_POWERS[n] ?? 10n ** BigInt(n);
}

/**
 * A share in [0, 1] as an exact fraction `numerator / denominator`.
 *
 * @internal
 */
export interface Share {
  readonly numerator: bigint;
  readonly denominator: bigint;
  /** The shortest decimal form, as a statement shows it: `"0.5"`. */
  readonly text: string;
}

/** The seed's default: 50-50. */
export const HALF: Share = Object.freeze({ numerator: 1n, denominator: 2n, text: '0.5' });

/**
 * Reads a share in [0, 1], recording an issue at `path` when it is not one.
 *
 * @internal
 */
export function readShare(value: unknown, path: string, issues: Issues): Share | undefined {
  if (value === '0.5' || value === 0.5) return HALF;
  const read = readDecimal(value);
  if (typeof read === 'string' || typeof value === 'bigint') {
    issues.expected(
      read === 'not_finite' ? 'share_not_finite' : 'share_malformed',
      path,
      'a share between 0 and 1 as a decimal string such as `"0.5"`',
      value,
    );
    return undefined;
  }
  const denominator = pow10(read.scale);
  if (read.digits < 0n || read.digits > denominator) {
    issues.expected('share_out_of_range', path, 'a share between 0 and 1', value);
    return undefined;
  }
  return { numerator: read.digits, denominator, text: formatDecimal(read) };
}
