import { Issues, rejectValue } from '../_lib/reject.js';
import { isRecord, own } from '../_lib/record.js';
import { timestampKey } from '../_lib/instant.js';
import { formatMinorUnits, moneyOf, parseMinorUnits } from '../money/money.js';
import type { Money } from '../money/money.js';
import { minorUnits } from '../money/minorUnits.js';
import { readShare } from '../money/ratio.js';
import { STREAMS } from '../money/streams.js';
import type { Stream } from '../money/streams.js';
import type { Statement, StatementLine } from '../money/types.js';
import { readPeriod } from './period.js';

/** The figures of a set of receipts: what they brought and how it was shared. */
export interface PeriodFigures {
  readonly received: Money;
  readonly toBreakeven: Money;
  readonly platform: Money;
  readonly organizer: Money;
}

/**
 * The waterfall columns of a stream or of the total: before the period, within it, and up to its
 * end (`prior + period = cumulative`), plus what came after it (`cumulative + later` = the whole
 * statement's figures).
 */
export interface PeriodColumns {
  readonly prior: PeriodFigures;
  readonly period: PeriodFigures;
  readonly cumulative: PeriodFigures;
  readonly later: PeriodFigures;
}

/** One stream of a {@link PeriodStatement}: its clause, then its columns. */
export interface StreamPeriod extends PeriodColumns {
  readonly organizerShare: string;
  readonly countsTowardBreakeven: boolean;
}

/** The statement of one period, as {@link statementForPeriod} returns it: plain, frozen JSON. */
export interface PeriodStatement {
  readonly currency: string;
  /** The first day of the period, `YYYY-MM-DD` (a UTC day), included. */
  readonly from: string;
  /** The last day of the period, `YYYY-MM-DD` (a UTC day), included. */
  readonly to: string;
  readonly breakeven: Money;
  /** What was left of the breakeven at the end of the period (`breakeven - cumulative.toBreakeven`). */
  readonly uncovered: Money;
  /** What is due to the organizer for the period: `totals.period.organizer` (negative: a claw-back). */
  readonly dueToOrganizer: Money;
  /** One entry per stream of the statement, in the order of `STREAMS`. */
  readonly streams: Partial<Readonly<Record<Stream, StreamPeriod>>>;
  /** The sum of the streams. */
  readonly totals: PeriodColumns;
  /** The statement's lines of the receipts received within the period, in the statement's order. */
  readonly lines: readonly StatementLine[];
}

/** Options of {@link statementForPeriod}: the period's first and last days or months, both included. */
export interface StatementForPeriodOptions {
  /** `YYYY-MM-DD` or `YYYY-MM` (its first day), included. */
  readonly from: string;
  /** `YYYY-MM-DD` or `YYYY-MM` (its last day), included. */
  readonly to: string;
}

const STATEMENT_KEYS = ['currency', 'breakeven', 'recovered', 'uncovered', 'received', 'platform', 'organizer', 'streams', 'lines'];
const STREAM_KEYS = ['organizerShare', 'countsTowardBreakeven', 'received', 'toBreakeven', 'surplus', 'platform', 'organizer'];
const LINE_KEYS = ['receiptId', 'stream', 'receivedAt', 'amount', 'toBreakeven', 'platform', 'organizer'];
/** The figures summed, in the order of {@link PeriodFigures}. */
const FIGURES = ['received', 'toBreakeven', 'platform', 'organizer'] as const;
/** A line's field for each figure. */
const LINE_FIELD = { received: 'amount', toBreakeven: 'toBreakeven', platform: 'platform', organizer: 'organizer' } as const;
/** Where a receipt falls: before, within, after the period. */
const PRIOR = 0;
const PERIOD = 1;
const LATER = 2;

/** Four bigint sums (the {@link FIGURES}) for each of prior, period, later. */
type Sums = bigint[][];
const sums = (): Sums => [0, 1, 2].map(() => [0n, 0n, 0n, 0n]);

/** Reads an amount string of the statement into minor units, recording an issue when it is not one. */
function units(value: unknown, currency: string, path: string, issues: Issues): bigint {
  try {
    return parseMinorUnits(typeof value === 'object' && value !== null ? own(value as Record<string, unknown>, 'amount') : value, currency, path);
  } catch {
    issues.expected('statement_malformed', path, `an amount in ${currency}`, value);
    return 0n;
  }
}

