/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON, changed one field at a time */
// The exact finding of every distinct branch of C0, C2, C2.5, C3, C9, C9.4 and C11: status,
// evidence, parameters, deadline, message in English and in French, remedy (code, due instant, both texts).
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/index.js';
import { RULES } from '../../src/rules/catalogue.js';
import type { CrewAvailability } from '../../src/models/availability.js';
import type { Evidence, Finding, FindingStatus, Remedy } from '../../src/rules/types.js';
import { validInput, withChange } from '../utils/factory.js';
import { evaluate, findingOf, FIXED_POLICY } from '../utils/evaluate.js';
import type { CaseOptions } from '../utils/evaluate.js';

// Event start 2026-03-14T08:00:00Z (09:00 in Paris); with FIXED_POLICY the contract deadline
// (contractLeadDays 0) is that instant, the crew's (crewLeadDays 7) a week before.
const DUE_AT = '2026-03-14T08:00:00.000Z';
const DUE_LOCAL = '2026-03-14T09:00+01:00';
const DUE_EN = '14 March 2026, 09:00 event time';
const DUE_FR = "14 mars 2026, 9 h 00, heure de l'événement";
const DUE = { dueAt: DUE_AT, dueLocal: DUE_LOCAL };
// Each rule's parameters (values from the case's policy) and deadline, as the finding reports them.
const DECLARED: Record<string, { readonly parameters: readonly string[]; readonly due?: { dueAt: string; dueLocal: string } }> = {
  C0: { parameters: ['contractLeadDays', 'minPromotionActions'], due: DUE },
  C2: { parameters: ['contractLeadDays'], due: DUE },
  'C2.5': { parameters: [] },
  C3: { parameters: ['crewLeadDays'], due: { dueAt: '2026-03-07T08:00:00.000Z', dueLocal: '2026-03-07T09:00+01:00' } },
};
const AT_DEADLINE = '2026-03-14T08:00:00Z';
const JUST_AFTER = '2026-03-14T08:00:01Z';

interface Case {
  readonly name: string;
  readonly input: Record<string, any>;
  readonly options?: CaseOptions;
  readonly expected: {
    readonly status: FindingStatus;
    readonly evidence: Evidence;
    readonly en: string;
    readonly fr: string;
    readonly remedy?: Remedy;
  };
}

const noContract = (): any => withChange((i) => delete i.contract);
const promotion = (p: Record<string, number>): any => withChange((i) => (i.partner.commitments.promotion = p));
const policyWith = (parameters: Record<string, number>) =>
  parsePolicy({ ...FIXED_POLICY, version: 'test', parameters: { ...FIXED_POLICY.parameters, ...parameters } });
// The first n crews of crew-a … crew-g, given in reverse order.
const crews = (n: number): string[] => ['crew-g', 'crew-f', 'crew-e', 'crew-d', 'crew-c', 'crew-b', 'crew-a'].slice(7 - n);
const free = (freeCrews: string[]): CrewAvailability => ({ eventId: 'evt-1', freeCrews, conflicts: [] });
const booking = (crewId: string, eventId: string, start = '2026-03-14T08:00:00+01:00', end = '2026-03-14T20:00:00+01:00') => ({ crewId, eventId, start, end });

