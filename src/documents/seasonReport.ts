import type { BookingInput } from '../models/booking.js';
import type { CoverageRequestInput } from '../models/coverageRequest.js';
import type { CrewInput } from '../models/crew.js';
import type { Receipt } from '../money/types.js';
import type { RuleId } from '../models/ruleIds.js';
import { RULE_LOGIC } from '../rules/_logic.js';
import { nextDeadline } from '../rules/_nextDeadline.js';
import type { EligibilityReport, Locale } from '../rules/types.js';
import type { SeasonPlan, SeasonUnassigned } from '../season/_plan.js';
import { readPlanAsOf } from '../season/_plan.js';
import { isRecord } from '../_lib/record.js';
import { Issues, rejectValue } from '../_lib/reject.js';
import { DECISION_COLOURS, decisionColour, escapeHtml, localMinute } from './_html.js';
import { reportData, type ReportEvent, type SeasonReportSimulation } from './_reportData.js';
import { REPORT_WORDS, type ReportWords } from './_reportWords.js';
import { SEASON_REPORT_CSS } from './_reportStyle.js';
import { ganttSvg } from './gantt.js';
import { RISK_COLOURS, riskSvg, riskTable } from './riskChart.js';

export type { SeasonReportSimulation };

/** Options of {@link seasonReportHtml}. */
export interface SeasonReportOptions {
  /** The page's language, `en` (default) or `fr`. */
  readonly locale?: Locale;
  /** The instant the page is as of (the plan's `asOf` when left out): an ISO 8601 instant with an offset, a date or a `Date`. */
  readonly asOf?: string | Date;
  /** The requests the plan was made from: their events' titles, times and contracts. */
  readonly requests: readonly CoverageRequestInput[];
  /** The crews the plan was made with: one row each, in this order. */
  readonly crews: readonly CrewInput[];
  /** The existing bookings: those of events outside the requests are drawn as held. */
  readonly bookings?: readonly BookingInput[];
  /** The requests' eligibility reports: each event's decision and next deadline. */
  readonly reports?: readonly EligibilityReport[];
  /** The simulated producer risk per month (`simulateSeason`): drawn as a band over the uncovered breakeven. */
  readonly simulation?: SeasonReportSimulation;
  /**
   * The receipts of the covered partnership requests with a contract, by request id (the
   * receipts `settle` takes): each is settled with its own, so the months show what they recovered.
   */
  readonly receipts?: Readonly<Record<string, readonly Receipt[]>>;
}

const OPTION_KEYS = ['locale', 'asOf', 'requests', 'crews', 'bookings', 'reports', 'simulation', 'receipts'];

const ruleName = (id: RuleId): string => RULE_LOGIC.find((rule) => rule.id === id)?.name ?? id;

/** `#3 Media Summit`: how the page names an event. */
const named = (event: ReportEvent): string => `#${event.n} ${event.request.event.title}`;

/** Why a request is left out, in words, with the remedies of its unmet rules when its report is given. */
function reasonText(unassigned: SeasonUnassigned, events: ReadonlyMap<string, ReportEvent>, words: ReportWords, locale: Locale): string {
  switch (unassigned.reason) {
    case 'ineligible': {
      const report = events.get(unassigned.requestId)?.report;
      const rules = unassigned.rules.map((rule) => {
        const remedy = report?.findings.find((f) => f.rule === rule && f.remedy !== undefined)?.remedy;
        return remedy === undefined ? `${rule} ${ruleName(rule)}` : `${rule} ${ruleName(rule)}${words.colon}${remedy[locale]}`;
      });
      return words.reason.ineligible(rules.join('; '));
    }
    case 'outbid':
      return words.reason.outbid(unassigned.by.map((id) => (events.has(id) ? named(events.get(id)!) : id)).join(', '));
    default:
      return words.reason.no_crew;
  }
}

const swatch = (colour: string, label: string, extra = ''): string => `<span class="key"><i style="background:${colour}${extra}"></i>${escapeHtml(label)}</span>`;

