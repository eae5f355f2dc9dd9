/* eslint-disable @typescript-eslint/no-explicit-any -- bad inputs are loose JSON on purpose */
import { describe, expect, it } from 'vitest';
import { simulateSeason } from '../../src/season/entry.js';
import { thrown } from '../utils/thrown.js';
import { planOf, request } from './_simulate.js';

const a = request('a', '1000');
const b = request('b', '300', { topics: ['web'] });
const requests = [a, b];
const plan = planOf(requests);
const good = { requests, sponsorChance: '0.5', contributions: '500', runs: 10 };
const fails = (options: any, planned: any = plan) => thrown(() => simulateSeason(planned, options));
const where = (options: any, planned: any = plan) => fails(options, planned).issues.map((i) => [i.code, i.path]);

describe('simulateSeason errors', () => {
  it('names an unknown option, with the one it most likely meant', () => {
    const error = fails({ ...good, sponsorChances: '0.5' });
    expect(error.code).toBe('unknown_key');
    expect(error.message).toBe('`options.sponsorChances`: Expected a known key, got `sponsorChances`: did you mean `sponsorChance`?');
  });

  it('requires the options, the requests, a chance and a contribution', () => {
    expect(fails(undefined).code).toBe('invalid_options');
    expect(where({ ...good, requests: undefined })).toEqual([['invalid_options', 'options.requests']]);
    expect(where({ requests })).toEqual([
      ['chance_missing', 'options.sponsorChance'],
      ['contribution_missing', 'options.contributions'],
    ]);
  });

  it('reads the plan strictly: its fields, its assignments, an assignment twice', () => {
    expect(fails(good, [plan]).code).toBe('plan_malformed');
    expect(where(good, { ...plan, extra: 1, optimal: 'yes' })).toEqual([
      ['unknown_key', 'plan.extra'],
      ['plan_malformed', 'plan.optimal'],
    ]);
    const { money, ...noMoney } = plan;
    void money;
    expect(where(good, noMoney)).toEqual([['plan_malformed', 'plan.money']]);
    const twice = { ...plan, assignments: [plan.assignments[0], { ...plan.assignments[0], crewId: 'crew-9' }, { ...plan.assignments[1], decision: 'maybe', requestId: '' }] };
    expect(where(good, twice)).toEqual([
      ['plan_malformed', 'plan.assignments[1].requestId'],
      ['plan_malformed', 'plan.assignments[2].requestId'],
      ['plan_malformed', 'plan.assignments[2].decision'],
    ]);
  });

  it('checks the plan against the requests: a request missing, another event, another breakeven', () => {
    expect(where({ ...good, requests: [a] })).toEqual([['plan_mismatch', 'plan.assignments[1].requestId']]);
    const moved = { ...b, event: { ...b.event, id: 'evt-other' } };
    expect(where({ ...good, requests: [a, moved] })).toEqual([['plan_mismatch', 'plan.assignments[1].eventId']]);
    const dearer = request('b', '350', { topics: ['web'] });
    const error = fails({ ...good, requests: [a, dearer] });
    expect(error.code).toBe('plan_mismatch');
    expect(error.issues[0]!.path).toBe('plan.money.byCurrency');
    expect(error.message).toContain("Expected the plan's EUR breakeven committed to be the requests' (1350.00 EUR over 2 event(s)), got 1300.00 over 2");
  });

  it('refuses a request id used twice, as planSeason does', () => {
    expect(where({ ...good, requests: [a, b, a] })).toEqual([['invalid_input', 'requests[2].id']]);
  });

  it('names a covered request that is not a valid request, at its path in the requests', () => {
    const broken = { ...b, contract: { ...b.contract, breakeven: { amount: '-5', currency: 'EUR' } } };
    expect(where({ ...good, requests: [a, broken] })).toEqual([['breakeven_negative', 'requests[1].contract.breakeven.amount']]);
  });

  it('reads chances strictly', () => {
    expect(where({ ...good, sponsorChance: '40%' })).toEqual([['chance_malformed', 'options.sponsorChance']]);
    expect(where({ ...good, sponsorChance: '1/0' })).toEqual([['chance_malformed', 'options.sponsorChance']]);
    expect(where({ ...good, sponsorChance: '3/2' })).toEqual([['chance_out_of_range', 'options.sponsorChance']]);
    expect(where({ ...good, sponsorChance: -0.1 })).toEqual([['chance_out_of_range', 'options.sponsorChance']]);
    expect(where({ ...good, sponsorChance: { topics: { web: 'x' }, default: '2' } })).toEqual([
      ['chance_malformed', 'options.sponsorChance.topics.web'],
      ['chance_out_of_range', 'options.sponsorChance.default'],
    ]);
  });

  it('wants a chance for every event, and names an event id the season does not have', () => {
    const error = fails({ ...good, sponsorChance: { topics: { web: '0.5' }, events: { 'evt-aa': '0.1' } } });
    expect(error.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['event_unknown', 'options.sponsorChance.events["evt-aa"]', 'Expected the id of a simulated event, got `evt-aa`: did you mean `evt-a`?'],
      ['chance_missing', 'options.sponsorChance', 'Expected a value for event `evt-a`: by its id in `events`, by one of its topics in `topics`, or a `default`'],
    ]);
    expect(where({ ...good, sponsorChance: { defualt: '0.5' } })[0]).toEqual(['unknown_key', 'options.sponsorChance.defualt']);
  });

  it('reads contributions strictly, in the season currency', () => {
    expect(where({ ...good, contributions: { min: '10', max: '5' } })).toEqual([['contribution_malformed', 'options.contributions.max']]);
    expect(where({ ...good, contributions: { min: '10' } })).toEqual([['contribution_malformed', 'options.contributions']]);
    expect(where({ ...good, contributions: { min: '1', max: '2', mean: '1' } })).toEqual([['unknown_key', 'options.contributions.mean']]);
    expect(where({ ...good, contributions: '0.001' })).toEqual([['amount_scale_exceeds_currency', 'options.contributions']]);
    expect(where({ ...good, contributions: '-1' })).toEqual([['amount_negative', 'options.contributions']]);
    expect(where({ ...good, contributions: { events: { 'evt-a': '1' } } })).toEqual([['contribution_missing', 'options.contributions']]);
  });

  it('reads runs and seed strictly', () => {
    for (const runs of [0, 1.5, '10', 1_000_001]) expect(where({ ...good, runs })).toEqual([['invalid_options', 'options.runs']]);
    for (const seed of [-1, 1.5, 2n ** 64n, '0x10', 'one']) expect(where({ ...good, seed })).toEqual([['invalid_options', 'options.seed']]);
  });

  it('simulates one currency at a time', () => {
    const dollars = request('d', '100', { currency: 'USD' });
    const mixed = [a, dollars];
    const error = fails({ ...good, requests: mixed }, planOf(mixed));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['currency_mismatch', 'requests[1].contract.breakeven.currency']]);
    expect(error.message).toBe('Expected EUR like `requests[0].contract.breakeven`, got USD: the season mixes currencies, pass `currency` to simulate one of them');
    expect(where({ ...good, currency: 'USD' })).toEqual([['currency_mismatch', 'options.currency']]);
    expect(where({ ...good, currency: 'EURO' })).toEqual([['currency_unknown', 'options.currency']]);
    expect(where({ ...good, requests: [] }, planOf([]))).toEqual([['season_currency_missing', 'options.currency']]);
  });

  it('selects the events of `currency` in a season of two, the others left out with theirs', () => {
    const dollars = request('d', '100', { currency: 'USD' });
    const mixed = [a, dollars];
    const usd = simulateSeason(planOf(mixed), { ...good, requests: mixed, currency: 'USD', contributions: '50' });
    expect(usd.currency).toBe('USD');
    expect(usd.events.map((e) => e.requestId)).toEqual(['d']);
    expect(usd.leftOut).toEqual([{ requestId: 'a', currency: 'EUR' }]);
    expect(usd.breakevenCommitted).toBe('100.00');
    const eur = simulateSeason(planOf(mixed), { ...good, requests: mixed, currency: 'EUR' });
    expect([eur.events.map((e) => e.requestId), eur.leftOut, eur.breakevenCommitted]).toEqual([['a'], [{ requestId: 'd', currency: 'USD' }], '1000.00']);
    expect(simulateSeason(plan, good).leftOut).toEqual([]);
  });
});