const PROMOTION_EN = (n: number, s: string) => `Commit to at least ${n} promotion action${s}: exchanged links, tweets or blog posts about the event and its coverage.`;
const PROMOTION_FR = (n: number, s: string) => `Engagez-vous à au moins ${n} action${s} de promotion : liens échangés, twitts ou billets de blog sur l'événement et sa captation.`;
const FUNDING = (late: boolean): Remedy => ({
  code: 'funding_not_agreed',
  ...(late ? {} : DUE),
  en: `Agree the commercial approach in a contract signed by both parties: the platform looks for the sponsor, with the breakeven and the organizer's share fixed before the event${late ? '' : ` (by ${DUE_EN})`}.`,
  fr: `Mettez-vous d'accord sur la démarche commerciale dans un contrat signé par les deux parties : la plateforme cherche le sponsor, le point mort et votre part étant fixés avant l'événement${late ? '' : ` (avant le ${DUE_FR})`}.`,
});
const DRAFT_EN = 'No commercial approach agreed: the contract is not signed by both parties, and a draft is not an agreement';
const DRAFT_FR = "Aucune démarche commerciale convenue : le contrat n'est pas signé par les deux parties, et un projet n'est pas un accord";
const unsignedDraft = (party: 'platform' | 'organizer'): any => withChange((i) => delete i.contract.parties[party].signedAt);
const BREAKEVEN_ZERO = {
  status: 'unmet' as const,
  en: 'Never an absolutely free deal: a breakeven of zero makes a 100% free partnership.',
  fr: 'Pas de gratuité absolue : nous ne pratiquons plus les partenariats 100% gratuits (point mort à zéro).',
  remedy: {
    code: 'breakeven_zero',
    en: 'Fix a breakeven above zero in the contract: symbolic, but it covers at least the fundamental costs.',
    fr: 'Fixez dans le contrat un point mort supérieur à zéro : symbolique, il couvre au moins les coûts fondamentaux.',
  },
};
const CREW_FREE = (shown: string) => ({ en: `A production crew is free for the whole event (${shown}).`, fr: `Une équipe de production est disponible sur la date proposée (${shown}).` });
const NO_CREW = {
  code: 'no_crew_available',
  en: "Propose other dates, when one of the platform's production crews is free for the whole event.",
  fr: "Proposez d'autres dates, où l'une des équipes de production de la plateforme est libre pour tout l'événement.",
};

