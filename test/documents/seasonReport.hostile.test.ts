/* eslint-disable @typescript-eslint/no-explicit-any -- hostile inputs are anything */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seasonReportHtml } from '../../src/documents/index.js';
import { craftedValues, expectSafe, mutated } from '../hostile/_harness.js';
import { AS_OF, demoSeason, SIMULATION } from './_season.js';

// The season report on hostile input, as test/hostile/entryPoints.test.ts runs the core's: the
// demo's plan or options (requests, crews, bookings, reports, simulation) read back from JSON, with
// one to three values replaced by fast-check's arbitrary JSON or the crafted values of issue 7. The
// only outcomes allowed: a page, or a PartnershipError with a code and paths.
const RUNS = 60;
const season = demoSeason();
const plan = JSON.parse(JSON.stringify(season.plan));
const { requests, crews, bookings, reports } = JSON.parse(JSON.stringify(season));
const options = { requests, crews, bookings, reports, simulation: SIMULATION, locale: 'fr', asOf: AS_OF };

describe('seasonReportHtml on hostile input', () => {
  it('golden: the JSON of the plan and options gives the page of the values themselves', () => {
    const page = expectSafe(() => seasonReportHtml(plan, options as any), [plan, options]);
    expect(page).toBe('ok');
    const { plan: planValue, ...values } = season;
    expect(seasonReportHtml(plan, options as any)).toBe(seasonReportHtml(planValue, { ...values, simulation: SIMULATION, locale: 'fr', asOf: AS_OF }));
  });

  it('every crafted value, alone, in the place of the plan, the options and each option', () => {
    for (const value of craftedValues()) {
      expectSafe(() => seasonReportHtml(value as any, options as any), [value]);
      expectSafe(() => seasonReportHtml(plan, value as any), [value]);
      for (const key of Object.keys(options)) {
        const changed = { ...options, [key]: value };
        expectSafe(() => seasonReportHtml(plan, changed as any), [changed]);
      }
    }
  });

  it('on a hostile plan', () => {
    fc.assert(fc.property(mutated(plan, false, false), (value) => void expectSafe(() => seasonReportHtml(value as any, options as any), [value])), { numRuns: RUNS });
  });

  it('on hostile options', () => {
    fc.assert(fc.property(mutated(options, false, false), (value) => void expectSafe(() => seasonReportHtml(plan, value as any), [value])), { numRuns: RUNS });
  });
});
