/**
 * Every code a {@link PartnershipError} or one of its issues carries (internal: only its type is
 * exported, so no bundle pays for the list): one list, from which the
 * type {@link PartnershipErrorCode} derives and which docs/errors.md documents (a test holds the
 * two to each other). Codes are `<subject>_<problem>` (`amount_scale_exceeds_currency`,
 * `receipt_id_duplicate`); the generic validation codes keep zod's form: `invalid_<what>` for an
 * argument or a format that is not one (`invalid_input`, `invalid_type`, `invalid_instant`), and
 * `unknown_key`, `too_small`, `too_big`, `too_many_issues`.
 *
 * @example
 * PARTNERSHIP_ERROR_CODES.includes('currency_unknown') //=> true
 */
export const PARTNERSHIP_ERROR_CODES = [
  // Generic validation (any area)
  'invalid_input',
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'not_multiple_of',
  'custom',
  'too_small',
  'too_big',
  'unknown_key',
  'too_many_issues',
  // Money
  'currency_unknown',
  'currency_mismatch',
  'amount_malformed',
  'amount_not_finite',
  'amount_too_long',
  'amount_scale_exceeds_currency',
  'amount_negative',
  'money_malformed',
  'share_malformed',
  'share_not_finite',
  'share_out_of_range',
  'weights_malformed',
  'weights_empty',
  'weights_all_zero',
  'weight_malformed',
  'weight_not_finite',
  'weight_negative',
  'terms_malformed',
  'clauses_malformed',
  'clause_malformed',
  'stream_unknown',
  'stream_not_in_terms',
  'recovered_exceeds_breakeven',
  'receipts_malformed',
  'receipt_malformed',
  'receipt_id_malformed',
  'receipt_id_duplicate',
  'received_at_malformed',
  'receipts_out_of_order',
  'refund_exceeds_received',
  'previous_malformed',
  'previous_terms_mismatch',
  'previous_inconsistent',
  'setup_malformed',
  'rate_card_malformed',
  'rate_missing',
  'quantity_malformed',
  'quantity_out_of_range',
  'extra_malformed',
  'statements_malformed',
  'statement_malformed',
  'statement_inconsistent',
  'season_currency_missing',
  // Documents
  'period_malformed',
  'draft_malformed',
  // Models
  'invalid_instant',
  'invalid_date',
  'invalid_timestamp',
  'id_duplicate',
  'end_before_start',
  'session_outside_event',
  'release_uses_missing',
  'release_date_missing',
  'release_state_mismatch',
  'release_dates_out_of_order',
  'release_session_unknown',
  'verdict_date_missing',
  'verdict_date_on_pending',
  'scouting_date_missing',
  'profile_account_missing',
  'breakeven_negative',
  'share_mismatch',
  'sponsorship_outside_breakeven',
  'rule_never_blocks',
  'model_unknown',
  'policy_not_in_force',
  'policy_ambiguous',
  // Evaluation
  'invalid_options',
  'invalid_policy',
  'invalid_as_of',
  'invalid_locale',
  'invalid_availability',
  'availability_mismatch',
  // Crews
  'preference_not_finite',
  'preference_too_precise',
  // Season simulation
  'plan_malformed',
  'plan_mismatch',
  'chance_malformed',
  'chance_out_of_range',
  'chance_missing',
  'contribution_malformed',
  'contribution_missing',
  'event_unknown',
  // Spreadsheets
  'invalid_argument',
  'as_of_missing',
  'amount_exceeds_sheet_precision',
  // Command line
  'csv_malformed',
  'csv_too_large',
  'csv_not_utf8',
  'csv_header_invalid',
  'csv_amount_malformed',
] as const;

/** A code of {@link PARTNERSHIP_ERROR_CODES}: the `code` of a {@link PartnershipError} and of each of its issues. */
export type PartnershipErrorCode = (typeof PARTNERSHIP_ERROR_CODES)[number];

/**
 * One issue found in a caller's input: where it is, what was expected.
 *
 * `path` uses dotted names and bracketed indexes, as in
 * `event.speakers[2].release.signedAt`; the empty string is the input itself.
 */
export interface PartnershipIssue {
  /** Stable snake_case code, such as `'invalid_type'` or `'amount_scale_exceeds_currency'`. */
  readonly code: PartnershipErrorCode;
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
 * new PartnershipError('invalid_input', 'bad', Array.from({ length: 250 }, (_, i) => ({ code: 'invalid_type' as const, path: `[${i}]`, message: 'm' }))).issues.length
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
  readonly code: PartnershipErrorCode;
  /**
   * Every issue found, each with its field path, in the order found. Never empty. At most
   * {@link MAX_ISSUES} of them, then one `too_many_issues` issue counting the rest.
   */
  readonly issues: readonly PartnershipIssue[];

  /**
   * @param issues - every issue found, in order; past {@link MAX_ISSUES} the rest are counted, not kept.
   * @param options - `notListed`: issues found but not passed in, added to that count.
   */
  constructor(code: PartnershipErrorCode, message: string, issues?: readonly PartnershipIssue[], options?: PartnershipErrorOptions) {
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
 * isPartnershipError(new PartnershipError('invalid_input', 'y')) //=> true
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
