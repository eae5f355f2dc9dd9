// Exact findings (status, evidence, message in both locales, remedy) of the speaker, venue, crew,
// sponsor and weighing rules, branch by branch: singular and plural wordings, one speaker or several
// (past five ids a list ends in "and N more" / "et N autres"), deadlines ahead, at the instant, passed.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/catalogue.js';
import type { Evidence, FindingStatus, Remedy } from '../../src/rules/types.js';
import { ASOF, validInput, withChange } from '../utils/factory.js';
import { evaluate, findingOf } from '../utils/evaluate.js';
import type { Json } from '../utils/evaluate.js';

// Event start: 2026-03-14T08:00Z. With FIXED_POLICY (test/utils/evaluate.ts) the speakers' notice deadline is
// 14 days before (2026-02-28T08:00Z); releases, profiles, scouting and audio 7 days before (2026-03-07T08:00Z);
// the editors' verdict at the start.
const RELEASE_DEADLINE = '2026-03-07T08:00:00Z';
const AFTER_RELEASES = '2026-03-08T12:00:00Z';
// Scouting (C5.b) and profiles (C6.4) share the releases' deadline in FIXED_POLICY (7 days); the contract's is the start.
const AFTER_SCOUTING = AFTER_RELEASES;
const SCOUTING_DUE = { dueAt: '2026-03-07T08:00:00.000Z', dueLocal: '2026-03-07T09:00+01:00' };
const SCOUTING_EN = '7 March 2026, 09:00 event time';
const SCOUTING_FR = "7 mars 2026, 9 h 00, heure de l'événement";

/** C5.b's remedy: ask the advice still missing, by the scouting deadline unless `late`. */
function adviceRemedy(code: string, en: string, fr: string, late: boolean): Remedy {
  return {
    code,
    ...(late ? {} : SCOUTING_DUE),
    en: `Ask the platform's advice ${en}${late ? '' : ` by ${SCOUTING_EN}`}: asking is half the job of motivating the crew.`,
    fr: `Demandez notre avis ${fr}${late ? '' : ` avant le ${SCOUTING_FR}`} : c'est la moitié du boulot consistant à nous motiver.`,
  };
}

interface Expected {
  readonly status: FindingStatus;
  readonly evidence: Evidence;
  readonly en: string;
  readonly fr: string;
  readonly remedy?: Remedy;
}

interface Case {
  readonly name: string;
  readonly input: Json;
  readonly asOf?: string;
  readonly sponsorId?: string;
  readonly expected: Expected;
}

/** The finding's verdict in both locales, as a caller reads it. */
function verdict(rule: string, c: Case): Expected {
  const options = { asOf: c.asOf ?? ASOF };
  const en = findingOf(evaluate(c.input, { ...options, locale: 'en' }), rule, c.sponsorId);
  const fr = findingOf(evaluate(c.input, { ...options, locale: 'fr' }), rule, c.sponsorId);
  expect(fr.remedy).toStrictEqual(en.remedy);
  expect(fr.evidence).toStrictEqual(en.evidence);
  return { status: en.status, evidence: en.evidence, en: en.message, fr: fr.message, ...(en.remedy === undefined ? {} : { remedy: en.remedy }) };
}

const VENUE_LATE: Remedy = {
  code: 'venue_scouted_late',
  en: 'Scouting was due by 7 March 2026, 09:00 event time, before the crew commits its gear: that came too late for this date; ask for a later date and let the platform see the venue early.',
  fr: "Le repérage était attendu avant le 7 mars 2026, 9 h 00, heure de l'événement, avant que l'équipe engage son matériel : c'est trop tard pour cette date ; proposez une date plus lointaine et laissez la plateforme voir le lieu tôt.",
};

const EDITORIAL_LATE: Remedy = {
  code: 'editorial_verdict_late',
  en: "The editors' verdict was due by 14 March 2026, 09:00 event time, before the platform promotes the event: that came too late for this date; ask for the next edition or a later date, with the programme sent to the editors early.",
  fr: "L'avis de la rédaction était attendu avant le 14 mars 2026, 9 h 00, heure de l'événement, avant que la plateforme promeuve l'événement : c'est trop tard pour cette date ; proposez l'édition suivante ou une date plus lointaine, en transmettant tôt le programme à la rédaction.",
};

