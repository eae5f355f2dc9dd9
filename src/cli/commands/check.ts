import { parseCoverageRequest } from '../../models/coverageRequest.js';
import { evaluateEligibility } from '../../rules/evaluateEligibility.js';
import type { EligibilityReport } from '../../rules/types.js';
import { findAvailableCrews, readCrews } from '../../crew/findAvailableCrews.js';
import type { BookingInput } from '../../models/booking.js';
import type { CrewInput } from '../../models/crew.js';
import { InputIssues } from '../../models/parse.js';
import { stringFlag, type Command } from '../command.js';
import { EXIT, fromFile, inFiles, InputErrors, readJson, readList, UsageError } from '../io.js';
import { asOfFlag, localeFlag, policyFlag } from '../options.js';
import { renderTable } from '../table.js';
import { printable } from '../../_lib/printable.js';

/** The exit code of a decision: 0 eligible, 1 ineligible, 3 incomplete. */
export function decisionExit(decision: EligibilityReport['decision']): number {
  return decision === 'eligible' ? EXIT.ok : decision === 'ineligible' ? EXIT.ineligible : EXIT.incomplete;
}

const WORDS = {
  en: { columns: ['rule', 'status', 'kind', 'finding'], decision: 'Decision', preference: 'Preference', policy: 'policy', asOf: 'as of', remedies: 'What to do', none: 'Nothing to do: every rule is met.' },
  fr: { columns: ['règle', 'statut', 'type', 'constat'], decision: 'Décision', preference: 'Préférence', policy: 'politique', asOf: 'au', remedies: 'Que faire', none: 'Rien à faire : toutes les règles sont remplies.' },
} as const;

/** Renders a report for a terminal, in its locale. */
export function formatReport(report: EligibilityReport, locale: 'en' | 'fr'): string {
  const w = WORDS[locale];
  const head =
    `${printable(report.requestId)} · ${printable(report.eventId)} · ${report.mode} · ${w.policy} ${printable(report.policyVersion)} · ${w.asOf} ${printable(report.asOf)}\n` +
    `${w.decision}: ${report.decision}   ${w.preference}: ${report.preference.toFixed(4)}\n\n`;
  const table = renderTable(
    w.columns,
    report.findings.map((f) => [f.sponsorId === undefined ? f.rule : `${f.rule} ${f.sponsorId}`, f.status, f.kind, f.message]),
  );
  const todo = report.findings.filter((f) => f.remedy !== undefined);
  const remedies =
    todo.length === 0
      ? `\n${w.none}\n`
      : `\n${w.remedies}:\n${todo.map((f) => printable(`  ${f.rule}${f.remedy!.dueLocal ? ` (${f.remedy!.dueLocal})` : ''}: ${f.remedy![locale]}`)).join('\n')}\n`;
  return head + table + remedies;
}

/** Checks crews and bookings as `findAvailableCrews` does, when the request gives no event to check them for. */
function checkCrews(crews: readonly CrewInput[], bookings: readonly BookingInput[]): undefined {
  const issues = new InputIssues();
  readCrews(crews, bookings, issues);
  issues.throwIfAny();
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
  --locale <en|fr>  language of the messages (default en)
  --crews <file>    the crews, to decide crew availability (C3); unknown without it
  --bookings <file> existing bookings of those crews
  --json            print the report as JSON
  -h, --help        show this help

Example:
  webcast-partnership check docs/examples/data/request.json --as-of 2026-02-10 --locale fr \\
    --crews docs/examples/data/crews.json --bookings docs/examples/data/bookings.json
`,
  options: {
    policy: { type: 'string' },
    'as-of': { type: 'string' },
    locale: { type: 'string' },
    crews: { type: 'string' },
    bookings: { type: 'string' },
    json: { type: 'boolean' },
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
    // The request and the crews are checked both, so that one error names every bad item of every file.
    const found = new InputErrors();
    const request = found.attempt(() => fromFile(file, () => parseCoverageRequest(readJson(file))));
    let availability;
    if (crewsFile !== undefined) {
      const crews = readList(crewsFile) as CrewInput[];
      const bookings = (bookingsFile === undefined ? [] : readList(bookingsFile)) as BookingInput[];
      const files = { crews: crewsFile, ...(bookingsFile === undefined ? {} : { bookings: bookingsFile }) };
      availability = found.attempt(() => inFiles(files, () => (request === undefined ? checkCrews(crews, bookings) : findAvailableCrews(request.event, crews, bookings, policy))));
    }
    found.throwIfAny();
    // Past throwIfAny, the request parsed.
    const report = evaluateEligibility(request!, { policy, asOf, locale, ...(availability === undefined ? {} : { availability }) });
    process.stdout.write(input.values.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, locale));
    return decisionExit(report.decision);
  },
};