const CASES: Record<string, readonly Case[]> = {
  C0: [
    {
      name: 'met with one blog post, in the singular',
      input: promotion({ links: 0, tweets: 0, blogPosts: 1 }),
      expected: { status: 'met', evidence: { links: 0, tweets: 0, blogPosts: 1, required: 1 }, en: 'The organizer commits to 1 promotion action (links, tweets, blog posts).', fr: "L'organisateur s'engage à 1 action de promotion (liens, twitts, billets de blog)." },
    },
    {
      name: 'met with a link and a blog post, in the plural',
      input: promotion({ links: 1, tweets: 0, blogPosts: 1 }),
      expected: { status: 'met', evidence: { links: 1, tweets: 0, blogPosts: 1, required: 1 }, en: 'The organizer commits to 2 promotion actions (links, tweets, blog posts).', fr: "L'organisateur s'engage à 2 actions de promotion (liens, twitts, billets de blog)." },
    },
    {
      name: 'unmet with no action for the one required',
      input: promotion({ links: 0, tweets: 0, blogPosts: 0 }),
      expected: {
        status: 'unmet',
        evidence: { links: 0, tweets: 0, blogPosts: 0, required: 1 },
        en: 'A free or semi-free deal carries a symbolic promotion effort: 0 promotion actions, at least 1 expected.',
        fr: 'Une prestation gratuite ou semi-gratuite implique un investissement intellectuel symbolique : 0 action de promotion sur 1 au moins.',
        remedy: { code: 'promotion_effort_missing', en: PROMOTION_EN(1, ''), fr: PROMOTION_FR(1, '') },
      },
    },
    {
      name: 'unmet with one action when the policy asks two',
      input: promotion({ links: 1, tweets: 0, blogPosts: 0 }),
      options: { policy: policyWith({ minPromotionActions: 2 }) },
      expected: {
        status: 'unmet',
        evidence: { links: 1, tweets: 0, blogPosts: 0, required: 2 },
        en: 'A free or semi-free deal carries a symbolic promotion effort: 1 promotion action, at least 2 expected.',
        fr: 'Une prestation gratuite ou semi-gratuite implique un investissement intellectuel symbolique : 1 action de promotion sur 2 au moins.',
        remedy: { code: 'promotion_effort_missing', en: PROMOTION_EN(2, 's'), fr: PROMOTION_FR(2, 's') },
      },
    },
  ],
  C2: [
    {
      name: 'pending without a contract before the deadline',
      input: noContract(),
      expected: { status: 'pending', evidence: { contract: false, signed: false }, en: `No commercial approach agreed: no breakeven nor share fixed (due by ${DUE_EN}).`, fr: `Aucune démarche commerciale convenue : ni point mort ni partage fixés (à fixer avant le ${DUE_FR}).`, remedy: FUNDING(false) },
    },
    {
      name: 'still pending at the deadline instant',
      input: noContract(),
      options: { asOf: AT_DEADLINE },
      expected: { status: 'pending', evidence: { contract: false, signed: false }, en: `No commercial approach agreed: no breakeven nor share fixed (due by ${DUE_EN}).`, fr: `Aucune démarche commerciale convenue : ni point mort ni partage fixés (à fixer avant le ${DUE_FR}).`, remedy: FUNDING(false) },
    },
    {
      name: 'unmet without a contract a second after the deadline, the remedy without a due date',
      input: noContract(),
      options: { asOf: JUST_AFTER },
      expected: { status: 'unmet', evidence: { contract: false, signed: false }, en: 'No commercial approach agreed: no breakeven nor share fixed.', fr: 'Aucune démarche commerciale convenue : ni point mort ni partage fixés.', remedy: FUNDING(true) },
    },
    {
      name: 'pending with a draft the organizer has not signed: a draft is not an agreement',
      input: unsignedDraft('organizer'),
      expected: { status: 'pending', evidence: { contract: true, signed: false }, en: `${DRAFT_EN} (due by ${DUE_EN}).`, fr: `${DRAFT_FR} (à fixer avant le ${DUE_FR}).`, remedy: FUNDING(false) },
    },
    {
      name: 'still pending at the deadline instant with a draft the platform has not signed',
      input: unsignedDraft('platform'),
      options: { asOf: AT_DEADLINE },
      expected: { status: 'pending', evidence: { contract: true, signed: false }, en: `${DRAFT_EN} (due by ${DUE_EN}).`, fr: `${DRAFT_FR} (à fixer avant le ${DUE_FR}).`, remedy: FUNDING(false) },
    },
    {
      name: 'unmet with a draft still unsigned a second after the deadline',
      input: unsignedDraft('organizer'),
      options: { asOf: JUST_AFTER },
      expected: { status: 'unmet', evidence: { contract: true, signed: false }, en: `${DRAFT_EN}.`, fr: `${DRAFT_FR}.`, remedy: FUNDING(true) },
    },
    {
      name: 'pending while the last signature is dated after the evaluation date',
      input: withChange((i) => (i.contract.parties.organizer.signedAt = '2026-02-10T12:00:01Z')),
      expected: { status: 'pending', evidence: { contract: true, signed: false }, en: `${DRAFT_EN} (due by ${DUE_EN}).`, fr: `${DRAFT_FR} (à fixer avant le ${DUE_FR}).`, remedy: FUNDING(false) },
    },
    {
      name: 'met once the last signature is at the evaluation instant',
      input: withChange((i) => (i.contract.parties.organizer.signedAt = '2026-02-10T12:00:00Z')),
      expected: { status: 'met', evidence: { contract: true, signed: true, breakeven: '800.00 EUR', organizerShare: '0.5' }, en: "Commercial approach agreed: breakeven 800.00 EUR, organizer's share 0.5 above it.", fr: "Démarche commerciale convenue : point mort de 800.00 EUR, part de l'organisateur 0.5 au-delà." },
    },
    {
      name: 'met with a breakeven of a few cents',
      input: withChange((i) => (i.contract.breakeven = { amount: '0.5', currency: 'EUR' })),
      expected: {
        status: 'met',
        evidence: { contract: true, signed: true, breakeven: '0.50 EUR', organizerShare: '0.5' },
        en: "Commercial approach agreed: breakeven 0.50 EUR, organizer's share 0.5 above it.",
        fr: "Démarche commerciale convenue : point mort de 0.50 EUR, part de l'organisateur 0.5 au-delà.",
      },
    },
    { name: 'unmet with a breakeven of 0.00 EUR', input: withChange((i) => (i.contract.breakeven = { amount: '0', currency: 'EUR' })), expected: { ...BREAKEVEN_ZERO, evidence: { contract: true, signed: true, breakeven: '0.00 EUR', organizerShare: '0.5' } } },
    { name: 'unmet with a breakeven of 0 in a currency without decimals', input: withChange((i) => (i.contract.breakeven = { amount: '0', currency: 'JPY' })), expected: { ...BREAKEVEN_ZERO, evidence: { contract: true, signed: true, breakeven: '0 JPY', organizerShare: '0.5' } } },
  ],
  'C2.5': [
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
  ],
  C3: [
    {
      name: 'unknown without a crew plan',
      input: validInput(),
      options: { availability: null },
      expected: {
        status: 'unknown',
        evidence: { availability: null },
        en: 'Crew availability unknown: no crew plan was given.',
        fr: "Disponibilité des équipes de production inconnue : aucun planning n'a été fourni.",
        remedy: {
          code: 'crew_availability_unknown',
          en: "Check the platform's crew plan for the event's dates (findAvailableCrews) and evaluate again with it.",
          fr: "Vérifiez le planning des équipes de la plateforme pour les dates de l'événement (findAvailableCrews) et réévaluez avec lui.",
        },
      },
    },
    { name: 'met with five free crews, all named', input: validInput(), options: { availability: free(crews(5)) }, expected: { status: 'met', evidence: { freeCrews: ['crew-a', 'crew-b', 'crew-c', 'crew-d', 'crew-e'], conflicts: [] }, ...CREW_FREE('crew-a, crew-b, crew-c, crew-d, crew-e') } },
    {
      name: 'met with six free crews: five named and one more',
      input: validInput(),
      options: { availability: free(crews(6)) },
      expected: {
        status: 'met',
        evidence: { freeCrews: ['crew-a', 'crew-b', 'crew-c', 'crew-d', 'crew-e', 'crew-f'], conflicts: [] },
        en: 'A production crew is free for the whole event (crew-a, crew-b, crew-c, crew-d, crew-e and 1 more).',
        fr: 'Une équipe de production est disponible sur la date proposée (crew-a, crew-b, crew-c, crew-d, crew-e et 1 autre).',
      },
    },
    {
      name: 'met with seven free crews: five named and two more',
      input: validInput(),
      options: { availability: free(crews(7)) },
      expected: {
        status: 'met',
        evidence: { freeCrews: ['crew-a', 'crew-b', 'crew-c', 'crew-d', 'crew-e', 'crew-f', 'crew-g'], conflicts: [] },
        en: 'A production crew is free for the whole event (crew-a, crew-b, crew-c, crew-d, crew-e and 2 more).',
        fr: 'Une équipe de production est disponible sur la date proposée (crew-a, crew-b, crew-c, crew-d, crew-e et 2 autres).',
      },
    },
    {
      name: 'unmet with every crew busy, naming each overlapping event once, sorted',
      input: validInput(),
      options: { availability: { eventId: 'evt-1', freeCrews: [], conflicts: [booking('crew-c', 'evt-9'), booking('crew-b', 'evt-7'), booking('crew-a', 'evt-9')] } },
      expected: {
        status: 'unmet',
        evidence: { freeCrews: [], conflicts: [booking('crew-a', 'evt-9'), booking('crew-b', 'evt-7'), booking('crew-c', 'evt-9')] },
        en: 'No production crew is free: the event overlaps evt-7, evt-9.',
        fr: "Aucune de nos équipes de production n'est disponible : trop d'événements se chevauchent (evt-7, evt-9).",
        remedy: NO_CREW,
      },
    },
    {
      name: 'unmet with six overlapping events: five named and one more',
      input: validInput(),
      options: { availability: { eventId: 'evt-1', freeCrews: [], conflicts: ['f', 'e', 'd', 'c', 'b', 'a'].map((x) => booking(`crew-${x}`, `evt-${x}`)) } },
      expected: {
        status: 'unmet',
        evidence: { freeCrews: [], conflicts: ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => booking(`crew-${x}`, `evt-${x}`)) },
        en: 'No production crew is free: the event overlaps evt-a, evt-b, evt-c, evt-d, evt-e and 1 more.',
        fr: "Aucune de nos équipes de production n'est disponible : trop d'événements se chevauchent (evt-a, evt-b, evt-c, evt-d, evt-e et 1 autre).",
        remedy: NO_CREW,
      },
    },
  ],
};

