import { Issues, rejectValue } from '../_lib/reject.js';
import { isRecord, own } from '../_lib/record.js';
import { moneyOf } from './money.js';
import type { Money } from './money.js';
import { currencyTable } from './currencies.js';
import { readCurrency, readMoney } from './read.js';
import type { Statement } from './types.js';

/** Options of {@link summarizeSeason}. */
export interface SummarizeSeasonOptions {
  /** The season's currency: needed for a season without statements, checked against them otherwise. */
  readonly currency?: string;
}

/** The producer-risk view of a season: what the breakevens committed, what came back, what the platform netted. */
export interface SeasonSummary {
  readonly currency: string;
  /** Events settled: one per statement. */
  readonly events: number;
  /** Σ breakeven: what the platform committed to film them. */
  readonly breakevenCommitted: Money;
  /** Σ recovered: what receipts covered of those breakevens. */
  readonly recovered: Money;
  /** Σ uncovered: the producer risk the platform carried over the season. */
  readonly uncovered: Money;
  /** Σ received, over every stream. */
  readonly received: Money;
  /** Σ organizer: the shares paid out to organizers. */
  readonly organizerPaid: Money;
  /** Σ platform: what the platform kept, breakeven recovery included. */
  readonly platformReceived: Money;
  /** `platformReceived - breakevenCommitted`: the season's result for the platform once its committed costs are counted; negative when the risk did not balance. */
  readonly platformNet: Money;
}

/**
 * Sums the statements of a season (one per event) into the producer-risk view.
 *
 * @param statements - statements returned by `settle`, all in one currency.
 * @param options - the currency, needed when there are no statements.
 * @throws {PartnershipError} `statements_malformed`, `statement_malformed`, `currency_mismatch`,
 *   `statement_inconsistent`, `season_currency_missing` (and the codes of {@link money}),
 *   each issue at its path (`statements[2].currency`).
 * @example
 * const terms = { breakeven: money('3000', 'EUR') };
 * const a = settle(terms, [{ id: 'a', stream: 'sponsorship', amount: money('5000', 'EUR'), receivedAt: '2026-03-01' }]);
 * const b = settle(terms, []);
 * const season = summarizeSeason([a, b]);
 * [season.events, season.uncovered.amount, season.organizerPaid.amount, season.platformNet.amount]
 * //=> [2, '3000.00', '1000.00', '-2000.00']
 */
export function summarizeSeason(statements: readonly Statement[], options: SummarizeSeasonOptions = {}): SeasonSummary {
  if (!Array.isArray(statements)) rejectValue('statements_malformed', 'statements', 'a list of statements', statements);
  if (!isRecord(options)) rejectValue('invalid_options', 'options', 'options `{ currency? }`', options);
  const issues = new Issues();
  let currency = own(options, 'currency');
  if (currency !== undefined && !(typeof currency === 'string' && currencyTable().has(currency))) {
    rejectValue('currency_unknown', 'options.currency', 'an ISO 4217 code such as `EUR`', currency);
  }
  let like = 'the options';
  if (currency === undefined) {
    if (statements.length === 0) rejectValue('season_currency_missing', 'options.currency', 'the season currency, as there is no statement to read it from', currency);
    const firstStatement: unknown = statements[0];
    const unit = readCurrency(isRecord(firstStatement) ? own(firstStatement, 'breakeven') : firstStatement, 'statements[0].breakeven', issues);
    issues.throwIfAny();
    currency = (unit as { currency: string }).currency;
    like = 'the first statement';
  }
  const code = currency as string;
  const exponent = currencyTable().get(code) as number;

  let breakeven = 0n;
  let recovered = 0n;
  let uncovered = 0n;
  let received = 0n;
  let organizer = 0n;
  let platform = 0n;
  statements.forEach((statement: unknown, i) => {
    const path = `statements[${i}]`;
    if (!isRecord(statement)) return issues.expected('statement_malformed', path, 'a statement returned by `settle`', statement);
    const read = (field: string): bigint | undefined => readMoney(own(statement, field), `${path}.${field}`, code, issues, false, like);
    const b = read('breakeven');
    const r = read('recovered');
    const u = read('uncovered');
    const total = read('received');
    const o = read('organizer');
    const p = read('platform');
    if (b === undefined || r === undefined || u === undefined || total === undefined || o === undefined || p === undefined) return;
    if (r + u !== b || r > b) {
      issues.add('statement_inconsistent', `${path}.uncovered`, 'Expected `breakeven - recovered`', `Expected \`${path}.uncovered\` to be \`breakeven - recovered\`: the statement was not produced by \`settle\` or was changed`);
    } else if (o + p !== total) {
      issues.add('statement_inconsistent', `${path}.platform`, 'Expected `received - organizer`', `Expected \`${path}.platform\` to be \`received - organizer\`: the statement was not produced by \`settle\` or was changed`);
    }
    breakeven += b;
    recovered += r;
    uncovered += u;
    received += total;
    organizer += o;
    platform += p;
  });
  issues.throwIfAny();
  const of = (units: bigint): Money => moneyOf(units, exponent, code);
  return Object.freeze({
    currency: code,
    events: statements.length,
    breakevenCommitted: of(breakeven),
    recovered: of(recovered),
    uncovered: of(uncovered),
    received: of(received),
    organizerPaid: of(organizer),
    platformReceived: of(platform),
    platformNet: of(platform - breakeven),
  });
}