const CASES: Record<string, readonly Case[]> = {
  C5: [
    {
      name: 'met when scouted in time with usable light, naming the venue',
      input: validInput(),
      expected: {
        status: 'met',
        evidence: { scoutedAt: '2026-02-03T15:00:00+01:00', lightUsable: true },
        en: 'The venue (Salle Gaveau) was scouted and its light gives usable images.',
        fr: 'Le lieu (Salle Gaveau) est repéré et sa lumière donne des images exploitables.',
      },
    },
    {
      name: 'met when scouted at the deadline instant itself',
      input: withChange((i) => (i.event.venue.scouting.doneAt = RELEASE_DEADLINE)),
      asOf: AFTER_RELEASES,
      expected: {
        status: 'met',
        evidence: { scoutedAt: RELEASE_DEADLINE, lightUsable: true },
        en: 'The venue (Salle Gaveau) was scouted and its light gives usable images.',
        fr: 'Le lieu (Salle Gaveau) est repéré et sa lumière donne des images exploitables.',
      },
    },
    {
      name: 'pending when not scouted, still at the deadline instant itself',
      input: withChange((i) => (i.event.venue.scouting = {})),
      asOf: RELEASE_DEADLINE,
      expected: {
        status: 'pending',
        evidence: { scoutedAt: null, lightUsable: null },
        en: 'The venue (Salle Gaveau) has not been scouted yet; scouting due by 7 March 2026, 09:00 event time.',
        fr: "Le lieu (Salle Gaveau) n'a pas encore été repéré ; repérage attendu avant le 7 mars 2026, 9 h 00, heure de l'événement.",
        remedy: {
          code: 'venue_not_scouted',
          dueAt: '2026-03-07T08:00:00.000Z',
          dueLocal: '2026-03-07T09:00+01:00',
          en: 'Let the platform visit the venue to check its light by 7 March 2026, 09:00 event time.',
          fr: "Permettez à la plateforme de jeter un coup d'œil sur le lieu et sa lumière avant le 7 mars 2026, 9 h 00, heure de l'événement.",
        },
      },
    },
    {
      name: 'unmet when not scouted after the deadline, saying it came too late',
      input: withChange((i) => (i.event.venue.scouting = {})),
      asOf: AFTER_RELEASES,
      expected: {
        status: 'unmet',
        evidence: { scoutedAt: null, lightUsable: null },
        en: 'The venue (Salle Gaveau) and its light were not scouted in time (due by 7 March 2026, 09:00 event time).',
        fr: "Le repérage du lieu (Salle Gaveau) et de sa lumière n'a pas été fait à temps (avant le 7 mars 2026, 9 h 00, heure de l'événement).",
        remedy: VENUE_LATE,
      },
    },
    {
      name: 'unmet when scouted one second after the deadline, naming the date',
      input: withChange((i) => (i.event.venue.scouting.doneAt = '2026-03-07T09:00:01+01:00')),
      asOf: AFTER_RELEASES,
      expected: {
        status: 'unmet',
        evidence: { scoutedAt: '2026-03-07T09:00:01+01:00', lightUsable: true },
        en: 'The venue (Salle Gaveau) was scouted on 2026-03-07T09:00:01+01:00, after the deadline (7 March 2026, 09:00 event time): too late.',
        fr: "Le lieu (Salle Gaveau) a été repéré le 2026-03-07T09:00:01+01:00, après l'échéance du 7 mars 2026, 9 h 00, heure de l'événement : trop tard.",
        remedy: VENUE_LATE,
      },
    },
    {
      name: 'unmet when scouted at the deadline instant but the light was still not assessed after it',
      input: withChange((i) => (i.event.venue.scouting = { doneAt: RELEASE_DEADLINE })),
      asOf: AFTER_RELEASES,
      expected: {
        status: 'unmet',
        evidence: { scoutedAt: RELEASE_DEADLINE, lightUsable: null },
        en: 'The venue (Salle Gaveau) was scouted but its light was not assessed in time (due by 7 March 2026, 09:00 event time).',
        fr: "Le lieu (Salle Gaveau) est repéré mais la qualité de sa lumière n'a pas été notée à temps (avant le 7 mars 2026, 9 h 00, heure de l'événement).",
        remedy: VENUE_LATE,
      },
    },
    {
      name: 'unmet when scouting found murky, badly lit images',
      input: withChange((i) => (i.event.venue.scouting.lightUsable = false)),
      expected: {
        status: 'unmet',
        evidence: { scoutedAt: '2026-02-03T15:00:00+01:00', lightUsable: false },
        en: 'Scouting found the images risk being murky or badly lit: the platform does not film.',
        fr: "Le repérage montre un risque d'images poisseuses, mal éclairées : alors on ne filme pas.",
        remedy: {
          code: 'venue_badly_lit',
          en: 'Light the stage (or move to a better-lit room) and ask the platform to scout the venue again.',
          fr: 'Éclairez la scène (ou choisissez une salle mieux éclairée) et demandez à la plateforme un nouveau repérage.',
        },
      },
    },
    {
      name: 'unknown when scouted without a verdict on the light',
      input: withChange((i) => delete i.event.venue.scouting.lightUsable),
      expected: {
        status: 'unknown',
        evidence: { scoutedAt: '2026-02-03T15:00:00+01:00', lightUsable: null },
        en: 'The venue was scouted but its light was not assessed; due by 7 March 2026, 09:00 event time.',
        fr: "Le lieu est repéré mais la qualité de la lumière n'est pas notée ; attendue avant le 7 mars 2026, 9 h 00, heure de l'événement.",
        remedy: {
          code: 'venue_light_unknown',
          dueAt: '2026-03-07T08:00:00.000Z',
          dueLocal: '2026-03-07T09:00+01:00',
          en: "Ask the platform's scout to record whether the venue's light gives usable images, by 7 March 2026, 09:00 event time.",
          fr: "Demandez au repérage de la plateforme d'indiquer si la lumière du lieu donne des images exploitables, avant le 7 mars 2026, 9 h 00, heure de l'événement.",
        },
      },
    },
  ],
  C1: [
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
  ],
  'C2.2': [
    {
      name: 'unmet for a capture sponsor whose sector six event sponsors hold exclusively',
      input: withChange((i) => {
        for (const l of ['F', 'E', 'D', 'C', 'B', 'A']) i.event.sponsors.push({ name: `Host ${l}`, sector: 'hosting', exclusiveCategory: 'hosting' });
      }),
      sponsorId: 'csp-1',
      expected: {
        status: 'unmet',
        evidence: { sponsorId: 'csp-1', sector: 'hosting', exclusiveHolders: ['Host A', 'Host B', 'Host C', 'Host D', 'Host E', 'Host F'] },
        en: 'Sponsor csp-1 (sector hosting) conflicts with the category exclusivity of Host A, Host B, Host C, Host D, Host E and 1 more: it cannot be attached.',
        fr: "Le sponsor csp-1 (secteur hosting) entre en conflit d'intérêts avec l'exclusivité de Host A, Host B, Host C, Host D, Host E et 1 autre : il ne peut pas être associé.",
        remedy: {
          code: 'sponsor_exclusivity_conflict',
          en: 'Propose a capture sponsor outside the hosting sector, which Host A, Host B, Host C, Host D, Host E and 1 more holds exclusively; the event stays eligible without csp-1.',
          fr: "Proposez un sponsor de captation hors du secteur hosting, réservé à Host A, Host B, Host C, Host D, Host E et 1 autre ; l'événement reste éligible sans csp-1.",
        },
      },
    },
  ],
  'C2.3': [
    {
      name: 'met for an accepted sponsor, saying the organizer accepted it',
      input: validInput(),
      sponsorId: 'csp-1',
      expected: {
        status: 'met',
        evidence: { sponsorId: 'csp-1', status: 'accepted' },
        en: 'The organizer accepted sponsor csp-1.',
        fr: "L'organisateur a accepté le sponsor csp-1.",
      },
    },
    {
      name: 'met for a sponsor that withdrew, saying there is no veto',
      input: withChange((i) => (i.sponsors[0].status = 'withdrawn')),
      sponsorId: 'csp-1',
      expected: {
        status: 'met',
        evidence: { sponsorId: 'csp-1', status: 'withdrawn' },
        en: 'Sponsor csp-1 withdrew; no veto.',
        fr: "Le sponsor csp-1 s'est retiré ; aucun veto.",
      },
    },
  ],
  C4: [
    {
      name: 'met when the editors approved before the deadline',
      input: validInput(),
      expected: {
        status: 'met',
        evidence: { editorialVerdict: 'approved', verdictAt: '2026-01-15T10:00:00+01:00' },
        en: "The editors judge the event's editorial quality and fit with the platform's content lines.",
        fr: 'La rédaction juge la qualité éditoriale compatible avec notre ligne de contenus.',
      },
    },
    {
      name: 'unmet when the editors rejected the event',
      input: withChange((i) => (i.editorialVerdict = { verdict: 'rejected', at: '2026-01-20' })),
      expected: {
        status: 'unmet',
        evidence: { editorialVerdict: 'rejected', verdictAt: '2026-01-20' },
        en: "The editors judge the event does not fit the platform's content lines and community.",
        fr: "La rédaction juge l'événement incompatible avec notre ligne de contenus et l'ADN de notre communauté.",
        remedy: {
          code: 'editorial_fit_rejected',
          en: "Rework the programme toward the platform's content lines and ask the editors to review it again.",
          fr: 'Retravaillez le programme selon la ligne de contenus de la plateforme et demandez à la rédaction de le réexaminer.',
        },
      },
    },
    {
      name: 'pending while the verdict is pending, at the deadline instant itself',
      input: withChange((i) => (i.editorialVerdict = { verdict: 'pending' })),
      asOf: '2026-03-14T08:00:00Z',
      expected: {
        status: 'pending',
        evidence: { editorialVerdict: 'pending', verdictAt: null },
        en: 'The editors have not given their verdict yet; due by 14 March 2026, 09:00 event time.',
        fr: "La rédaction n'a pas encore rendu son avis éditorial ; avis attendu avant le 14 mars 2026, 9 h 00, heure de l'événement.",
        remedy: {
          code: 'editorial_fit_pending',
          dueAt: '2026-03-14T08:00:00.000Z',
          dueLocal: '2026-03-14T09:00+01:00',
          en: "Send the editors the programme and speakers so they can judge the event's editorial fit by 14 March 2026, 09:00 event time.",
          fr: "Transmettez à la rédaction le programme et les intervenants pour qu'elle juge la compatibilité éditoriale avant le 14 mars 2026, 9 h 00, heure de l'événement.",
        },
      },
    },
    {
      name: 'unknown when no editorial verdict was asked for',
      input: withChange((i) => delete i.editorialVerdict),
      expected: {
        status: 'unknown',
        evidence: { editorialVerdict: null, verdictAt: null },
        en: 'No editorial verdict was asked for; due by 14 March 2026, 09:00 event time.',
        fr: "Aucun avis éditorial n'a été demandé ; avis attendu avant le 14 mars 2026, 9 h 00, heure de l'événement.",
        remedy: {
          code: 'editorial_fit_unknown',
          dueAt: '2026-03-14T08:00:00.000Z',
          dueLocal: '2026-03-14T09:00+01:00',
          en: "Ask the platform's editors for their verdict on the event's editorial quality and fit, due by 14 March 2026, 09:00 event time.",
          fr: "Demandez à la rédaction de la plateforme son avis sur la qualité éditoriale et la compatibilité de l'événement, attendu avant le 14 mars 2026, 9 h 00, heure de l'événement.",
        },
      },
    },
    {
      name: 'unmet when the verdict is still pending once the deadline passed',
      input: withChange((i) => (i.editorialVerdict = { verdict: 'pending' })),
      asOf: '2026-03-14T08:00:01Z',
      expected: {
        status: 'unmet',
        evidence: { editorialVerdict: 'pending', verdictAt: null },
        en: 'The editors gave no verdict in time (due by 14 March 2026, 09:00 event time).',
        fr: "La rédaction n'a pas rendu son avis éditorial à temps (avant le 14 mars 2026, 9 h 00, heure de l'événement).",
        remedy: EDITORIAL_LATE,
      },
    },
    {
      name: 'unmet when the editors approved after the deadline, naming the date',
      input: withChange((i) => (i.editorialVerdict.at = '2026-03-14T12:00:00+01:00')),
      asOf: '2026-03-15',
      expected: {
        status: 'unmet',
        evidence: { editorialVerdict: 'approved', verdictAt: '2026-03-14T12:00:00+01:00' },
        en: 'The editors approved the event on 2026-03-14T12:00:00+01:00, after the verdict was due (14 March 2026, 09:00 event time): too late to promote it.',
        fr: "La rédaction a approuvé l'événement le 2026-03-14T12:00:00+01:00, après l'échéance du 14 mars 2026, 9 h 00, heure de l'événement : trop tard pour le promouvoir.",
        remedy: EDITORIAL_LATE,
      },
    },
  ],
  'C5.b': [
    {
      name: 'met when the organizer asked the advice on lighting and on staging',
      input: validInput(),
      expected: {
        status: 'met',
        evidence: { lightingAdviceAsked: true, stagingAdviceAsked: true, notAsked: [] },
        en: "The organizer asked the platform's advice on lighting and on staging the talks.",
        fr: "L'organisateur nous a demandé notre avis sur la gestion de la lumière et la scénarisation des prises de parole.",
      },
    },
    {
      name: 'pending when the staging advice is not asked yet',
      input: withChange((i) => (i.partner.commitments.stagingAdviceAsked = false)),
      expected: {
        status: 'pending',
        evidence: { lightingAdviceAsked: true, stagingAdviceAsked: false, notAsked: ['staging'] },
        en: `The organizer has not asked the platform's advice on staging the talks; due by ${SCOUTING_EN}.`,
        fr: `L'organisateur ne nous a pas demandé notre avis sur la scénarisation des prises de parole ; à demander avant le ${SCOUTING_FR}.`,
        remedy: adviceRemedy('staging_advice_not_asked', 'on staging the talks', 'sur la scénarisation des prises de parole', false),
      },
    },
    {
      name: 'pending at the deadline instant when the lighting advice is not asked',
      input: withChange((i) => (i.partner.commitments.lightingAdviceAsked = false)),
      asOf: RELEASE_DEADLINE,
      expected: {
        status: 'pending',
        evidence: { lightingAdviceAsked: false, stagingAdviceAsked: true, notAsked: ['lighting'] },
        en: `The organizer has not asked the platform's advice on lighting; due by ${SCOUTING_EN}.`,
        fr: `L'organisateur ne nous a pas demandé notre avis sur la gestion de la lumière ; à demander avant le ${SCOUTING_FR}.`,
        remedy: adviceRemedy('lighting_advice_not_asked', 'on lighting', 'sur la gestion de la lumière', false),
      },
    },
    {
      name: 'unmet after the deadline when neither was asked',
      input: withChange((i) => Object.assign(i.partner.commitments, { lightingAdviceAsked: false, stagingAdviceAsked: false })),
      asOf: AFTER_SCOUTING,
      expected: {
        status: 'unmet',
        evidence: { lightingAdviceAsked: false, stagingAdviceAsked: false, notAsked: ['lighting', 'staging'] },
        en: "The organizer has not asked the platform's advice on lighting and on staging the talks.",
        fr: "L'organisateur ne nous a pas demandé notre avis sur la gestion de la lumière et la scénarisation des prises de parole.",
        remedy: adviceRemedy('lighting_advice_not_asked', 'on lighting and on staging the talks', 'sur la gestion de la lumière et la scénarisation des prises de parole', true),
      },
    },
  ],
  NB: [
    {
      name: 'met with one camera on one day, in the singular',
      input: withChange((i) => (i.event.cameras = 1)),
      expected: {
        status: 'met',
        evidence: { cameras: 1, days: 1, maxCameras: 3, maxDays: 2 },
        en: 'The set-up stays simple (1 camera, 1 day): at most 3 cameras and 2 days under partnership.',
        fr: 'Le dispositif reste simple (1 caméra, 1 jour) : au plus 3 caméras et 2 jours en partenariat.',
      },
    },
    {
      name: 'unmet with four cameras',
      input: withChange((i) => (i.event.cameras = 4)),
      expected: {
        status: 'unmet',
        evidence: { cameras: 4, days: 1, maxCameras: 3, maxDays: 2 },
        en: 'A partnership must not need a set-up too complex: 4 cameras where a partnership takes at most 3.',
        fr: 'Les dispositifs de partenariat ne doivent pas exiger un « set up » trop complexe : 4 caméras là où un partenariat en prend au plus 3.',
        remedy: {
          code: 'setup_too_complex',
          en: 'Lighten the set-up (film with at most 3 cameras), or buy the coverage as a client: a heavier set-up is not filmed under partnership.',
          fr: 'Allégez le dispositif (filmez avec au plus 3 caméras), ou achetez la captation en tant que client : un dispositif plus lourd ne se filme pas en partenariat.',
        },
      },
    },
    {
      name: 'unmet over three days',
      input: withChange((i) => (i.event.start = '2026-03-12T09:00:00+01:00')),
      expected: {
        status: 'unmet',
        evidence: { cameras: 2, days: 3, maxCameras: 3, maxDays: 2 },
        en: 'A partnership must not need a set-up too complex: 3 days where a partnership takes at most 2.',
        fr: 'Les dispositifs de partenariat ne doivent pas exiger un « set up » trop complexe : 3 jours là où un partenariat en prend au plus 2.',
        remedy: {
          code: 'setup_too_complex',
          en: 'Lighten the set-up (ask coverage for at most 2 days), or buy the coverage as a client: a heavier set-up is not filmed under partnership.',
          fr: 'Allégez le dispositif (demandez la captation sur au plus 2 jours), ou achetez la captation en tant que client : un dispositif plus lourd ne se filme pas en partenariat.',
        },
      },
    },
  ],
};

