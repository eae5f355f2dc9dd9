/**
 * One issue found in a caller's input: where it is, what was expected.
 *
 * `path` uses dotted names and bracketed indexes, as in
 * `event.speakers[2].release.signedAt`; the empty string is the input itself.
 */
export interface PartnershipIssue {
  /** Stable snake_case code, such as `'invalid_type'` or `'amount_scale_exceeds_currency'`. */
  readonly code: string;
  /** Where the offending value is, such as `event.sessions[0].start`. */
  readonly path: string;
  /** What was expected and what came, without echoing contact details. */
  readonly message: string;
  /** Only on the closing `too_many_issues` entry: how many issues the list leaves out. */
  readonly notListed?: number;
}

/**
 * The most issues a {@link PartnershipError} lists. Past it, the list ends with one
 * `too_many_issues` issue counting the rest ("And 150 more issues not listed"), so a caller who
 * passes 10,000 bad rows gets a readable answer and the count of what was not shown.
 *
 * @example
 * new PartnershipError('invalid_input', 'bad', Array.from({ length: 250 }, (_, i) => ({ code: 'x', path: `[${i}]`, message: 'm' }))).issues.length
 * //=> 101
 */
export const MAX_ISSUES = 100;

/** Options of the {@link PartnershipError} constructor. */
export interface PartnershipErrorOptions {
  /**
   * Issues the thrower found but did not keep (a collector may stop storing them past
   * {@link MAX_ISSUES} to bound its memory): counted in the `too_many_issues` entry.
   */
  readonly notListed?: number;
}

function capped(issues: readonly PartnershipIssue[], notListed: number): PartnershipIssue[] {
  // An error's issues passed on to a new error (paths renamed) bring their own count along.
  let left = notListed;
  const listed: PartnershipIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'too_many_issues' && typeof issue.notListed === 'number') left += issue.notListed;
    else if (listed.length < MAX_ISSUES) listed.push(Object.freeze({ ...issue }));
    else left += 1;
  }
  if (left > 0) {
    listed.push(Object.freeze({ code: 'too_many_issues', path: '', message: `And ${left} more issue${left === 1 ? '' : 's'} not listed`, notListed: left }));
  }
  return listed;
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
  /**
   * Every issue found, each with its field path, in the order found. Never empty. At most
   * {@link MAX_ISSUES} of them, then one `too_many_issues` issue counting the rest.
   */
  readonly issues: readonly PartnershipIssue[];

  /**
   * @param issues - every issue found, in order; past {@link MAX_ISSUES} the rest are counted, not kept.
   * @param options - `notListed`: issues found but not passed in, added to that count.
   */
  constructor(code: string, message: string, issues?: readonly PartnershipIssue[], options?: PartnershipErrorOptions) {
    super(message);
    this.name = 'PartnershipError';
    this.code = code;
    this.issues = Object.freeze(issues && issues.length > 0 ? capped(issues, options?.notListed ?? 0) : [Object.freeze({ code, path: '', message })]);
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
