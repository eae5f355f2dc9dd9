import type { EligibilityReport, Finding, Remedy } from './types.js';

/** A report's next deadline: the finding and its remedy, due at `remedy.dueAt`. @internal */
export interface NextDeadline {
  readonly finding: Finding;
  readonly remedy: Remedy & { readonly dueAt: string };
}

/**
 * The next deadline still ahead in a report: the earliest remedy due (only a deadline still ahead
 * carries `dueAt`); on a tie, the first finding in report order. `undefined` when nothing is due
 * any more. The tracker's `PARTNERSHIP_NEXT_DEADLINE` and the season report both show it. @internal
 */
export function nextDeadline(report: Pick<EligibilityReport, 'findings'>): NextDeadline | undefined {
  let next: { readonly at: number; readonly found: NextDeadline } | undefined;
  for (const finding of report.findings) {
    const remedy = finding.remedy;
    if (remedy?.dueAt === undefined) continue;
    const at = Date.parse(remedy.dueAt);
    if (next === undefined || at < next.at) next = { at, found: { finding, remedy: remedy as NextDeadline['remedy'] } };
  }
  return next?.found;
}
