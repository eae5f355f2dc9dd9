/**
 * One issue found in a caller's input: where it is, what was expected.
 *
 * `path` uses dotted names and bracketed indexes, as in
 * `event.speakers[2].releaseSignedAt`; the empty string is the input itself.
 */
export interface PartnershipIssue {
  /** Stable snake_case code, such as `'invalid_type'` or `'amount_scale_exceeds_currency'`. */
  readonly code: string;
  /** Where the offending value is, such as `event.sessions[0].start`. */
  readonly path: string;
  /** What was expected and what came, without echoing contact details. */
  readonly message: string;
}

/**
 * The one error family of the library: every bad input throws a `PartnershipError`.
 *
 * It carries a stable snake_case `code` and, for validation failures, every
 * issue with its field path. A normal outcome (an ineligible event, a zero
 * payout) is a returned value, never an exception.
 *
 * @example
 * try { money('0.001', 'EUR'); } catch (e) { if (isPartnershipError(e)) e.code; }
 * //=> 'amount_scale_exceeds_currency'
 */
export class PartnershipError extends Error {
  /** Stable snake_case code of the failure. */
  readonly code: string;
  /** Every issue found, each with its field path. Never empty. */
  readonly issues: readonly PartnershipIssue[];

  constructor(code: string, message: string, issues?: readonly PartnershipIssue[]) {
    super(message);
    this.name = 'PartnershipError';
    this.code = code;
    this.issues = Object.freeze(
      issues && issues.length > 0 ? issues.map((i) => Object.freeze({ ...i })) : [Object.freeze({ code, path: '', message })],
    );
  }
}

/**
 * Tells whether a caught value is a {@link PartnershipError}, across bundles and realms.
 *
 * @example
 * isPartnershipError(new PartnershipError('x', 'y')) //=> true
 * isPartnershipError(new TypeError('y')) //=> false
 */
export function isPartnershipError(error: unknown): error is PartnershipError {
  if (error instanceof PartnershipError) return true;
  // A second copy of the library (CJS beside ESM, or the global bundle) has its own class.
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'PartnershipError' &&
    typeof (error as { code?: unknown }).code === 'string' &&
    Array.isArray((error as { issues?: unknown }).issues)
  );
}
