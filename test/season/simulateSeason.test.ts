import { describe, expect, it } from 'vitest';
import { simulateSeason } from '../../src/season/entry.js';
import { demoSeason, planOf, request } from './_simulate.js';

// Two events: a (1000 EUR, March) and b (300 EUR, April), 50-50 above the breakeven.
const a = request('a', '1000');
const b = request('b', '300', { day: '04-09' });
const requests = [b, a];
const plan = planOf(requests);

describe('simulateSeason', () => {
  it('settles a sure sponsor of every event as settle does (golden, by hand)', () => {
    // a: 500 of 1000 recovered, nothing shared. b: 300 recovered, surplus 200, organizer 100, platform 400.
    const result = simulateSeason(plan, { requests, sponsorChance: '1', contributions: '500', runs: 3 });
    const every = (amount: string) => ({ mean: amount, median: amount, p5: amount, p95: amount });
    expect(result.breakevenCommitted).toBe('1300.00');
    expect(result.uncovered).toEqual(every('500.00'));
    expect(result.platformNet).toEqual(every('-400.00'));
    expect(result.organizer).toEqual(every('100.00'));
    expect(result.received).toEqual(every('1000.00'));
    expect(result.byMonth).toEqual([
      { month: '2026-03', uncovered: every('500.00') },
      { month: '2026-04', uncovered: every('0.00') },
    ]);
    expect(result.breakEven).toEqual({ runs: 0, sponsoredEvents: null, bySponsored: [{ sponsored: 2, runs: 3, brokeEven: 0 }] });
  });

  it('gives a tiny seeded run as computed by hand from the reference xoshiro128** draws', () => {
    // Seed 7's first eight draws (the C reference): 1801096769, 1554325924, 2992800842, 3588980540,
    // 2077056966, 1036808551, 3328125478, 318019494. A chance of 1/2 draws below 2: an even draw is a
    // sponsor. Runs (a, b): (no, yes), (yes, yes), (yes, no), (yes, yes).
    // Uncovered: 1000, 500, 800, 500. Platform net: -900, -400, -800, -400. Organizer: 100, 100, 0, 100.
    const result = simulateSeason(plan, { requests, sponsorChance: '0.5', contributions: '500', runs: 4, seed: 7 });
    expect(result.uncovered).toEqual({ mean: '700.00', median: '500.00', p5: '500.00', p95: '1000.00' });
    expect(result.platformNet).toEqual({ mean: '-625.00', median: '-800.00', p5: '-900.00', p95: '-400.00' });
    expect(result.organizer).toEqual({ mean: '75.00', median: '100.00', p5: '0.00', p95: '100.00' });
    expect(result.received).toEqual({ mean: '750.00', median: '500.00', p5: '500.00', p95: '1000.00' });
    expect(result.byMonth).toEqual([
      { month: '2026-03', uncovered: { mean: '625.00', median: '500.00', p5: '500.00', p95: '1000.00' } },
      { month: '2026-04', uncovered: { mean: '75.00', median: '0.00', p5: '0.00', p95: '300.00' } },
    ]);
    expect(result.breakEven).toEqual({
      runs: 0,
      sponsoredEvents: null,
      bySponsored: [
        { sponsored: 1, runs: 2, brokeEven: 0 },
        { sponsored: 2, runs: 2, brokeEven: 0 },
      ],
    });
  });

  it('says how many sponsored events the season needs: both, here (by hand)', () => {
    // A sponsor giving 1000: a alone brings the platform 1000, b alone 300 + 350 = 650, both 1650 ≥ 1300.
    const result = simulateSeason(plan, { requests, sponsorChance: '0.5', contributions: '1000', runs: 2000, seed: 3 });
    expect(result.breakEven.sponsoredEvents).toBe(2);
    const [none, one, two] = result.breakEven.bySponsored;
    expect([none!.brokeEven, one!.brokeEven, two!.brokeEven]).toEqual([0, 0, two!.runs]);
    expect(result.breakEven.runs).toBe(two!.runs);
    expect(none!.runs + one!.runs + two!.runs).toBe(2000);
  });

  describe('the mean converges to the analytic expectation', () => {
    // Seeded, so each check is deterministic; the tolerance is four standard errors.
    it('chance 1/2, a fixed 500: uncovered 900, platform net -850, organizer 50 (by hand)', () => {
      // E[uncovered] = ½·1000 + ½·500 + ½·300 + ½·0 = 900 (sd 291.55, se 2.92 over 10,000 runs).
      // E[platform] = ½·500 + ½·400 = 450, less 1300 committed: -850. E[organizer] = ½·100 = 50.
      const result = simulateSeason(plan, { requests, sponsorChance: '1/2', contributions: '500', runs: 10_000, seed: 2026 });
      expect(Math.abs(Number(result.uncovered.mean) - 900)).toBeLessThan(4 * 2.92);
      expect(Math.abs(Number(result.platformNet.mean) + 850)).toBeLessThan(4 * 2.92);
      expect(Math.abs(Number(result.organizer.mean) - 50)).toBeLessThan(4 * 0.5);
    });

    it('a sure sponsor giving 0.00 to 2000.00 alike to a 1000 breakeven: uncovered 250.00 (by hand)', () => {
      // X uniform on 0..200000 cents: E[min(X, 100000)] = (Σ_{k≤100000} k + 100000·100000) / 200001
      // = 15000050000 / 200001 = 74999.875 cents, so E[uncovered] = 250.00125 EUR; sd ≈ 353.6, se 3.54.
      const single = [request('solo', '1000')];
      const result = simulateSeason(planOf(single), { requests: single, sponsorChance: '1', contributions: { min: '0', max: '2000' }, runs: 10_000, seed: 9 });
      expect(Math.abs(Number(result.uncovered.mean) - 250.00125)).toBeLessThan(4 * 3.54);
    });
  });

  describe('determinism', () => {
    const options = { requests, sponsorChance: '0.4', contributions: { min: '100', max: '1500.50' }, runs: 500 };

    it('gives the same bytes for the same seed, twice', () => {
      const once = JSON.stringify(simulateSeason(plan, { ...options, seed: 42 }));
      expect(JSON.stringify(simulateSeason(plan, { ...options, seed: 42 }))).toBe(once);
      expect(JSON.stringify(simulateSeason(plan, { ...options, seed: '42' }))).toBe(once);
    });

    it('differs for another seed', () => {
      expect(JSON.stringify(simulateSeason(plan, { ...options, seed: 43 }))).not.toBe(JSON.stringify(simulateSeason(plan, { ...options, seed: 42 })));
    });

    it('takes seed 1 and 10,000 runs when left out', () => {
      const result = simulateSeason(plan, { requests, sponsorChance: '0.4', contributions: '500' });
      expect([result.seed, result.runs]).toEqual(['1', 10_000]);
      expect(JSON.stringify(result)).toBe(JSON.stringify(simulateSeason(plan, { requests, sponsorChance: '0.4', contributions: '500', seed: 1n, runs: 10_000 })));
    });

    it('reads the plan as planSeason returns it or as its JSON, alike', () => {
      const { requests: demo, plan: planned, json } = demoSeason();
      const options = { requests: demo, sponsorChance: '0.5', contributions: '800', runs: 4, seed: 7 };
      const result = simulateSeason(json, options);
      expect(JSON.stringify(simulateSeason(planned, options))).toBe(JSON.stringify(result));
      expect([result.uncovered.mean, result.breakEven.runs]).toEqual(['2600.00', 0]);
      expect(result.events.map((e) => [e.requestId, e.month, e.breakeven])).toEqual([
        ['req-late-releases', '2026-04', '800.00'],
        ['req-webdays', '2026-03', '3000.00'],
      ]);
    });
  });

  describe('the sponsor model', () => {
    const topical = [request('x', '1000', { topics: ['data', 'web'] }), request('y', '1000', { topics: ['web'] }), request('z', '1000', { topics: [] })];
    const topicalPlan = planOf(topical);

    it('takes the event id first, then the first of its topics named, then the default', () => {
      const result = simulateSeason(topicalPlan, {
        requests: topical,
        sponsorChance: { default: '0.10', topics: { web: '1/3', data: '2/4' }, events: { 'evt-y': '0.25' } },
        contributions: { default: { min: '1', max: '2' }, topics: { web: '5' } },
        runs: 1,
      });
      expect(result.events.map((e) => [e.eventId, e.sponsorChance, e.contribution])).toEqual([
        ['evt-x', '0.5', { min: '5.00', max: '5.00' }],
        ['evt-y', '0.25', { min: '5.00', max: '5.00' }],
        ['evt-z', '0.1', { min: '1.00', max: '2.00' }],
      ]);
    });

    it('reads a chance as a decimal, a fraction or a number, exactly', () => {
      const chanceOf = (chance: string | number) => simulateSeason(topicalPlan, { requests: topical, sponsorChance: chance, contributions: '1', runs: 1 }).events[0]!.sponsorChance;
      expect(['0.40', '2/5', 0.4, '1/3', '0', '1.0', '3/3'].map(chanceOf)).toEqual(['0.4', '0.4', '0.4', '1/3', '0', '1', '1']);
    });

    it('never sponsors at chance 0 and always at chance 1', () => {
      const never = simulateSeason(plan, { requests, sponsorChance: '0', contributions: '500', runs: 50 });
      expect(never.uncovered.p5).toBe('1300.00');
      expect(never.breakEven.bySponsored).toEqual([{ sponsored: 0, runs: 50, brokeEven: 0 }]);
      const always = simulateSeason(plan, { requests, sponsorChance: '1', contributions: { min: '1300', max: '9000' }, runs: 50, seed: 5 });
      expect(always.uncovered.p95).toBe('0.00');
      expect(always.breakEven).toEqual({ runs: 50, sponsoredEvents: 2, bySponsored: [{ sponsored: 2, runs: 50, brokeEven: 50 }] });
    });

    it('leaves out client requests, and lists partnership requests without a contract', () => {
      const client = { ...request('c', '500'), mode: 'client' };
      const draft = request('d', '500');
      delete draft.contract;
      const mixed = [a, client, draft];
      const result = simulateSeason(planOf(mixed), { requests: mixed, sponsorChance: '1', contributions: '100', runs: 1 });
      expect(result.events.map((e) => e.requestId)).toEqual(['a']);
      expect(result.withoutContract).toEqual(['d']);
    });

    it('simulates an empty season in the currency given', () => {
      const result = simulateSeason(planOf([]), { requests: [], sponsorChance: '0.5', contributions: '100', runs: 3, currency: 'JPY' });
      expect([result.currency, result.uncovered.mean, result.breakEven.runs, result.byMonth]).toEqual(['JPY', '0', 3, []]);
    });
  });
});