describe('evaluateEligibility', () => {
  for (const [rule, cases] of Object.entries(CASES)) {
    describe(`rule ${rule}: exact findings in English and French`, () => {
      it.each(cases)('$name', (c) => {
        expect(verdict(rule, c)).toStrictEqual(c.expected);
      });
    });
  }
});

describe('RULES', () => {
  const CATALOGUE = [
    { id: 'NB', name: 'simple-setup', clause: 'NB', defaultKind: 'blocking', scope: 'event' },
    { id: 'C1', name: 'sole-film-crew', clause: '§ 1', defaultKind: 'blocking', scope: 'event' },
    { id: 'C2.2', name: 'sponsor-no-conflict', clause: '§ 2.2', defaultKind: 'blocking', scope: 'sponsor' },
    { id: 'C2.3', name: 'organizer-veto', clause: '§ 2.3', defaultKind: 'blocking', scope: 'sponsor' },
    { id: 'C4', name: 'editorial-fit', clause: '§ 4', defaultKind: 'blocking', scope: 'event' },
    { id: 'C5', name: 'venue-scouted', clause: '§ 5', defaultKind: 'blocking', scope: 'event' },
    { id: 'C5.b', name: 'lighting-advice-asked', clause: '§ 5', defaultKind: 'weighing', scope: 'event' },
  ] as const;

  it.each(CATALOGUE)('describes $id $name: clause, default kind, scope', (expected) => {
    const rule = RULES.find((r) => r.id === expected.id);
    expect(rule && { id: rule.id, name: rule.name, clause: rule.clause, defaultKind: rule.defaultKind, scope: rule.scope }).toStrictEqual(expected);
  });
});
