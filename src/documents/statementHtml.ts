import { timestampMs } from '../_lib/instant.js';
import { STREAMS } from '../money/streams.js';
import type { Locale } from '../rules/types.js';
import { rejectValue } from '../_lib/reject.js';
import { own } from '../_lib/record.js';
import { formatMoney, formatShare } from './_format.js';
import { readDocumentOptions } from './_options.js';
import { readPeriodStatement } from './_readPeriod.js';
import type { PeriodColumns, PeriodStatement } from './statementPeriod.js';
import { STATEMENT_WORDS } from './statementWords.js';

/** Options of {@link statementHtml}. */
export interface StatementHtmlOptions {
  /** `en` (default) or `fr`: the words, and the numbers and dates as `Intl` writes them there. */
  readonly locale?: Locale;
  /** A line under the heading, such as the organizer's name and the contract's id (escaped). */
  readonly title?: string;
}

/** `text` with the five characters that HTML could read as markup written as references. @internal */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const FIGURES = ['received', 'toBreakeven', 'platform', 'organizer'] as const;

/** The style sheet: inline, no fonts or images to fetch; A4 portrait when printed. */
const CSS = `
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1b1f24;margin:0;background:#f3f4f6}
main{max-width:56rem;margin:1.5rem auto;background:#fff;padding:2rem 2.25rem;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.5rem;margin:0 0 .25rem}
h2{font-size:1.05rem;margin:1.75rem 0 .5rem;border-bottom:2px solid #1b1f24;padding-bottom:.2rem}
.sub{color:#4b5563;margin:0}
.due{display:flex;justify-content:space-between;align-items:baseline;margin:1.25rem 0 0;padding:.8rem 1rem;background:#eef6ee;border-left:4px solid #2e7d32;font-size:1.1rem}
.due strong{font-size:1.4rem;font-variant-numeric:tabular-nums}
table{width:100%;border-collapse:collapse;font-variant-numeric:tabular-nums}
th,td{padding:.3rem .5rem;border-bottom:1px solid #e5e7eb;text-align:left;vertical-align:top}
th{font-weight:600;background:#f9fafb}
.n{text-align:right;white-space:nowrap}
tbody.stream tr:first-child td{border-top:1px solid #9ca3af}
tr.organizer td{font-weight:600}
th .sub{font-weight:400}
tbody.total td{font-weight:700}
tfoot td,tbody.total tr:first-child td,tbody.total tr:first-child th{font-weight:700;border-top:2px solid #1b1f24}
.note{color:#4b5563;font-size:.85rem;margin-top:1.5rem}
dl{display:grid;grid-template-columns:max-content max-content;gap:.2rem 1.5rem;margin:0}
dt{color:#4b5563}dd{margin:0;text-align:right;font-variant-numeric:tabular-nums}
@page{size:A4;margin:15mm}
@media print{body{background:#fff;font-size:11pt}main{margin:0;max-width:none;padding:0;box-shadow:none}.due{-webkit-print-color-adjust:exact;print-color-adjust:exact}tr,thead{break-inside:avoid}}
`.trim();

/**
 * A period statement as a printable HTML page: self-contained (its style inline, nothing fetched),
 * in English or French, amounts and dates written by `Intl` in that language (`1 250,50 €` in
 * French, with the narrow no-break space U+202F between thousands and a no-break space U+00A0
 * before the sign, as `Intl` writes them; `€1,250.50` in English). Amounts are passed to `Intl`
 * as decimal strings, so they stay exact at any size; a stream's share is shown exactly, share × 100
 * with every digit (`33.33333%` for `"0.3333333"`), never rounded. Dates are UTC days, as the period counts
 * them. Caller text (ids, the title) is HTML-escaped.
 *
 * @param period - what {@link statementForPeriod} returned.
 * @param options - `locale` (`en` by default) and `title`.
 * @returns a whole HTML document, UTF-8, ending with a line break.
 * @throws {PartnershipError} `invalid_options`, `unknown_key`, `invalid_locale`, and
 *   `invalid_options` at `options.title` for a title that is not a string; `statement_malformed`
 *   (or `currency_unknown`, `unknown_key`) at the path of a `period` field that is not what
 *   `statementForPeriod` writes (`period.lines[0].amount`).
 * @example
 * statementHtml(march, { locale: 'fr', title: 'Web Days SAS' }).includes('785,15\u00a0€') //=> true
 */
export function statementHtml(period: PeriodStatement, options?: StatementHtmlOptions): string {
  const { given, locale } = readDocumentOptions(options, ['locale', 'title']);
  const title = own(given, 'title');
  if (title !== undefined && typeof title !== 'string') rejectValue('invalid_options', 'options.title', 'a string', title);
  return htmlOf(readPeriodStatement(period), locale, title);
}

