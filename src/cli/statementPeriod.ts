import { isPartnershipError } from '../errors.js';
import { readPeriod } from '../documents/period.js';
import { statementCsv } from '../documents/statementCsv.js';
import { statementHtml } from '../documents/statementHtml.js';
import { statementForPeriod, type StatementForPeriodOptions } from '../documents/statementPeriod.js';
import type { Statement } from '../money/types.js';
import type { Locale } from '../rules/types.js';
import { stringFlag, type CommandInput } from './command.js';
import { UsageError } from './io.js';
import { describeValue } from '../_lib/describe.js';

// `settle --period 2026-03 --csv | --html | --json`: the statement of one period, through the
// documents entry. The flags are read and checked before any file is, so a typo costs nothing.

/** What `--period` asks for: the period, and the document printed. */
export interface PeriodRequest {
  readonly period: StatementForPeriodOptions;
  readonly format: 'csv' | 'html' | 'json';
}

/**
 * Reads `--period` (`2026-03`, `2026-03-15`, or `FROM..TO` of days or months, both included) with
 * `--csv`, `--html` or `--json`; `undefined` when neither `--period`, `--csv` nor `--html` is given.
 *
 * @throws {UsageError} naming the flag: a bad period, `--csv`/`--html` without `--period`, two formats.
 */
export function periodFlags(input: CommandInput): PeriodRequest | undefined {
  const text = stringFlag(input, 'period');
  const formats = (['csv', 'html', 'json'] as const).filter((format) => input.values[format] === true);
  if (text === undefined) {
    if (formats.includes('csv') || formats.includes('html')) throw new UsageError('settle: --csv and --html print the statement of a period: give --period too (such as `--period 2026-03`)');
    return undefined;
  }
  if (formats.length !== 1) throw new UsageError('settle: --period prints one document: give one of --csv, --html or --json');
  const [from, to = from, ...more] = text.split('..');
  const period = { from: from as string, to: to as string };
  try {
    if (more.length > 0) throw new UsageError('');
    readPeriod(period);
  } catch (error) {
    if (!isPartnershipError(error) && !(error instanceof UsageError)) throw error;
    // Only a `to` before `from` says more than the usage does.
    const reversed = isPartnershipError(error) ? error.issues.find((issue) => issue.message.includes('no earlier than')) : undefined;
    const message = reversed === undefined ? '' : `: the end is before the start (${period.from})`;
    throw new UsageError(`settle: --period expects a month \`2026-03\`, a day \`2026-03-15\` or \`FROM..TO\` of either, both included, got ${describeValue(text)}${message}`);
  }
  return { period, format: formats[0]! };
}

/** The document of `request` for `statement`, in `locale`; `title` heads the HTML page. */
export function periodDocument(statement: Statement, request: PeriodRequest, locale: Locale, title: string): string {
  const period = statementForPeriod(statement, request.period);
  if (request.format === 'csv') return statementCsv(period, { locale });
  if (request.format === 'html') return statementHtml(period, { locale, title });
  return `${JSON.stringify(period)}\n`;
}
