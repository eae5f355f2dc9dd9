// The period statement that statementCsv and statementHtml write, read back from a caller: a value
// that `statementForPeriod` returned, or its JSON. Each field is checked before it is printed, so a
// hostile value is a `statement_malformed` error at its path, never a TypeError. @internal
import { Issues, rejectValue } from '../_lib/reject.js';
import { isRecord, own } from '../_lib/record.js';
import { calendarDateMs, timestampKey } from '../_lib/instant.js';
import { formatMinorUnits, parseMinorUnits } from '../money/money.js';
import type { Money } from '../money/money.js';
import { minorUnits } from '../money/minorUnits.js';
import { readShare } from '../money/ratio.js';
import { STREAMS } from '../money/streams.js';
import type { Stream } from '../money/streams.js';
import type { StatementLine } from '../money/types.js';
import type { PeriodColumns, PeriodFigures, PeriodStatement, StreamPeriod } from './statementPeriod.js';

const PERIOD_KEYS = ['currency', 'from', 'to', 'breakeven', 'uncovered', 'dueToOrganizer', 'streams', 'totals', 'lines'];
const COLUMNS = ['prior', 'period', 'cumulative', 'later'] as const;
const FIGURES = ['received', 'toBreakeven', 'platform', 'organizer'] as const;
const LINE_AMOUNTS = ['amount', 'toBreakeven', 'platform', 'organizer'] as const;
const LINE_KEYS = ['receiptId', 'stream', 'receivedAt', ...LINE_AMOUNTS];
const CODE = 'statement_malformed';

/** Reads a period statement's parts, recording an issue at the path of each field that is not what `statementForPeriod` writes. */
class PeriodReader {
  readonly issues = new Issues();
  constructor(readonly currency: string) {}

  /** A decimal string in the currency, canonical (`"3000.00"`); `"0"` after an issue. */
  amount(value: unknown, path: string): string {
    const exponent = minorUnits(this.currency);
    try {
      if (typeof value !== 'string') throw new TypeError();
      return formatMinorUnits(parseMinorUnits(value, this.currency, path), exponent);
    } catch {
      this.issues.expected(CODE, path, `an amount in ${this.currency} as a decimal string such as \`"1250.50"\``, value);
      return '0';
    }
  }

  money(value: unknown, path: string): Money {
    if (!isRecord(value)) {
      this.issues.expected(CODE, path, `an amount \`{ amount, currency }\` in ${this.currency}`, value);
      return { amount: '0', currency: this.currency };
    }
    this.issues.unknownKeys(value, ['amount', 'currency'], path);
    if (own(value, 'currency') !== this.currency) this.issues.expected(CODE, `${path}.currency`, `the period's currency ${this.currency}`, own(value, 'currency'));
    return Object.freeze({ amount: this.amount(own(value, 'amount'), `${path}.amount`), currency: this.currency });
  }

  figures(value: unknown, path: string): PeriodFigures {
    const record = this.record(value, path, FIGURES, 'the figures `{ received, toBreakeven, platform, organizer }`');
    if (record === undefined) return this.zero();
    const [received, toBreakeven, platform, organizer] = FIGURES.map((figure) => this.money(own(record, figure), `${path}.${figure}`)) as [Money, Money, Money, Money];
    return Object.freeze({ received, toBreakeven, platform, organizer });
  }

  columns(value: unknown, path: string, extra: readonly string[] = []): PeriodColumns {
    const record = this.record(value, path, [...extra, ...COLUMNS], 'the columns `{ prior, period, cumulative, later }`');
    if (record === undefined) return { prior: this.zero(), period: this.zero(), cumulative: this.zero(), later: this.zero() };
    const [prior, period, cumulative, later] = COLUMNS.map((column) => this.figures(own(record, column), `${path}.${column}`)) as [PeriodFigures, PeriodFigures, PeriodFigures, PeriodFigures];
    return { prior, period, cumulative, later };
  }

  stream(value: unknown, path: string): StreamPeriod {
    const columns = this.columns(value, path, ['organizerShare', 'countsTowardBreakeven']);
    if (!isRecord(value)) return { organizerShare: '0', countsTowardBreakeven: false, ...columns };
    const record = value;
    const share = own(record, 'organizerShare');
    const read = typeof share === 'string' ? readShare(share, path, new Issues()) : undefined;
    if (read === undefined) {
      this.issues.expected(CODE, `${path}.organizerShare`, 'a share between 0 and 1 as a decimal string such as `"0.5"`', share);
    }
    const counts = own(record, 'countsTowardBreakeven');
    if (typeof counts !== 'boolean') this.issues.expected(CODE, `${path}.countsTowardBreakeven`, '`true` or `false`', counts);
    // The share in its canonical form, as amounts are: `"-0"` is written `0`, never `-0%`.
    return Object.freeze({ organizerShare: read === undefined ? '0' : read.text, countsTowardBreakeven: counts === true, ...columns });
  }

