import { parseCoverageRequest } from '../../models/coverageRequest.js';
import { evaluateEligibility } from '../../rules/evaluateEligibility.js';
import type { EligibilityReport, Locale, Remedy } from '../../rules/types.js';
import { findAvailableCrews, readCrews } from '../../crew/findAvailableCrews.js';
import type { BookingInput } from '../../models/booking.js';
import type { CrewInput } from '../../models/crew.js';
import { Issues } from '../../_lib/reject.js';
import { stringFlag, type Command } from '../command.js';
import { EXIT, fromFile, inFiles, InputErrors, readJson, readList, UsageError, writeOutputFile } from '../io.js';
import { asOfFlag, localeFlag, policyFlag } from '../options.js';
import { wordsFor } from '../labels.js';
import { renderTable } from '../table.js';
import { printable } from '../../_lib/printable.js';
import { organizerChecklist } from '../../documents/checklist.js';
import { toICalendar } from '../../documents/ical.js';
import { formatChecklist } from '../checklistText.js';

/** The exit code of a decision: 0 eligible, 1 ineligible, 3 incomplete. */
export function decisionExit(decision: EligibilityReport['decision']): number {
  return decision === 'eligible' ? EXIT.ok : decision === 'ineligible' ? EXIT.ineligible : EXIT.incomplete;
}

/**
 * The deadline a remedy shows beside its rule: the date and time at the event's offset
 * (`2026-03-07T09:00+01:00`), as the organizer reads it. The one place that reads the remedy's
 * deadline, so that a change of its fields is one edit here.
 */
export function remedyDue(remedy: Remedy): string | undefined {
  return remedy.dueLocal;
}

/** Renders a report for a terminal, every word in its locale (the core's messages come in it too). */
export function formatReport(report: EligibilityReport, locale: Locale): string {
  const w = wordsFor(locale);
  const head =
    w.say('reportHead', {
      request: printable(report.requestId),
      event: printable(report.eventId),
      mode: w.mode(report.mode),
      policy: printable(report.policyVersion),
      asOf: printable(report.asOf),
    }) +
    '\n' +
    w.say('decisionLine', { decision: w.decision(report.decision), preference: report.preference.toFixed(4) }) +
    '\n\n';
  const table = renderTable(
    (['rule', 'status', 'kind', 'finding'] as const).map(w.term),
    report.findings.map((f) => [f.sponsorId === undefined ? f.rule : `${f.rule} ${f.sponsorId}`, w.status(f.status), w.kind(f.kind), f.message]),
  );
  const line = (f: EligibilityReport['findings'][number], remedy: Remedy): string => {
    const due = remedyDue(remedy);
    return printable(w.say('remedy', { rule: f.rule, due: due === undefined ? '' : w.say('due', { due }), remedy: remedy[locale] }));
  };
  const todo = report.findings.flatMap((f) => (f.remedy === undefined ? [] : [line(f, f.remedy)]));
  const remedies = todo.length === 0 ? `\n${w.say('nothingToDo')}\n` : `\n${w.say('remedies')}\n${todo.join('\n')}\n`;
  return head + table + remedies;
}

/** Checks crews and bookings as `findAvailableCrews` does, when the request gives no event to check them for. */
function checkCrews(crews: readonly CrewInput[], bookings: readonly BookingInput[]): undefined {
  const issues = new Issues();
  readCrews(crews, bookings, issues);
  issues.throwIfAny('invalid_input');
  return undefined;
}

/** `check`: evaluates one coverage request. */
export const check: Command = {
  name: 'check',
  summary: 'evaluate one coverage request against the eligibility rules',
  help: `Usage: webcast-partnership check <request.json | -> [options]

Evaluates a coverage request (JSON, see \`schema coverage-request\`) against
the policy's rules and prints every rule's status, evidence and remedy.
Exit code: 0 eligible, 1 ineligible, 3 incomplete, 2 bad input.

Options:
  --policy <file>   a policy, or a list of policy versions (default: the shipped policy)
  --as-of <date>    evaluation date or instant (default: now)
  --locale <en|fr>  language of the output, labels and messages (default en)
  --crews <file>    the crews, to decide crew availability (C3); unknown without it
  --bookings <file> existing bookings of those crews
  --json            print the report (or the checklist) as JSON
  --checklist       print the organizer's checklist instead: every action still
                    to do, who it concerns and when it is due, in due order
  --ics <file>      write the checklist as an iCalendar file (one event per
                    deadline, a reminder 3 days before); a file, not \`-\`
  -h, --help        show this help

Example:
  webcast-partnership check examples/data/request.json --as-of 2026-02-10 --locale fr \\
    --crews examples/data/crews.json --bookings examples/data/bookings.json
  webcast-partnership check examples/data/request.json --as-of 2026-01-10 --checklist --ics checklist.ics
`,
  options: {
    policy: { type: 'string' },
    'as-of': { type: 'string' },
    locale: { type: 'string' },
    crews: { type: 'string' },
    bookings: { type: 'string' },
    json: { type: 'boolean' },
    checklist: { type: 'boolean' },
    ics: { type: 'string' },
  },
  positionals: { min: 1, max: 1 },
  run(input) {
    const file = input.positionals[0]!;
    const asOf = asOfFlag(input);
    const locale = localeFlag(input);
    const policy = policyFlag(input, asOf);
    const crewsFile = stringFlag(input, 'crews');
    const bookingsFile = stringFlag(input, 'bookings');
    if (bookingsFile !== undefined && crewsFile === undefined) throw new UsageError('check: --bookings needs --crews');
    const icsFile = stringFlag(input, 'ics');
    if (icsFile === '-') throw new UsageError('check: --ics needs a file name (the calendar is written to a file, not printed)');
    // The request and the crews are checked both, so that one error names every bad item of every file.
    const found = new InputErrors();
    const request = found.attempt(() => fromFile(file, () => parseCoverageRequest(readJson(file))));
    let availability;
    if (crewsFile !== undefined) {
      const crews = readList(crewsFile) as CrewInput[];
      const bookings = (bookingsFile === undefined ? [] : readList(bookingsFile)) as BookingInput[];
      const files = { crews: crewsFile, ...(bookingsFile === undefined ? {} : { bookings: bookingsFile }) };
      availability = found.attempt(() => inFiles(files, () => (request === undefined ? checkCrews(crews, bookings) : findAvailableCrews(request.event, { crews, bookings, policy }))));
    }
    found.throwIfAny();
    // Past throwIfAny, the request parsed.
    const report = evaluateEligibility(request!, { policy, asOf, locale, ...(availability === undefined ? {} : { availability }) });
    const wantsChecklist = input.values.checklist === true;
    const checklist = wantsChecklist || icsFile !== undefined ? organizerChecklist(report, request!, { locale }) : undefined;
    if (icsFile !== undefined) writeOutputFile('check', icsFile, toICalendar(checklist!));
    const shown = wantsChecklist ? checklist! : report;
    process.stdout.write(input.values.json === true ? `${JSON.stringify(shown, null, 2)}\n` : wantsChecklist ? formatChecklist(checklist!, wordsFor(locale)) : formatReport(report, locale));
    return decisionExit(report.decision);
  },
};
