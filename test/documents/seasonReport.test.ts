/* eslint-disable @typescript-eslint/no-explicit-any -- hostile inputs are anything */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seasonReportHtml } from '../../src/documents/index.js';
import type { Locale } from '../../src/rules/types.js';
import { thrown } from '../utils/thrown.js';
import { AS_OF, demoSeason, SIMULATION } from './_season.js';

// Golden pages: rewrite them with `UPDATE_GOLDEN=1 npx vitest run test/documents/seasonReport.test.ts`
// after a change meant to alter the page, and look at the difference before committing it.
const golden = (locale: Locale): string => join(import.meta.dirname, 'golden', `season-report.${locale}.html`);

function page(locale: Locale, withSimulation = true): string {
  const { plan, requests, crews, bookings, reports } = demoSeason();
  return seasonReportHtml(plan, { requests, crews, bookings, reports, locale, asOf: AS_OF, ...(withSimulation ? { simulation: SIMULATION } : {}) });
}

/** A 10^4-deep array: what overflowed the stack when printed. */
function deep(): unknown[] {
  const root: unknown[] = [];
  let at = root;
  for (let i = 0; i < 10_000; i += 1) at = (at[0] = []) as unknown[];
  return root;
}

describe('seasonReportHtml', () => {
  it.each<Locale>(['en', 'fr'])('writes the demo season in %s, byte for byte as the golden page', (locale) => {
    const html = page(locale);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden(locale), html);
    expect(html).toBe(readFileSync(golden(locale), 'utf8'));
  });

  it('gives the same bytes for the same input', () => {
    expect(page('fr')).toBe(page('fr'));
  });

  it('is in one language: the French page carries French words only, the English page English ones', () => {
    const fr = page('fr');
    expect(fr).toContain('<html lang="fr">');
    expect(fr).toContain('La saison en un coup d’œil');
    expect(fr).toContain('3\u202f000,00\u00a0€');
    expect(fr).not.toContain('The crew plan');
    const en = page('en');
    expect(en).toContain('€3,000.00');
    expect(en).not.toContain('Le plan des équipes');
  });

  it('loads nothing: no script, no link, no remote URL, and a policy that forbids any load', () => {
    const html = page('en');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(http|src=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('says when it is as of, in UTC, and the plan it shows', () => {
    const html = page('en');
    expect(html).toContain('As of 2026-02-10 00:00 UTC, policy 2009-04. 2 of 7 requests covered.');
  });

  it('defaults to English and to the plan’s own asOf', () => {
    const { plan, requests, crews } = demoSeason();
    expect(seasonReportHtml(plan, { requests, crews })).toContain('As of 2026-02-10 00:00 UTC');
  });

  describe('errors', () => {
    const { plan, requests, crews } = demoSeason();

    it('names an unknown option, with the one meant', () => {
      const error = thrown(() => seasonReportHtml(plan, { requests, crews, simulaton: SIMULATION } as never));
      expect(error.code).toBe('unknown_key');
      expect(error.issues[0]!.path).toBe('options.simulaton');
      expect(error.message).toContain('did you mean `simulation`?');
    });

    it('rejects a locale it does not ship', () => {
      expect(thrown(() => seasonReportHtml(plan, { requests, crews, locale: 'de' as never })).code).toBe('invalid_locale');
    });

    it('rejects a plan made from other requests, naming the request', () => {
      const error = thrown(() => seasonReportHtml(plan, { requests: requests.slice(1), crews }));
      expect(error.code).toBe('invalid_input');
      expect(error.issues.map((i) => i.path)).toContain('plan.assignments[1].requestId');
    });

    it('rejects a plan made with other crews, naming the crew', () => {
      const error = thrown(() => seasonReportHtml(plan, { requests, crews: crews.slice(0, 1) }));
      expect(error.issues.map((i) => [i.path, i.message])).toEqual([['plan.assignments[0].crewId', 'Expected `plan.assignments[0].crewId` to be a crew of `options.crews`, got `crew-lyon`']]);
    });

    it('names every malformed field of a simulation', () => {
      const simulation = { currency: 'EUR', byMonth: [{ month: '2026-3', uncovered: {} }, { month: '2026-04', uncovered: { mean: 1, median: '1', p5: '0', p95: '2' } }] };
      const error = thrown(() => seasonReportHtml(plan, { requests, crews, simulation: simulation as never }));
      expect(error.issues.map((i) => i.path)).toEqual(['options.simulation.byMonth[0].month', 'options.simulation.byMonth[1].uncovered.mean']);
      // A hole in a sparse list is a month that is not one, not one skipped.
      const holes = { currency: 'EUR', byMonth: [...SIMULATION.byMonth] };
      delete holes.byMonth[0];
      expect(thrown(() => seasonReportHtml(plan, { requests, crews, simulation: holes as never })).issues.map((i) => i.path)).toEqual(['options.simulation.byMonth[0].month']);
    });

    // A report with a remedy (k), and its finding with one (f).
    const k = demoSeason().reports.findIndex((r) => r.findings.some((finding) => finding.remedy !== undefined));
    const f = demoSeason().reports[k]!.findings.findIndex((finding) => finding.remedy !== undefined);
    it.each<[string, (plan: any, reports: any[]) => void, string]>([
      ['a null-prototype object for the policy version', (p) => (p.policyVersion = Object.create(null)), 'plan.policyVersion'],
      ['a 10^4-deep array for the ids without a contract', (p) => (p.money.withoutContract = deep()), 'plan.money.withoutContract'],
      ['null for a left-out request', (p) => (p.unassigned[0] = null), 'plan.unassigned[0]'],
      ['an object for the requests that outbid one', (p) => (p.unassigned.find((u: any) => u.reason === 'outbid').by = {}), `plan.unassigned[${plan.unassigned.findIndex((u) => u.reason === 'outbid')}].by`],
      ['a reason that is not one', (p) => (p.unassigned[0].reason = Object.create(null)), 'plan.unassigned[0].reason'],
      ['null for the score', (p) => (p.score = null), 'plan.score'],
      ['a hole in a sparse list of assignments', (p) => delete p.assignments[0], 'plan.assignments[0]'],
      ['a hole in the ids without a contract', (p) => (p.money.withoutContract = new Array(1)), 'plan.money.withoutContract'],
      ['a hole in the requests that outbid one', (p) => (p.unassigned.find((u: any) => u.reason === 'outbid').by = new Array(1)), `plan.unassigned[${plan.unassigned.findIndex((u) => u.reason === 'outbid')}].by`],
      ['a hole in a sparse list of findings', (_p, r) => delete r[0].findings[0], 'options.reports[0].findings[0]'],
      ['a decision that is not one in a report', (_p, r) => (r[0].decision = deep()), 'options.reports[0].decision'],
      ['null for a finding of a report', (_p, r) => (r[0].findings[0] = null), 'options.reports[0].findings[0]'],
      ['a remedy due at no instant', (_p, r) => (r[k].findings[f].remedy.dueAt = Object.create(null)), `options.reports[${k}].findings[${f}].remedy.dueAt`],
    ])('rejects a plan or report with %s as invalid_input at its path, never a TypeError', (_what, change, path) => {
      const season = demoSeason();
      const [badPlan, reports] = [JSON.parse(JSON.stringify(season.plan)), JSON.parse(JSON.stringify(season.reports))];
      change(badPlan, reports);
      const error = thrown(() => seasonReportHtml(badPlan, { requests, crews, reports }));
      expect([error.code, error.issues.map((i) => i.path)]).toEqual(['invalid_input', [path]]);
    });

    it('rejects a request that does not parse, at its path', () => {
      const bad = [{ ...requests[0]!, mode: 'gift' }, ...requests.slice(1)];
      const error = thrown(() => seasonReportHtml(plan, { requests: bad as never, crews }));
      expect(error.issues.some((i) => i.path === 'options.requests[0].mode')).toBe(true);
    });
  });
});