  line(value: unknown, path: string): StatementLine {
    const record = this.record(value, path, LINE_KEYS, 'a line of a statement');
    if (record === undefined) return { receiptId: '', stream: 'sponsorship', receivedAt: '', amount: '0', toBreakeven: '0', platform: '0', organizer: '0' };
    const receiptId = own(record, 'receiptId');
    if (typeof receiptId !== 'string') this.issues.expected(CODE, `${path}.receiptId`, 'a receipt id', receiptId);
    const stream = own(record, 'stream');
    if (!(STREAMS as readonly unknown[]).includes(stream)) this.issues.expected(CODE, `${path}.stream`, `one of the streams ${STREAMS.join(', ')}`, stream);
    const receivedAt = own(record, 'receivedAt');
    if (timestampKey(receivedAt) === undefined) this.issues.expected(CODE, `${path}.receivedAt`, 'an ISO 8601 instant with an offset or a date YYYY-MM-DD', receivedAt);
    const [amount, toBreakeven, platform, organizer] = LINE_AMOUNTS.map((key) => this.amount(own(record, key), `${path}.${key}`)) as [string, string, string, string];
    return Object.freeze({ receiptId: receiptId as string, stream: stream as Stream, receivedAt: receivedAt as string, amount, toBreakeven, platform, organizer });
  }

  day(value: unknown, path: string): string {
    if (typeof value !== 'string' || calendarDateMs(value) === undefined) this.issues.expected(CODE, path, 'a day `YYYY-MM-DD`', value);
    return value as string;
  }

  /** Zero figures: what stands for figures that were not read (an issue was recorded). */
  private zero(): PeriodFigures {
    const zero = { amount: '0', currency: this.currency };
    return { received: zero, toBreakeven: zero, platform: zero, organizer: zero };
  }

  /** A record with no key beyond `known`, or `undefined` after an issue (its fields then go unreported). */
  private record(value: unknown, path: string, known: readonly string[], expected: string): Record<string, unknown> | undefined {
    if (!isRecord(value)) {
      this.issues.expected(CODE, path, expected, value);
      return undefined;
    }
    this.issues.unknownKeys(value, known, path);
    return value;
  }
}

/**
 * Reads a period statement as {@link statementForPeriod} returns it (or its JSON), into a fresh
 * frozen copy with canonical amounts: what the writers print is only what was checked.
 *
 * @throws {PartnershipError} `statement_malformed` (or `currency_unknown` at `period.currency`,
 *   `unknown_key`) naming each field that is not what `statementForPeriod` writes.
 * @internal
 */
export function readPeriodStatement(period: unknown): PeriodStatement {
  if (!isRecord(period)) rejectValue(CODE, 'period', 'a period statement that `statementForPeriod` returned', period);
  const currency = own(period, 'currency');
  minorUnits(currency as string, 'period.currency');
  const read = new PeriodReader(currency as string);
  const issues = read.issues;
  issues.unknownKeys(period, PERIOD_KEYS, 'period');
  const from = read.day(own(period, 'from'), 'period.from');
  const to = read.day(own(period, 'to'), 'period.to');
  const [breakeven, uncovered, dueToOrganizer] = (['breakeven', 'uncovered', 'dueToOrganizer'] as const).map((key) => read.money(own(period, key), `period.${key}`)) as [Money, Money, Money];
  const given = own(period, 'streams');
  const streams: Partial<Record<Stream, StreamPeriod>> = {};
  if (isRecord(given)) {
    issues.unknownKeys(given, STREAMS, 'period.streams');
    for (const stream of STREAMS) {
      const entry = own(given, stream);
      if (entry !== undefined) streams[stream] = read.stream(entry, `period.streams.${stream}`);
    }
  } else issues.expected(CODE, 'period.streams', 'the streams of a period statement', given);
  const totals = read.columns(own(period, 'totals'), 'period.totals');
  const lines = own(period, 'lines');
  if (!Array.isArray(lines)) issues.expected(CODE, 'period.lines', 'the list of the lines of the period', lines);
  const readLines = Array.isArray(lines) ? Array.from(lines, (line: unknown, i) => read.line(line, `period.lines[${i}]`)) : [];
  issues.throwIfAny();
  return Object.freeze({ currency: currency as string, from, to, breakeven, uncovered, dueToOrganizer, streams: Object.freeze(streams), totals: Object.freeze(totals), lines: Object.freeze(readLines) });
}
