// The `policy` command's human output: a policy diff and a policy impact as tables, every word in
// the locale's catalogue; codes (paths, rule ids, versions) stay as they are.
import type { PolicyChange, PolicyDiff } from '../policy/diffPolicies.js';
import type { FindingState } from '../policy/_responsible.js';
import type { PlanPlace } from '../policy/_place.js';
import type { PolicyImpact, RequestImpact } from '../policy/policyImpact.js';
import type { SeasonTotals } from '../policy/_totals.js';
import { printable } from '../_lib/printable.js';
import type { Locale } from '../rules/types.js';
import { wordsFor, type Words } from './labels.js';
import { renderTable } from './table.js';

const ARROW = ' → ';

/** A change's value as given: a number or a rule id; nothing for the side it does not have. */
function valueOf(change: PolicyChange, side: 'before' | 'after'): string {
  const value = (change as { before?: number | string; after?: number | string })[side];
  return value === undefined ? '' : String(value);
}

function changeWord(w: Words, change: PolicyChange): string {
  return w.term(change.change === 'added' ? 'changeAdded' : change.change === 'removed' ? 'changeRemoved' : 'changeChanged');
}

/** The changes as a table: path, what happened, before, after. */
function changesTable(w: Words, changes: readonly PolicyChange[]): string {
  return renderTable(
    (['path', 'change', 'before', 'after'] as const).map(w.term),
    changes.map((c) => [c.path, changeWord(w, c), valueOf(c, 'before'), valueOf(c, 'after')]),
  );
}

/** A change as a cause, in one short code: `parameters.releaseLeadDays`, `blocking -C0`, `modes.client +C10`. */
function causeOf(change: PolicyChange): string {
  if (change.kind === 'mode' || change.kind === 'blocking') return `${change.path} ${change.change === 'added' ? '+' : '-'}${change.rule}`;
  return change.path;
}

/** Renders a policy diff for a terminal, every word in `locale`. */
export function formatDiff(diff: PolicyDiff, locale: Locale): string {
  const w = wordsFor(locale);
  const head = w.say('policyDiffHead', {
    before: printable(diff.before.version),
    beforeFrom: diff.before.appliesFrom,
    after: printable(diff.after.version),
    afterFrom: diff.after.appliesFrom,
  });
  if (diff.changes.length === 0) return `${head}\n${w.say('policyNoChange')}\n`;
  return `${head}\n${w.say('policyChanges', { count: diff.changes.length })}\n${changesTable(w, diff.changes)}`;
}

function stateOf(w: Words, state: FindingState | undefined): string {
  return state === undefined ? w.term('notApplied') : `${w.status(state.status)} (${w.kind(state.kind)})`;
}

/** The season's totals before and after, one row per figure, the breakeven per currency. */
function seasonTable(w: Words, impact: PolicyImpact): string {
  const { before, after } = impact.totals;
  const rows: string[][] = [
    [w.term('requests'), String(before.requests), String(after.requests), ''],
    ...(['eligible', 'incomplete', 'ineligible'] as const).map((d) => [w.decision(d), String(before[d]), String(after[d]), signed(after[d] - before[d])]),
  ];
  if (before.covered !== undefined && after.covered !== undefined) {
    rows.push([w.term('coveredByPlan'), String(before.covered), String(after.covered), signed(after.covered - before.covered)]);
    const amountIn = (totals: SeasonTotals, currency: string) => totals.breakevenCommitted?.find((m) => m.currency === currency)?.amount ?? '-';
    for (const change of impact.breakevenChange ?? []) {
      const { currency } = change;
      rows.push([`${w.term('breakevenCommitted')} (${currency})`, amountIn(before, currency), amountIn(after, currency), change.amount.startsWith('-') ? change.amount : `+${change.amount}`]);
    }
  }
  return renderTable(['', ...(['before', 'after', 'difference'] as const).map(w.term)], rows, ['left', 'right', 'right', 'right']);
}

/** A request's place in a crew plan, in words: its crew, or why the plan leaves it out. */
function placeOf(w: Words, r: RequestImpact, place: PlanPlace): string {
  if ('crewId' in place) return place.booked ? `${place.crewId} (${w.term('bookedCrew')})` : place.crewId;
  return w.reason({ requestId: r.requestId, eventId: r.eventId, ...place });
}

/** The listed requests whose place in the crew plan changes, before and after. */
function planTable(w: Words, impact: PolicyImpact): string {
  const moved = impact.requests.filter((r) => r.plan !== undefined && JSON.stringify(r.plan.before) !== JSON.stringify(r.plan.after));
  if (moved.length === 0) return '';
  const rows = moved.map((r) => [r.requestId, placeOf(w, r, r.plan!.before), placeOf(w, r, r.plan!.after)]);
  return `\n${w.say('impactPlan')}\n${renderTable((['request', 'before', 'after'] as const).map(w.term), rows)}`;
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** Renders a policy impact for a terminal, every word in `locale`. */
export function formatImpact(impact: PolicyImpact, locale: Locale): string {
  const w = wordsFor(locale);
  const { diff } = impact;
  const head = w.say('impactHead', { before: printable(diff.before.version), after: printable(diff.after.version), asOf: impact.asOf });
  const changes = diff.changes.length === 0 ? `${w.say('policyNoChange')}\n` : `${w.say('policyChanges', { count: diff.changes.length })}\n${changesTable(w, diff.changes)}`;
  const withCrews = impact.totals.before.covered !== undefined;
  let requests = `${w.say('impactRequests', { changed: impact.requests.length, total: impact.totals.before.requests })}\n`;
  if (impact.requests.length === 0) requests += `${w.say('impactNone')}\n`;
  else {
    const yesNo = (b: boolean) => w.term(b ? 'yes' : 'no');
    requests += renderTable(
      [...(['request', 'event', 'decision', 'preference'] as const).map(w.term), ...(withCrews ? [w.term('covered')] : []), w.term('rules'), w.term('causes')],
      impact.requests.map((r) => [
        r.requestId,
        r.eventId,
        `${w.decision(r.decision.before)}${ARROW}${w.decision(r.decision.after)}`,
        `${r.preference.before.toFixed(4)}${ARROW}${r.preference.after.toFixed(4)}`,
        ...(r.covered === undefined ? [] : [`${yesNo(r.covered.before)}${ARROW}${yesNo(r.covered.after)}`]),
        // A request only the crew plan moves has no rule of its own: another request took or freed its crew.
        r.rules.length === 0 ? '-' : r.rules.join(', '),
        r.rules.length === 0 ? w.term('crewPlan') : r.causes.map(causeOf).join(', '),
      ]),
    );
    const findings = impact.requests.flatMap((r) =>
      r.findings.map((f) => [r.requestId, f.sponsorId === undefined ? f.rule : `${f.rule} ${f.sponsorId}`, stateOf(w, f.before), stateOf(w, f.after)]),
    );
    if (findings.length > 0) requests += `\n${w.say('impactFindings')}\n${renderTable((['request', 'rule', 'before', 'after'] as const).map(w.term), findings)}`;
    requests += planTable(w, impact);
  }
  const note = withCrews ? '' : `${w.say('impactNoCrews')}\n`;
  return `${head}\n${changes}\n${requests}\n${w.say('impactSeason')}\n${seasonTable(w, impact)}${note}`;
}