/** The page of a period statement that was read. */
function htmlOf(period: PeriodStatement, locale: Locale, title: string | undefined): string {
  const w = STATEMENT_WORDS[locale];
  const dates = new Intl.DateTimeFormat(w.intl, { dateStyle: 'long', timeZone: 'UTC' });
  // Exact, at the currency's minor units: `Intl` reads a decimal string without binary floating point.
  const money = (amount: string): string => escapeHtml(formatMoney(amount, period.currency, w.intl));
  const day = (text: string): string => escapeHtml(dates.format(timestampMs(text) ?? Number.NaN));
  const n = (amount: string): string => `<td class="n">${money(amount)}</td>`;

  const waterfall = (name: string, columns: PeriodColumns, share: string | undefined, kind: string): string => {
    const rows = FIGURES.map((figure, i) => {
      const head = i === 0 ? `<th scope="rowgroup" rowspan="4">${escapeHtml(name)}${share === undefined ? '' : `<br><span class="sub">${escapeHtml(w.share)} ${escapeHtml(formatShare(share, w.intl))}</span>`}</th>` : '';
      return `<tr class="${figure}">${head}<td>${escapeHtml(w.figures[figure])}</td>${n(columns.prior[figure].amount)}${n(columns.period[figure].amount)}${n(columns.cumulative[figure].amount)}</tr>`;
    });
    return `<tbody class="${kind}">\n${rows.join('\n')}\n</tbody>`;
  };
  const streams = STREAMS.flatMap((stream) => {
    const columns = period.streams[stream];
    return columns === undefined ? [] : [waterfall(w.streams[stream], columns, columns.organizerShare, 'stream')];
  });
  const receipts = period.lines.map(
    (line) =>
      `<tr><td>${escapeHtml(line.receiptId)}</td><td>${escapeHtml(w.streams[line.stream])}</td><td>${day(line.receivedAt)}</td>${n(line.amount)}${n(line.toBreakeven)}${n(line.platform)}${n(line.organizer)}</tr>`,
  );
  const sum = period.totals.period;
  const receiptTable =
    receipts.length === 0
      ? `<p>${escapeHtml(w.noReceipts)}</p>`
      : `<table>
<thead><tr><th>${escapeHtml(w.receipt)}</th><th>${escapeHtml(w.stream)}</th><th>${escapeHtml(w.receivedAt)}</th>${FIGURES.map((f) => `<th class="n">${escapeHtml(w.figures[f])}</th>`).join('')}</tr></thead>
<tbody>
${receipts.join('\n')}
</tbody>
<tfoot><tr><td colspan="3">${escapeHtml(w.total)}</td>${FIGURES.map((f) => n(sum[f].amount)).join('')}</tr></tfoot>
</table>`;
  const heading = `${escapeHtml(w.title)}`;
  const range = `${day(period.from)} – ${day(period.to)}`;
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading} ${escapeHtml(period.from)} – ${escapeHtml(period.to)}</title>
<style>
${CSS}
</style>
</head>
<body>
<main>
<h1>${heading}</h1>
${title === undefined ? '' : `<p class="sub" id="title">${escapeHtml(title)}</p>\n`}<p class="sub" id="period">${escapeHtml(w.period)} ${range}</p>
<p class="due" id="due"><span>${escapeHtml(w.dueForPeriod)}</span> <strong>${money(period.dueToOrganizer.amount)}</strong></p>
<h2>${escapeHtml(w.byStream)}</h2>
<table id="waterfall">
<thead><tr><th>${escapeHtml(w.stream)}</th><th>${escapeHtml(w.figure)}</th><th class="n">${escapeHtml(w.prior)}</th><th class="n">${escapeHtml(w.thisPeriod)}</th><th class="n">${escapeHtml(w.cumulative)}</th></tr></thead>
${streams.join('\n')}
${waterfall(w.total, period.totals, undefined, 'total')}
</table>
<h2>${escapeHtml(w.breakevenAtEnd)}</h2>
<dl id="breakeven">
<dt>${escapeHtml(w.breakeven)}</dt><dd>${money(period.breakeven.amount)}</dd>
<dt>${escapeHtml(w.recovered)}</dt><dd>${money(period.totals.cumulative.toBreakeven.amount)}</dd>
<dt>${escapeHtml(w.uncovered)}</dt><dd>${money(period.uncovered.amount)}</dd>
</dl>
<h2>${escapeHtml(w.receiptsOfPeriod)}</h2>
${receiptTable}
<p class="note">${escapeHtml(w.note.replace('{currency}', period.currency))}</p>
</main>
</body>
</html>
`;
}
