// C1 `sole-film-crew` (src/rules/soleFilmCrew.ts): the platform is the only film crew at the event.
import { describe, expect, it } from 'vitest';
import { validInput, withChange } from '../utils/factory.js';
import { described, findingCases, outlineCases, ruleOf, START_DUE } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

const FINDINGS: readonly FindingCase[] = [
  {
    name: 'unmet with seven other film crews, five named and two more',
    input: withChange((i) => (i.event.otherFilmCrews = ['G', 'F', 'E', 'D', 'C', 'B', 'A'].map((l) => ({ name: `Crew ${l}` })))),
    expected: {
      status: 'unmet',
      evidence: { otherFilmCrews: ['Crew A', 'Crew B', 'Crew C', 'Crew D', 'Crew E', 'Crew F', 'Crew G'] },
      en: 'We are not partners of events we do not film: another film crew is present (Crew A, Crew B, Crew C, Crew D, Crew E and 2 more).',
      fr: "Nous ne sommes pas partenaires d'événements que nous ne filmons pas : autre équipe de tournage présente (Crew A, Crew B, Crew C, Crew D, Crew E et 2 autres).",
      remedy: {
        code: 'other_film_crew',
        en: 'Make the platform the only film crew at the event (present now: Crew A, Crew B, Crew C, Crew D, Crew E and 2 more), or buy the filming as a paid service.',
        fr: "Faites de la plateforme la seule équipe de tournage de l'événement (présentes : Crew A, Crew B, Crew C, Crew D, Crew E et 2 autres), ou achetez la captation comme prestation.",
      },
    },
  },
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met when no other crew films', input: validInput(), expected: { status: 'met', evidence: { otherFilmCrews: [] } } },
  {
    name: 'unmet when another crew films, naming it',
    input: withChange((i) => (i.event.otherFilmCrews = [{ name: 'TV Locale' }, { name: 'Agence B' }])),
    expected: { status: 'unmet', evidence: { otherFilmCrews: ['Agence B', 'TV Locale'] } },
  },
];

describe('C1 sole-film-crew', () => {
  it('is § 1, blocking by default, one finding for the event', () => {
    expect(described(ruleOf('C1'))).toStrictEqual({ id: 'C1', name: 'sole-film-crew', clause: '§ 1', defaultKind: 'blocking', scope: 'event' });
  });

  // Every branch's finding, whole: status, evidence, parameters, deadline, message in both languages,
  // remedy (code, due instant, both texts); singular and plural, at the deadline instant and after.
  describe('findings, exact in English and French', () => findingCases('C1', { parameters: ['contractLeadDays'], due: START_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C1', OUTCOMES));
});