/**
 * The statement of one period of a settlement, as film-finance waterfall statements show it: per
 * stream, what was received, paid toward the breakeven, to the platform and to the organizer
 * before the period (`prior`), within it (`period`) and up to its end (`cumulative`), the lines of
 * the receipts of the period, and what is due to the organizer for it.
 *
 * - A receipt is within the period when its instant, in UTC, falls on a day from `from` to `to`,
 *   both included (a calendar date `receivedAt` is that UTC day, as `settle` reads it). A month
 *   `2026-03` is its first day as `from` and its last as `to`.
 * - Exact to the minor unit: `prior + period = cumulative`, `cumulative + later` is the whole
 *   statement's figures, and the streams add up to the totals. The cumulative columns are what
 *   `settle` gives over the receipts received up to the end of the period.
 *
 * @param statement - a statement that `settle` or `createSettlement` returned, with every line
 *   (not the light one of `keepLines: false`).
 * @param options - `{ from, to }`: `YYYY-MM-DD` or `YYYY-MM`, both included.
 * @returns a frozen {@link PeriodStatement}.
 * @throws {PartnershipError} `invalid_options`, `unknown_key`, `period_malformed` (naming
 *   `options.from` or `options.to`, or `to` before `from`); `statement_malformed` for a value
 *   that is not a statement (a stream's `organizerShare` that is not a share in [0, 1] as a decimal
 *   string, a `countsTowardBreakeven` that is not a boolean, at its path); `statement_inconsistent`
 *   when its lines do not add up to its totals.
 * @example
 * const march = statementForPeriod(statement, { from: '2026-03', to: '2026-03' });
 * march.dueToOrganizer //=> { amount: '785.15', currency: 'EUR' }
 */
