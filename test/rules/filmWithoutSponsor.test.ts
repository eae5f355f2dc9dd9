// C2.5 `film-without-sponsor` (src/rules/filmWithoutSponsor.ts): no sponsor is no reason to refuse;
// always met, it says how many capture sponsors are usable.
import { describe, expect, it } from 'vitest';
import { validInput, withChange } from '../utils/factory.js';
import { described, findingCases, outlineCases, ruleOf } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

const FINDINGS: readonly FindingCase[] = [
  {
    name: 'met with no usable sponsor: the platform films anyway',
    input: withChange((i) => (i.sponsors = [])),
    expected: { status: 'met', evidence: { sponsors: 0, usableSponsors: 0 }, en: 'No acceptable sponsor yet: the platform films anyway, at its producer risk.', fr: "Aucun sponsor acceptable pour l'instant : nous assumons quand même le tournage (risque de producteur)." },
  },
  { name: 'met with one usable sponsor, in the singular', input: validInput(), expected: { status: 'met', evidence: { sponsors: 1, usableSponsors: 1 }, en: '1 usable capture sponsor.', fr: '1 sponsor de captation utilisable.' } },
  {
    name: 'met with two usable sponsors, in the plural',
    input: withChange((i) => i.sponsors.push({ id: 'csp-2', name: 'PrintCo', sector: 'print', status: 'accepted' })),
    expected: { status: 'met', evidence: { sponsors: 2, usableSponsors: 2 }, en: '2 usable capture sponsors.', fr: '2 sponsors de captation utilisables.' },
  },
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met with a usable sponsor', input: validInput(), expected: { status: 'met', evidence: { sponsors: 1, usableSponsors: 1 } } },
  { name: 'met with no sponsor at all', input: withChange((i) => (i.sponsors = [])), expected: { status: 'met', evidence: { sponsors: 0, usableSponsors: 0 } } },
  { name: 'met when the only sponsor is vetoed', input: withChange((i) => (i.sponsors[0].status = 'vetoed')), expected: { status: 'met', evidence: { usableSponsors: 0 } } },
];

describe('C2.5 film-without-sponsor', () => {
  it('is § 2.5, weighing by default, one finding for the event', () => {
    expect(described(ruleOf('C2.5'))).toStrictEqual({ id: 'C2.5', name: 'film-without-sponsor', clause: '§ 2.5', defaultKind: 'weighing', scope: 'event' });
  });

  // Every branch's finding, whole: status, evidence, parameters, deadline, message in both languages,
  // remedy (code, due instant, both texts); singular and plural, at the deadline instant and after.
  describe('findings, exact in English and French', () => findingCases('C2.5', { parameters: [] }, FINDINGS));

  describe('outcomes', () => outlineCases('C2.5', OUTCOMES));
});
