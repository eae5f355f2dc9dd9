import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiff, formatImpact } from '../../src/cli/policyText.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { diffPolicies, policyImpact } from '../../src/policy/index.js';
import { promotionWeighs, releases40, season } from './_policies.js';

const { requests, crews, bookings, asOf } = season;
const example = (file: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '../../examples/data', file), 'utf8'));

describe('the example policies', () => {
  it('are DEFAULT_POLICY and the same with releases due 40 days ahead', () => {
    expect(example('policy-2009-04.json')).toEqual(DEFAULT_POLICY);
    expect(example('policy-2026-06.json')).toEqual(releases40);
  });
});

describe('formatDiff', () => {
  it('shows each change with its path and both values, in English and in French', () => {
    const diff = diffPolicies(DEFAULT_POLICY, releases40);
    expect(formatDiff(diff, 'en')).toBe(
      [
        'Policy 2009-04 (from 2009-04-01) → 2026-06 (from 2026-06-01)',
        '1 change(s):',
        'path                        change   before  after',
        '--------------------------  -------  ------  -----',
        'parameters.releaseLeadDays  changed  7       40',
        '',
      ].join('\n'),
    );
    expect(formatDiff(diffPolicies(DEFAULT_POLICY, promotionWeighs), 'fr')).toBe(
      [
        'Politique 2009-04 (à partir du 2009-04-01) → 2026-07 (à partir du 2026-07-01)',
        '1 changement(s) :',
        'chemin    changement  avant  après',
        '--------  ----------  -----  -----',
        'blocking  retrait     C0',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing changes', () => {
    expect(formatDiff(diffPolicies(DEFAULT_POLICY, DEFAULT_POLICY), 'en')).toBe(
      'Policy 2009-04 (from 2009-04-01) → 2009-04 (from 2009-04-01)\nNo change: both policies have the same parameters, rules per mode, blocking rules and weights.\n',
    );
  });
});

describe('formatImpact', () => {
  it('shows the requests that change, their findings and the season, in English', () => {
    const text = formatImpact(policyImpact(requests, { before: DEFAULT_POLICY, after: releases40, asOf, crews, bookings }), 'en');
    expect(text).toBe(
      [
        'Policy impact · 2009-04 → 2026-06 · as of 2026-02-10T12:00:00.000Z',
        '1 change(s):',
        'path                        change   before  after',
        '--------------------------  -------  ------  -----',
        'parameters.releaseLeadDays  changed  7       40',
        '',
        'Requests that change: 3 of 7',
        'request       event         decision               preference       covered   rules  because of',
        '------------  ------------  ---------------------  ---------------  --------  -----  --------------------------',
        'req-client    evt-client    eligible → ineligible  0.0000 → 0.0000  no → no   C6.2   parameters.releaseLeadDays',
        'req-dataconf  evt-dataconf  eligible → ineligible  0.6000 → 0.6000  no → no   C6.2   parameters.releaseLeadDays',
        'req-webdays   evt-webdays   eligible → ineligible  1.0000 → 1.0000  yes → no  C6.2   parameters.releaseLeadDays',
        '',
        'Findings that change:',
        'request       rule  before          after',
        '------------  ----  --------------  ----------------',
        'req-client    C6.2  met (blocking)  unmet (blocking)',
        'req-dataconf  C6.2  met (blocking)  unmet (blocking)',
        'req-webdays   C6.2  met (blocking)  unmet (blocking)',
        '',
        'Crew plan that changes:',
        'request       before                 after',
        '------------  ---------------------  ----------------',
        'req-client    outbid by req-webdays  ineligible: C6.2',
        'req-dataconf  outbid by req-webdays  ineligible: C6.2',
        'req-webdays   crew-paris             ineligible: C6.2',
        '',
        'The season:',
        '                            before   after  difference',
        '-------------------------  -------  ------  ----------',
        'requests                         7       7',
        'eligible                         3       0          -3',
        'incomplete                       1       1           0',
        'ineligible                       3       6          +3',
        'covered by the crew plan         2       1          -1',
        'breakeven committed (EUR)  3800.00  800.00    -3000.00',
        '',
      ].join('\n'),
    );
  });

  it('says the same in French', () => {
    const text = formatImpact(policyImpact(requests, { before: DEFAULT_POLICY, after: promotionWeighs, asOf, crews, bookings }), 'fr');
    expect(text).toBe(
      [
        'Impact du changement de politique · 2009-04 → 2026-07 · au 2026-02-10T12:00:00.000Z',
        '1 changement(s) :',
        'chemin    changement  avant  après',
        '--------  ----------  -----  -----',
        'blocking  retrait     C0',
        '',
        'Demandes qui changent : 1 sur 7',
        'demande   événement  décision                 préférence       couverte   règles  en cause',
        '--------  ---------  -----------------------  ---------------  ---------  ------  ------------',
        'req-free  evt-free   non éligible → éligible  1.0000 → 1.0000  non → oui  C0      blocking -C0',
        '',
        'Constats qui changent :',
        'demande   règle  avant                    après',
        '--------  -----  -----------------------  ----------------------',
        'req-free  C0     non remplie (bloquante)  non remplie (pondérée)',
        '',
        'Plan des équipes qui change :',
        'demande   avant              après',
        '--------  -----------------  ---------',
        'req-free  non éligible : C0  crew-lyon',
        '',
        'La saison :',
        '                                     avant    après    écart',
        '---------------------------------  -------  -------  -------',
        'demandes                                 7        7',
        'éligible                                 3        4       +1',
        'incomplet                                1        1        0',
        'non éligible                             3        2       -1',
        'couvertes par le plan des équipes        2        3       +1',
        'point mort engagé (EUR)            3800.00  4600.00  +800.00',
        '',
      ].join('\n'),
    );
  });

  it('lists a request only the crew plan moves, with its place in each plan, in English and in French', () => {
    // req-webdays' releases signed on 1 March: late under releases due 20 days ahead; crew-paris
    // goes to req-dataconf, which webdays outbid before (test/policy/policyImpact.test.ts).
    const late = structuredClone(requests);
    for (const speaker of late.find((r) => r.id === 'req-webdays').speakers) speaker.release.signedAt = '2026-03-01';
    const leadDays = (days: number) => ({ ...DEFAULT_POLICY, version: `r${days}`, parameters: { ...DEFAULT_POLICY.parameters, releaseLeadDays: days } });
    const impact = policyImpact(late, { before: leadDays(7), after: leadDays(20), asOf: '2026-03-05T12:00:00Z', crews, bookings });
    expect(formatImpact(impact, 'en')).toContain(
      [
        'Requests that change: 2 of 7',
        'request       event         decision               preference       covered   rules  because of',
        '------------  ------------  ---------------------  ---------------  --------  -----  --------------------------',
        'req-dataconf  evt-dataconf  eligible → eligible    0.6000 → 0.6000  no → yes  -      the crew plan',
        'req-webdays   evt-webdays   eligible → ineligible  1.0000 → 1.0000  yes → no  C6.2   parameters.releaseLeadDays',
        '',
        'Findings that change:',
        'request      rule  before          after',
        '-----------  ----  --------------  ----------------',
        'req-webdays  C6.2  met (blocking)  unmet (blocking)',
        '',
        'Crew plan that changes:',
        'request       before                 after',
        '------------  ---------------------  ----------------',
        'req-dataconf  outbid by req-webdays  crew-paris',
        'req-webdays   crew-paris             ineligible: C6.2',
        '',
        'The season:',
      ].join('\n'),
    );
    expect(formatImpact(impact, 'en')).toContain('covered by the crew plan         2        2           0\n');
    expect(formatImpact(impact, 'fr')).toContain(
      [
        'req-dataconf  evt-dataconf  éligible → éligible      0.6000 → 0.6000  non → oui  -       le plan des équipes',
        'req-webdays   evt-webdays   éligible → non éligible  1.0000 → 1.0000  oui → non  C6.2    parameters.releaseLeadDays',
        '',
        'Constats qui changent :',
        'demande      règle  avant                après',
        '-----------  -----  -------------------  -----------------------',
        'req-webdays  C6.2   remplie (bloquante)  non remplie (bloquante)',
        '',
        'Plan des équipes qui change :',
        'demande       avant                     après',
        '------------  ------------------------  -------------------',
        'req-dataconf  devancée par req-webdays  crew-paris',
        'req-webdays   crew-paris                non éligible : C6.2',
        '',
        'La saison :',
      ].join('\n'),
    );
  });

  it('without crews: no crew plan, and a note saying so', () => {
    const text = formatImpact(policyImpact(requests, { before: DEFAULT_POLICY, after: DEFAULT_POLICY, asOf }), 'en');
    expect(text).toContain('Requests that change: 0 of 7\nNo request changes.\n');
    expect(text).not.toContain('covered by the crew plan');
    expect(text.endsWith('Without --crews, C3 is unknown until its deadline and there is no crew plan.\n')).toBe(true);
  });
});