export function statementForPeriod(statement: Statement, options: StatementForPeriodOptions): PeriodStatement {
  const period = readPeriod(options);
  if (!isRecord(statement)) rejectValue('statement_malformed', 'statement', 'a statement that `settle` returned', statement);
  const issues = new Issues();
  issues.unknownKeys(statement, STATEMENT_KEYS, 'statement');
  issues.throwIfAny('unknown_key');
  const currency = own(statement, 'currency') as string;
  const exponent = minorUnits(currency, 'statement.currency');
  const streams = own(statement, 'streams');
  const lines = own(statement, 'lines');
  if (!isRecord(streams)) rejectValue('statement_malformed', 'statement.streams', 'the streams of a statement', streams);
  if (!Array.isArray(lines)) rejectValue('statement_malformed', 'statement.lines', 'the list of the lines of a statement', lines);
  const money = (amount: bigint): Money => moneyOf(amount, exponent, currency);

  // Each stream's clause and its totals as the statement gives them.
  const present = STREAMS.filter((stream) => own(streams, stream) !== undefined);
  for (const key of Object.keys(streams)) {
    if (!(STREAMS as readonly string[]).includes(key)) issues.expected('statement_malformed', `statement.streams.${key}`, `one of the streams ${STREAMS.join(', ')}`, key);
  }
  const stated = new Map<Stream, bigint[]>();
  for (const stream of present) {
    const entry = own(streams, stream);
    const path = `statement.streams.${stream}`;
    if (!isRecord(entry)) {
      issues.expected('statement_malformed', path, "a stream's totals", entry);
      continue;
    }
    issues.unknownKeys(entry, STREAM_KEYS, path);
    // The clause is shown as given: a share that is not one would print `NaN %`, a `"yes"` false.
    const share = own(entry, 'organizerShare');
    if (typeof share !== 'string' || readShare(share, path, new Issues()) === undefined) {
      issues.expected('statement_malformed', `${path}.organizerShare`, 'a share between 0 and 1 as a decimal string such as `"0.5"`', share);
    }
    const counts = own(entry, 'countsTowardBreakeven');
    if (typeof counts !== 'boolean') issues.expected('statement_malformed', `${path}.countsTowardBreakeven`, '`true` or `false`', counts);
    stated.set(stream, FIGURES.map((figure) => units(own(entry, figure), currency, `${path}.${figure}`, issues)));
  }

  // Every line, summed where its instant falls.
  const byStream = new Map<Stream, Sums>(present.map((stream) => [stream, sums()]));
  const within: StatementLine[] = [];
  lines.forEach((line: unknown, i) => {
    const path = `statement.lines[${i}]`;
    if (!isRecord(line)) return issues.expected('statement_malformed', path, 'a line of a statement', line);
    issues.unknownKeys(line, LINE_KEYS, path);
    const stream = own(line, 'stream') as Stream;
    const into = byStream.get(stream);
    if (into === undefined) return issues.expected('statement_malformed', `${path}.stream`, `one of the statement's streams (${present.join(', ')})`, stream);
    if (typeof own(line, 'receiptId') !== 'string') issues.expected('statement_malformed', `${path}.receiptId`, 'a receipt id', own(line, 'receiptId'));
    const key = timestampKey(own(line, 'receivedAt'));
    if (key === undefined) return issues.expected('received_at_malformed', `${path}.receivedAt`, 'an ISO 8601 instant with an offset or a date YYYY-MM-DD', own(line, 'receivedAt'));
    const figures = FIGURES.map((figure) => units(own(line, LINE_FIELD[figure]), currency, `${path}.${LINE_FIELD[figure]}`, issues));
    const [amount, , platform, organizer] = figures as [bigint, bigint, bigint, bigint];
    if (platform + organizer !== amount) {
      issues.add('statement_inconsistent', path, `Expected platform + organizer = amount, got ${formatMinorUnits(platform, exponent)} + ${formatMinorUnits(organizer, exponent)} for ${formatMinorUnits(amount, exponent)}`);
    }
    const where = key.seconds < period.start ? PRIOR : key.seconds < period.end ? PERIOD : LATER;
    const row = into[where] as bigint[];
    figures.forEach((value, f) => (row[f] = (row[f] as bigint) + value));
    if (where === PERIOD) within.push(line as unknown as StatementLine);
  });
  issues.throwIfAny();

  // The lines must add up to the stream's totals: a light statement (its last line only) does not.
  for (const [stream, totals] of stated) {
    const [prior, current, later] = byStream.get(stream) as Sums;
    FIGURES.forEach((figure, f) => {
      const sum = (prior?.[f] as bigint) + (current?.[f] as bigint) + (later?.[f] as bigint);
      if (sum === totals[f]) return;
      const path = `statement.streams.${stream}.${figure}`;
      issues.add(
        'statement_inconsistent',
        path,
        `Expected the lines to add up to \`${path}\` (${formatMinorUnits(totals[f] as bigint, exponent)}), got ${formatMinorUnits(sum, exponent)}: a statement needs every line (not the last one only, as \`keepLines: false\` keeps)`,
      );
    });
  }
  issues.throwIfAny();

  const columns = (rows: Sums): PeriodColumns => {
    const figures = (values: readonly bigint[]): PeriodFigures =>
      Object.freeze({ received: money(values[0] as bigint), toBreakeven: money(values[1] as bigint), platform: money(values[2] as bigint), organizer: money(values[3] as bigint) });
    const [prior, current, later] = rows as [bigint[], bigint[], bigint[]];
    return { prior: figures(prior), period: figures(current), cumulative: figures(prior.map((value, f) => value + (current[f] as bigint))), later: figures(later) };
  };
  const total = sums();
  const out: Partial<Record<Stream, StreamPeriod>> = {};
  for (const stream of present) {
    const rows = byStream.get(stream) as Sums;
    rows.forEach((row, w) => row.forEach((value, f) => ((total[w] as bigint[])[f] = ((total[w] as bigint[])[f] as bigint) + value)));
    const entry = own(streams, stream) as Record<string, unknown>;
    out[stream] = Object.freeze({ organizerShare: own(entry, 'organizerShare') as string, countsTowardBreakeven: own(entry, 'countsTowardBreakeven') as boolean, ...columns(rows) });
  }
  const totals = columns(total);
  const breakeven = units(own(statement, 'breakeven'), currency, 'statement.breakeven', issues);
  issues.throwIfAny();
  const recovered = ((total[PRIOR] as bigint[])[1] as bigint) + ((total[PERIOD] as bigint[])[1] as bigint);
  return Object.freeze({
    currency,
    from: period.from,
    to: period.to,
    breakeven: money(breakeven),
    uncovered: money(breakeven - recovered),
    dueToOrganizer: totals.period.organizer,
    streams: Object.freeze(out),
    totals: Object.freeze(totals),
    lines: Object.freeze(within),
  });
}
