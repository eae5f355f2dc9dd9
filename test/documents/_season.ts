// The demo's season, planned and evaluated as the CLI's `report` does, for the season report's tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAvailableCrews } from '../../src/crew/findAvailableCrews.js';
import type { BookingInput } from '../../src/models/booking.js';
import { parseCoverageRequest, type CoverageRequestInput } from '../../src/models/coverageRequest.js';
import type { CrewInput } from '../../src/models/crew.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { evaluateEligibility } from '../../src/rules/evaluateEligibility.js';
import { planSeason } from '../../src/season/planSeason.js';
import type { SeasonReportSimulation } from '../../src/documents/index.js';

export const root = join(import.meta.dirname, '../..');
const example = (file: string): unknown => JSON.parse(readFileSync(join(root, 'examples/data', file), 'utf8'));

export const AS_OF = '2026-02-10';

/** The demo's season: the plan and what the report needs beside it. */
export function demoSeason(requests = example('requests.json') as CoverageRequestInput[], crews = example('crews.json') as CrewInput[]) {
  const bookings = example('bookings.json') as BookingInput[];
  const plan = planSeason(requests, crews, bookings, { policy: DEFAULT_POLICY, asOf: AS_OF });
  const reports = requests.map((input) => {
    const request = parseCoverageRequest(input);
    return evaluateEligibility(request, { policy: DEFAULT_POLICY, asOf: AS_OF, availability: findAvailableCrews(request.event, { crews, bookings, policy: DEFAULT_POLICY }) });
  });
  return { plan, requests, crews, bookings, reports };
}

/** A simulation as `simulateSeason` summarizes one, by hand: the demo's two months. */
export const SIMULATION: SeasonReportSimulation = {
  currency: 'EUR',
  byMonth: [
    { month: '2026-03', uncovered: { mean: '2150.5', median: '2400.00', p5: '600.00', p95: '3000.00' } },
    { month: '2026-04', uncovered: { mean: '420.25', median: '400.00', p5: '0.00', p95: '800.00' } },
  ],
};