/**
 * The season at a glance, as one self-contained HTML page: the crew plan as a Gantt chart (crews as
 * rows, events as bars coloured by decision, the requests left out with their reasons), the producer
 * risk by month (committed, recovered, uncovered, and the simulated band when given), and each event's
 * status with its next deadline. Inline CSS and SVG only: the page loads nothing (its
 * Content-Security-Policy forbids it). Every text of the caller is escaped; the same input gives the
 * same bytes.
 *
 * @param plan - what `planSeason` returned for `options.requests` and `options.crews`.
 * @param options - `requests` and `crews` (required), `bookings`, `reports`, `simulation`, `receipts`, `locale`, `asOf`.
 * @returns the page, as a string.
 * @throws {PartnershipError} `invalid_input` with every issue (a request or crew that does not parse,
 *   a request or crew of the plan that is not in `options.requests` or `options.crews`, a malformed simulation or report,
 *   a plan field the page reads that is not what `planSeason` writes (`plan.unassigned[0].by`),
 *   receipts of a request that is unknown, not covered or without a contract); the code of `settle`'s error
 *   for a receipt it refuses, at `options.receipts["<request id>"][k]`;
 *   `unknown_key` for an unknown option; `invalid_locale`; `invalid_as_of`.
 * @example
 * const plan = planSeason(requests, crews, [], { policy: DEFAULT_POLICY, asOf: '2026-02-10' });
 * const html = seasonReportHtml(plan, { requests, crews, locale: 'fr' });
 * html.startsWith('<!doctype html>') //=> true
 */
