import { findAvailableCrews } from '../../crew/findAvailableCrews.js';
import { planSeason } from '../../crew/planSeason.js';
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
import { printable } from '../../_lib/printable.js';
import { formatPlan } from './plan.js';

function statementTable(title: string, statement: Statement): string {
  return (
    `${printable(title)}\n` +
    renderTable(
      ['receipt', 'stream', 'received at', 'amount', 'to breakeven', 'platform', 'organizer'],
      statement.lines.map((l) => [l.receiptId, l.stream, l.receivedAt, l.amount, l.toBreakeven, l.platform, l.organizer]),
      ['left', 'left', 'left', 'right', 'right', 'right', 'right'],
    ) +
    `breakeven ${statement.breakeven.amount} · recovered ${statement.recovered.amount} · uncovered ${statement.uncovered.amount} · ` +
    `platform ${statement.platform.amount} · organizer ${statement.organizer.amount} ${printable(statement.currency)}\n`
  );
}

/** `demo`: the main job on the bundled example season. */
export const demo: Command = {
  name: 'demo',
  summary: 'run the main job on a bundled example season',
  help: `Usage: webcast-partnership demo

Runs the main job on the bundled example data (docs/examples/data): evaluates
a small season of coverage requests (partnership and client mode, some
eligible, some not, for different reasons), plans the crews, settles the money
of two events (several sponsors, a pay-per-view stream, a refund) and prints
the season's producer risk. Everything is evaluated as of ${DEMO_AS_OF}.

Example:
  webcast-partnership demo
`,
  options: {},
  positionals: { min: 0, max: 0 },
  run() {
    const policy = DEFAULT_POLICY;
    const asOf = DEMO_AS_OF;
    const requests = demoData.requests.map((r: unknown, i) => parseCoverageRequest(r, `requests[${i}]`));
    const crews = demoData.crews.map((c, i) => parseCrew(c, `crews[${i}]`));
    const bookings = demoData.bookings.map((b, i) => parseBooking(b, `bookings[${i}]`));
    const out: string[] = [`webcast-partnership demo · policy ${policy.version} · as of ${asOf}\n\n`];

    out.push('1. Eligibility of each request (crew availability from the existing bookings)\n');
    const rows = requests.map((request) => {
      const availability = findAvailableCrews(request.event, crews, bookings, policy);
      const report = evaluateEligibility(request, { policy, asOf, availability });
      // Per-sponsor findings (C2.2, C2.3) make a sponsor unusable, never the event: left out here.
      const open = report.findings.filter((f) => f.kind === 'blocking' && f.status !== 'met' && f.sponsorId === undefined).map((f) => `${f.rule} ${f.status}`);
      return [report.requestId, report.mode, report.eventId, report.decision, report.preference.toFixed(4), open.join(', ')];
    });
    out.push(renderTable(['request', 'mode', 'event', 'decision', 'preference', 'blocking rules not met'], rows, ['left', 'left', 'left', 'left', 'right']));
    // Which rules apply in which mode is the policy's data: say it, so a client row's short list reads right.
    out.push(`Rules applied (policy.modes): partnership ${policy.modes.partnership.length} rules; client ${policy.modes.client.join(', ')}.\n`);

    out.push('\n2. Crew plan\n');
    out.push(formatPlan(planSeason(requests, crews, bookings, { policy, asOf })));

    out.push('\n3. Settlement of two events\n');
    const webdays = settle(settlementTerms(parseContract(demoData.contractWebdays)), demoData.receiptsWebdays as Receipt[]);
    const late = settle(settlementTerms(parseContract(demoData.contractLate)), demoData.receiptsLate as Receipt[]);
    out.push(statementTable('Web 2.0 Days (two sponsors, pay-per-view at 30% to the organizer, a refund):', webdays));
    out.push(`\n${statementTable('E-learning Forum (one small sponsor):', late)}`);

    out.push('\n4. The season: producer risk\n');
    const season = summarizeSeason([webdays, late]);
    out.push(
      renderTable(
        ['events', 'breakeven committed', 'recovered', 'uncovered (producer risk)', 'organizer shares paid', 'platform net'],
        [[String(season.events), season.breakevenCommitted.amount, season.recovered.amount, season.uncovered.amount, season.organizerPaid.amount, season.platformNet.amount]],
        ['right', 'right', 'right', 'right', 'right', 'right'],
      ),
    );
    out.push(`Amounts in ${printable(season.currency)}.\n`);
    process.stdout.write(out.join(''));
    return EXIT.ok;
  },
};
