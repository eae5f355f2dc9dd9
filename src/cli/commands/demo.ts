import { findAvailableCrews } from '../../crew/findAvailableCrews.js';
import { planSeason } from '../../season/planSeason.js';
import { parseBooking } from '../../models/booking.js';
import { parseContract, settlementTerms } from '../../models/contract.js';
import { parseCoverageRequest } from '../../models/coverageRequest.js';
import { parseCrew } from '../../models/crew.js';
import { DEFAULT_POLICY } from '../../models/policy.js';
import { settle } from '../../money/settle.js';
import { summarizeSeason } from '../../money/summarizeSeason.js';
import type { Receipt, Statement } from '../../money/types.js';
import { evaluateEligibility } from '../../rules/evaluateEligibility.js';
import type { Command } from '../command.js';
import { DEMO_AS_OF, demoData } from '../demo.js';
import { EXIT } from '../io.js';
import { renderTable } from '../table.js';
import { wordsFor, type Words } from '../labels.js';
import { localeFlag } from '../options.js';
import { printable } from '../../_lib/printable.js';
import { formatPlan } from './plan.js';

function statementTable(title: string, statement: Statement, w: Words): string {
  return (
    `${printable(title)}\n` +
    renderTable(
      (['receipt', 'stream', 'receivedAt', 'amount', 'toBreakeven', 'platform', 'organizer'] as const).map(w.term),
      statement.lines.map((l) => [l.receiptId, w.stream(l.stream), l.receivedAt, l.amount, l.toBreakeven, l.platform, l.organizer]),
      ['left', 'left', 'left', 'right', 'right', 'right', 'right'],
    ) +
    w.say('statementFoot', {
      breakeven: statement.breakeven.amount,
      recovered: statement.recovered.amount,
      uncovered: statement.uncovered.amount,
      platform: statement.platform.amount,
      organizer: statement.organizer.amount,
      currency: printable(statement.currency),
    }) +
    '\n'
  );
}

/** `demo`: the main job on the bundled example season. */
export const demo: Command = {
  name: 'demo',
  summary: 'run the main job on a bundled example season',
  help: `Usage: webcast-partnership demo [--locale en|fr]

Runs the main job on the bundled example data (examples/data): evaluates
a small season of coverage requests (partnership and client mode, some
eligible, some not, for different reasons), plans the crews, settles the money
of two events (several sponsors, a pay-per-view stream, a refund) and prints
the season's producer risk. Everything is evaluated as of ${DEMO_AS_OF}.

Options:
  --locale <en|fr>  language of the output (default en)
  -h, --help        show this help

Example:
  webcast-partnership demo --locale fr
`,
  options: { locale: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  run(input) {
    const w = wordsFor(localeFlag(input));
    const policy = DEFAULT_POLICY;
    const asOf = DEMO_AS_OF;
    const requests = demoData.requests.map((r: unknown, i) => parseCoverageRequest(r, `requests[${i}]`));
    const crews = demoData.crews.map((c, i) => parseCrew(c, `crews[${i}]`));
    const bookings = demoData.bookings.map((b, i) => parseBooking(b, `bookings[${i}]`));
    const out: string[] = [`${w.say('demoHead', { policy: policy.version, asOf })}\n\n`];

    out.push(`${w.say('demoEligibility')}\n`);
    const rows = requests.map((request) => {
      const availability = findAvailableCrews(request.event, { crews, bookings, policy });
      const report = evaluateEligibility(request, { policy, asOf, availability, locale: w.locale });
      // Per-sponsor findings (C2.2, C2.3) make a sponsor unusable, never the event: left out here.
      const open = report.findings.filter((f) => f.kind === 'blocking' && f.status !== 'met' && f.sponsorId === undefined).map((f) => `${f.rule} ${w.status(f.status)}`);
      return [report.requestId, w.mode(report.mode), report.eventId, w.decision(report.decision), report.preference.toFixed(4), open.join(', ')];
    });
    out.push(
      renderTable(
        (['request', 'mode', 'event', 'decision', 'preference', 'blockingNotMet'] as const).map(w.term),
        rows,
        ['left', 'left', 'left', 'left', 'right'],
      ),
    );
    // Which rules apply in which mode is the policy's data: say it, so a client row's short list reads right.
    out.push(`${w.say('demoModes', { partnership: policy.modes.partnership.length, client: policy.modes.client.join(', ') })}\n`);

    out.push(`\n${w.say('demoPlan')}\n`);
    out.push(formatPlan(planSeason(requests, crews, bookings, { policy, asOf }), w.locale));

    out.push(`\n${w.say('demoSettlement')}\n`);
    const webdays = settle(settlementTerms(parseContract(demoData.contractWebdays)), demoData.receiptsWebdays as Receipt[]);
    const late = settle(settlementTerms(parseContract(demoData.contractLate)), demoData.receiptsLate as Receipt[]);
    out.push(statementTable(w.say('demoWebdays'), webdays, w));
    out.push(`\n${statementTable(w.say('demoLate'), late, w)}`);

    out.push(`\n${w.say('demoSeason')}\n`);
    const season = summarizeSeason([webdays, late]);
    out.push(
      renderTable(
        (['events', 'breakevenCommitted', 'recovered', 'uncoveredRisk', 'organizerPaid', 'platformNet'] as const).map(w.term),
        [[String(season.events), season.breakevenCommitted.amount, season.recovered.amount, season.uncovered.amount, season.organizerPaid.amount, season.platformNet.amount]],
        ['right', 'right', 'right', 'right', 'right', 'right'],
      ),
    );
    out.push(`${w.say('amountsIn', { currency: printable(season.currency) })}\n`);
    process.stdout.write(out.join(''));
    return EXIT.ok;
  },
};