for (const [id, cases] of Object.entries(CASES)) {
  const rule = RULES.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  describe(`${rule.id} ${rule.name}`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const { en, fr, remedy, ...rest } = c.expected;
        const declared = DECLARED[id]!;
        const policy = c.options?.policy ?? FIXED_POLICY;
        const parameters = Object.fromEntries(declared.parameters.map((name) => [name, policy.parameters[name as keyof typeof policy.parameters]]));
        const expected: Finding = {
          rule: rule.id,
          name: rule.name,
          clause: rule.clause,
          kind: rule.defaultKind,
          ...rest,
          parameters,
          message: en,
          ...(declared.due ?? {}),
          ...(remedy === undefined ? {} : { remedy }),
        };
        expect(findingOf(evaluate(c.input, { ...c.options, locale: 'en' }), id)).toStrictEqual(expected);
        expect(findingOf(evaluate(c.input, { ...c.options, locale: 'fr' }), id)).toStrictEqual({ ...expected, message: fr });
      });
    }
  });
}

describe('C3 crew-available conflict order', () => {
  // Sorted by crew, then start (as written), then event id; ties keep the given order.
  const early = '2026-03-13T09:00:00+01:00';
  const late = '2026-03-14T08:00:00+01:00';
  const CASES: readonly { name: string; input: ReturnType<typeof booking>[]; expected: ReturnType<typeof booking>[] }[] = [
    { name: 'crews already in order stay, whatever their starts', input: [booking('crew-a', 'evt-9', late), booking('crew-b', 'evt-7', early)], expected: [booking('crew-a', 'evt-9', late), booking('crew-b', 'evt-7', early)] },
    { name: 'crews out of order are sorted', input: [booking('crew-b', 'evt-7', early), booking('crew-a', 'evt-9', late)], expected: [booking('crew-a', 'evt-9', late), booking('crew-b', 'evt-7', early)] },
    { name: 'one crew’s bookings out of order are sorted by start', input: [booking('crew-a', 'evt-7', late), booking('crew-a', 'evt-9', early)], expected: [booking('crew-a', 'evt-9', early), booking('crew-a', 'evt-7', late)] },
    { name: 'one crew’s bookings in start order stay', input: [booking('crew-a', 'evt-9', early), booking('crew-a', 'evt-7', late)], expected: [booking('crew-a', 'evt-9', early), booking('crew-a', 'evt-7', late)] },
    { name: 'same crew and start out of order are sorted by event', input: [booking('crew-a', 'evt-9'), booking('crew-a', 'evt-7')], expected: [booking('crew-a', 'evt-7'), booking('crew-a', 'evt-9')] },
    { name: 'same crew and start in event order stay', input: [booking('crew-a', 'evt-7'), booking('crew-a', 'evt-9')], expected: [booking('crew-a', 'evt-7'), booking('crew-a', 'evt-9')] },
    {
      name: 'bookings equal but for their end keep the given order',
      input: [booking('crew-a', 'evt-7', late, '2026-03-14T20:00:00+01:00'), booking('crew-a', 'evt-7', late, '2026-03-14T12:00:00+01:00')],
      expected: [booking('crew-a', 'evt-7', late, '2026-03-14T20:00:00+01:00'), booking('crew-a', 'evt-7', late, '2026-03-14T12:00:00+01:00')],
    },
  ];
  for (const c of CASES) {
    it(c.name, () => {
      const finding = findingOf(evaluate(validInput(), { availability: { eventId: 'evt-1', freeCrews: [], conflicts: c.input } }), 'C3');
      expect(finding.evidence).toStrictEqual({ freeCrews: [], conflicts: c.expected });
    });
  }
});
