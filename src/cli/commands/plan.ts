import { planSeason } from '../../season/planSeason.js';
import type { SeasonPlan } from '../../season/_plan.js';
import { stringFlag, type Command } from '../command.js';
import { readSeasonFiles } from '../seasonFiles.js';
import { EXIT, inFiles, UsageError } from '../io.js';
import { asOfFlag, localeFlag, policyFlag } from '../options.js';
import { wordsFor } from '../labels.js';
import type { Locale } from '../../rules/types.js';
import { renderTable } from '../table.js';
import { printable } from '../../_lib/printable.js';
import { describeValue } from '../../_lib/describe.js';

/** Renders a season plan for a terminal, every word in `locale`. */
export function formatPlan(plan: SeasonPlan, locale: Locale): string {
  const w = wordsFor(locale);
  const assigned = renderTable(
    (['request', 'event', 'crew', 'decision', 'preference'] as const).map(w.term),
    plan.assignments.map((a) => [a.requestId, a.eventId, a.crewId, w.decision(a.decision), a.preference.toFixed(4)]),
    ['left', 'left', 'left', 'left', 'right'],
  );
  const left = renderTable(
    (['request', 'event', 'why'] as const).map(w.term),
    plan.unassigned.map((u) => [u.requestId, u.eventId, w.reason(u)]),
  );
  const money = renderTable(
    (['currency', 'events', 'breakevenCommitted', 'riskIfNoSponsor'] as const).map(w.term),
    plan.money.byCurrency.map((s) => [s.currency, String(s.events), s.breakevenCommitted.amount, s.uncovered.amount]),
    ['left', 'right', 'right', 'right'],
  );
  const noContract = plan.money.withoutContract.length === 0 ? '' : `${w.say('withoutContract', { requests: printable(plan.money.withoutContract.join(', ')) })}\n`;
  return (
    `${w.say('planHead', { policy: printable(plan.policyVersion), asOf: printable(plan.asOf) })}\n` +
    `${w.say('covered', { covered: plan.score.covered, preference: plan.score.preference.toFixed(4) })}\n` +
    (plan.optimal ? '' : `${w.say('notProven', { covered: plan.bound.covered, preference: plan.bound.preference.toFixed(4) })}\n`) +
    '\n' +
    `${assigned}\n${w.say('leftOut')}\n${left}\n${w.say('money')}\n${money}${noContract}`
  );
}

/** `plan`: decides which crew covers which request. */
export const plan: Command = {
  name: 'plan',
  summary: 'plan the crews over competing requests, exactly',
  help: `Usage: webcast-partnership plan <requests.json> --crews <crews.json> [options]

Evaluates every coverage request, then assigns crews so that as many events as
possible are covered and, among such plans, the total preference is highest.
Ineligible requests are never planned; every request left out says why.

Options:
  --crews <file>     the crews (required), see \`schema crew\`
  --bookings <file>  existing bookings that hold crews, see \`schema booking\`
  --policy <file>    a policy, or a list of versions (default: the shipped policy)
  --as-of <date>     evaluation date or instant (default: now)
  --budget <steps>   how much the search may do when crews differ (default
                     12000000); the plan says when it is not proven optimal
  --locale <en|fr>   language of the output (default en)
  --json             print the plan as JSON
  -h, --help         show this help

Example:
  webcast-partnership plan examples/data/requests.json --crews examples/data/crews.json \\
    --bookings examples/data/bookings.json --as-of 2026-02-10
`,
  options: {
    crews: { type: 'string' },
    bookings: { type: 'string' },
    policy: { type: 'string' },
    'as-of': { type: 'string' },
    budget: { type: 'string' },
    locale: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  run(input) {
    const crewsFile = stringFlag(input, 'crews');
    if (crewsFile === undefined) throw new UsageError('plan: --crews <file> is required\nRun `webcast-partnership plan --help`.');
    const asOf = asOfFlag(input);
    const locale = localeFlag(input);
    const policy = policyFlag(input, asOf);
    const { requests, crews, bookings, files } = readSeasonFiles(input, crewsFile);
    const budgetText = stringFlag(input, 'budget');
    if (budgetText !== undefined && !/^\d+$/.test(budgetText)) {
      throw new UsageError(`plan: --budget expects a whole number of search steps, got ${describeValue(budgetText)}`);
    }
    const budget = budgetText === undefined ? {} : { budget: Number(budgetText) };
    const result = inFiles(files, () => planSeason(requests, crews, bookings, { policy, asOf, ...budget }));
    process.stdout.write(input.values.json === true ? `${JSON.stringify(result, null, 2)}\n` : formatPlan(result, locale));
    return EXIT.ok;
  },
};
