/** The season's totals under one policy, and the change of the breakeven committed. @internal */
import { fromMinorUnits, toMinorUnits, type Money } from '../money/money.js';
import type { EligibilityReport } from '../rules/types.js';
import type { SeasonPlan } from '../season/_plan.js';

/** The season under one policy. */
export interface SeasonTotals {
  /** Requests evaluated. */
  readonly requests: number;
  /** Requests by decision. */
  readonly eligible: number;
  readonly incomplete: number;
  readonly ineligible: number;
  /** With crews: the requests the crew plan covers (`planSeason`'s `score.covered`). */
  readonly covered?: number;
  /**
   * With crews: the breakeven the covered partnership requests commit, one amount per currency
   * (sorted), as `planSeason`'s money view sums it (requests without a contract yet fix none).
   */
  readonly breakevenCommitted?: readonly Money[];
}

/** The totals of one run. */
export function totalsOf(reports: ReadonlyMap<string, EligibilityReport>, plan: SeasonPlan, withCrews: boolean): SeasonTotals {
  const count = { eligible: 0, incomplete: 0, ineligible: 0 };
  for (const report of reports.values()) count[report.decision] += 1;
  return {
    requests: reports.size,
    ...count,
    ...(withCrews ? { covered: plan.score.covered, breakevenCommitted: plan.money.byCurrency.map((s) => s.breakevenCommitted) } : {}),
  };
}

/** After minus before, per currency of either (sorted), exactly, in minor units. */
export function breakevenChange(before: readonly Money[], after: readonly Money[]): Money[] {
  const units = new Map<string, bigint>();
  for (const m of before) units.set(m.currency, (units.get(m.currency) ?? 0n) - toMinorUnits(m));
  for (const m of after) units.set(m.currency, (units.get(m.currency) ?? 0n) + toMinorUnits(m));
  return [...units.keys()].sort().map((currency) => fromMinorUnits(units.get(currency)!, currency));
}