export function seasonReportHtml(plan: SeasonPlan, options: SeasonReportOptions): string {
  if (!isRecord(options)) rejectValue('invalid_options', 'options', 'options `{ requests, crews, locale?, asOf?, bookings?, reports?, simulation?, receipts? }`', options);
  const keys = new Issues();
  keys.unknownKeys(options, OPTION_KEYS, 'options');
  keys.throwIfAny();
  const locale = options.locale ?? 'en';
  if (locale !== 'en' && locale !== 'fr') rejectValue('invalid_locale', 'options.locale', '`en` or `fr`', locale);
  const asOf = readPlanAsOf(options.asOf ?? (isRecord(plan) ? plan.asOf : undefined));
  const words = REPORT_WORDS[locale];
  const data = reportData(plan, options.requests, options.crews, options.bookings ?? [], options.reports, options.simulation, options.receipts);
  const byRequest = new Map(data.events.map((e) => [e.request.id, e]));
  const crewName = new Map(data.crews.map((c) => [c.id, c.name]));
  const asOfText = `${asOf.slice(0, 10)} ${asOf.slice(11, 16)} UTC`;

  const legend =
    `<p class="legend">${swatch(DECISION_COLOURS.eligible, words.decision.eligible)}${swatch(DECISION_COLOURS.incomplete, words.decision.incomplete)}` +
    `${swatch(DECISION_COLOURS.ineligible, words.decision.ineligible)}${swatch('#fff', words.notCovered, ';border:2px solid #757575')}` +
    `${swatch(DECISION_COLOURS.eligible, words.booked, ';outline:1.5px dashed #212121')}${swatch('#e0e0e0', words.held, ';border:1px solid #9e9e9e')}</p>`;
  const leftOut =
    plan.unassigned.length === 0
      ? `<p>${escapeHtml(words.noneLeftOut)}</p>`
      : `<ul class="left-out">${[...plan.unassigned]
          .sort((a, b) => byRequest.get(a.requestId)!.n - byRequest.get(b.requestId)!.n)
          .map((u) => {
            const event = byRequest.get(u.requestId)!;
            return `<li data-request="${escapeHtml(u.requestId)}" data-reason="${u.reason}"><strong>${escapeHtml(named(event))}</strong> <code>${escapeHtml(u.requestId)}</code>${escapeHtml(words.colon)}${escapeHtml(reasonText(u, byRequest, words, locale))}</li>`;
          })
          .join('')}</ul>`;

  const riskLegend =
    `<p class="legend">${swatch(RISK_COLOURS.recovered, words.recovered)}${swatch(RISK_COLOURS.uncovered, words.uncovered)}${swatch('#fff', words.committed, `;border:1.5px solid ${RISK_COLOURS.committed}`)}` +
    `${options.simulation === undefined ? '' : swatch('rgba(30,136,229,.25)', `${words.band} (${words.median} —, ${words.mean} ○)`, `;border:1px solid ${RISK_COLOURS.band}`)}</p>`;
  const money =
    data.money.length === 0
      ? `<p>${escapeHtml(words.noMoney)}</p>`
      : data.money.map((m) => `<h3>${escapeHtml(m.currency)}</h3><figure>${riskSvg(m, locale, words)}</figure>${riskLegend}${riskTable(m, locale, words)}`).join('');
  const noContract = plan.money.withoutContract.length === 0 ? '' : `<p>${escapeHtml(words.withoutContract(plan.money.withoutContract.join(', ')))}</p>`;

  const c = words.columns;
  const statusRows = data.events.map((event) => {
    const { request, report } = event;
    const next = report === undefined ? undefined : nextDeadline(report);
    const nextText =
      report === undefined ? words.noReport : next === undefined ? words.noDeadline : `${localMinute(next.remedy.dueLocal ?? next.remedy.dueAt)} · ${next.finding.rule} · ${next.remedy[locale]}`;
    const decision = event.decision === undefined ? words.noReport : words.decision[event.decision];
    const crew = event.crewId === undefined ? `— (${words.notCovered})` : `${crewName.get(event.crewId) ?? event.crewId}${event.booked ? ` (${words.booked})` : ''}`;
    return (
      `<tr data-request="${escapeHtml(request.id)}"><td class="num">${event.n}</td><td>${escapeHtml(request.event.title)}<br><code>${escapeHtml(request.id)}</code></td>` +
      `<td class="when">${escapeHtml(localMinute(request.event.start))}</td><td>${escapeHtml(words.mode[request.mode])}</td>` +
      `<td><i class="dot" style="background:${decisionColour(event.decision)}"></i>${escapeHtml(decision)}</td><td>${escapeHtml(crew)}</td><td>${escapeHtml(nextText)}</td></tr>`
    );
  });

  return (
    `<!doctype html>\n<html lang="${locale}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(words.title)}</title>\n<style>${SEASON_REPORT_CSS}</style>\n</head>\n<body>\n` +
    `<header><h1>${escapeHtml(words.title)}</h1><p>${escapeHtml(words.subtitle(asOfText, plan.policyVersion))} ${escapeHtml(words.score(plan.score.covered, data.events.length))}` +
    `${plan.optimal ? '' : ` ${escapeHtml(words.notOptimal)}`}</p></header>\n` +
    `<section id="plan"><h2>${escapeHtml(words.planHeading)}</h2><figure>${ganttSvg(data, asOf, locale, words)}</figure>${legend}` +
    `<h3>${escapeHtml(words.leftOutHeading)}</h3>${leftOut}</section>\n` +
    `<section id="risk"><h2>${escapeHtml(words.riskHeading)}</h2><p>${escapeHtml(options.receipts === undefined ? words.riskIntro : words.riskIntroReceipts)}</p>${money}${noContract}</section>\n` +
    `<section id="status"><h2>${escapeHtml(words.statusHeading)}</h2><table class="status"><thead><tr>` +
    [c.n, c.event, c.start, c.mode, c.decision, c.crew, c.next].map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('') +
    `</tr></thead><tbody>${statusRows.join('')}</tbody></table></section>\n` +
    `<footer>${escapeHtml(words.footer)}</footer>\n</body>\n</html>\n`
  );
}
