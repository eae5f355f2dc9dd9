/* eslint-disable @typescript-eslint/no-explicit-any -- requests are loose JSON on purpose */
// Seasons to simulate, built by hand: requests from the valid factory request (one field changed),
// and the plan covering all of them, as `plan --json` prints it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseContract, settlementTerms } from '../../src/models/contract.js';
import { settle } from '../../src/money/settle.js';
import { summarizeSeason } from '../../src/money/summarizeSeason.js';
import { planSeason, type SeasonPlan } from '../../src/season/index.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { validInput } from '../utils/factory.js';

/** A partnership request `id` for event `evt-<id>`, with its breakeven (EUR), its day in 2026 (`03-14`), topics and share. */
export function request(id: string, breakeven: string, options: { day?: string; topics?: string[]; share?: string; currency?: string } = {}): Record<string, any> {
  const day = options.day ?? '03-14';
  const input = JSON.parse(JSON.stringify(validInput()).replaceAll('2026-03-14T', `2026-${day}T`));
  input.id = id;
  input.event.id = `evt-${id}`;
  if (options.topics !== undefined) input.event.topics = options.topics;
  input.contract.breakeven = { amount: breakeven, currency: options.currency ?? 'EUR' };
  if (options.share !== undefined) input.contract.organizerShare = options.share;
  return input;
}

/** The plan covering every request, as JSON: each on its own crew, the money view as `planSeason` writes it. */
export function planOf(requests: readonly Record<string, any>[]): any {
  const withContract = requests.filter((r) => r.mode === 'partnership' && r.contract !== undefined);
  const statements = withContract.map((r) => settle(settlementTerms(parseContract(r.contract)), []));
  const currencies = [...new Set(statements.map((s) => s.currency))].sort();
  const plan = {
    policyVersion: DEFAULT_POLICY.version,
    asOf: '2026-02-10T12:00:00.000Z',
    assignments: [...requests]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((r, i) => ({ requestId: r.id, eventId: r.event.id, crewId: `crew-${i}`, decision: 'eligible', preference: 1, booked: false })),
    unassigned: [],
    score: { covered: requests.length, preference: requests.length },
    optimal: true,
    bound: { covered: requests.length, preference: requests.length },
    money: {
      byCurrency: currencies.map((currency) => summarizeSeason(statements.filter((s) => s.currency === currency), { currency })),
      withoutContract: requests.filter((r) => r.mode === 'partnership' && r.contract === undefined).map((r) => r.id).sort(),
    },
  };
  return JSON.parse(JSON.stringify(plan));
}

const root = resolve(import.meta.dirname, '../..');
const data = (file: string): any => JSON.parse(readFileSync(resolve(root, 'examples/data', file), 'utf8'));

/** The demo's season: its requests, and the plan (and its JSON) `plan --as-of 2026-02-10` makes of them (req-webdays 3000 EUR in March, req-late-releases 800 EUR in April). */
export function demoSeason(): { requests: any[]; plan: SeasonPlan; json: any } {
  const requests = data('requests.json');
  const plan = planSeason(requests, data('crews.json'), data('bookings.json'), { policy: DEFAULT_POLICY, asOf: '2026-02-10' });
  return { requests, plan, json: JSON.parse(JSON.stringify(plan)) };
}
