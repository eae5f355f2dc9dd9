// The plan as the CLI prints it: a plan not proven optimal says so, with its bound, in both languages.
import { describe, expect, it } from 'vitest';
import { formatPlan } from '../../src/cli/commands/plan.js';
import type { SeasonPlan } from '../../src/season/index.js';

const plan = (optimal: boolean): SeasonPlan => ({
  policyVersion: '2026.1',
  asOf: '2026-02-10T12:00:00.000Z',
  assignments: [{ requestId: 'req-0', eventId: 'evt-0', crewId: 'crew-big', decision: 'eligible', preference: 1, booked: false }],
  unassigned: [{ requestId: 'req-a', eventId: 'evt-a', reason: 'outbid', by: ['req-0'] }],
  score: { covered: 1, preference: 1 },
  optimal,
  bound: optimal ? { covered: 1, preference: 1 } : { covered: 2, preference: 2.5 },
  money: { byCurrency: [], withoutContract: [] },
});

describe('formatPlan', () => {
  it('says nothing more when the plan is proven optimal', () => {
    expect(formatPlan(plan(true), 'en')).not.toContain('proven');
    expect(formatPlan(plan(true), 'en')).toContain('Covered: 1 event(s), total preference 1.0000\n\n');
  });

  it('gives the bound under the score when the plan is not proven, in English and in French', () => {
    expect(formatPlan(plan(false), 'en')).toContain(
      'Covered: 1 event(s), total preference 1.0000\nNot proven optimal within the search budget: no plan covers more than 2 event(s), total preference 2.5000\n\n',
    );
    expect(formatPlan(plan(false), 'fr')).toContain(
      'Optimalité non prouvée dans le budget de recherche : aucun plan ne couvre plus de 2 événement(s), préférence totale 2.5000\n',
    );
  });
});
