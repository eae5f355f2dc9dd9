// C3 `crew-available` (src/rules/crewAvailable.ts): one production crew is free for the whole event,
// as the `availability` option says (from findAvailableCrews).
import { describe, expect, it } from 'vitest';
import type { CrewAvailability } from '../../src/models/availability.js';
import { busyAvailability, validInput } from '../utils/factory.js';
import { evaluate, findingOf } from '../utils/evaluate.js';
import { described, findingCases, outlineCases, ruleOf, WEEK_DUE } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

// The first n crews of crew-a … crew-g, given in reverse order.
const crews = (n: number): string[] => ['crew-g', 'crew-f', 'crew-e', 'crew-d', 'crew-c', 'crew-b', 'crew-a'].slice(7 - n);
const free = (freeCrews: string[]): CrewAvailability => ({ eventId: 'evt-1', freeCrews, conflicts: [] });
const booking = (crewId: string, eventId: string, start = '2026-03-14T08:00:00+01:00', end = '2026-03-14T20:00:00+01:00') => ({ crewId, eventId, start, end });
const CREW_FREE = (shown: string) => ({ en: `A production crew is free for the whole event (${shown}).`, fr: `Une équipe de production est disponible sur la date proposée (${shown}).` });
const NO_CREW = {
  code: 'no_crew_available',
  en: "Propose other dates, when one of the platform's production crews is free for the whole event.",
  fr: "Proposez d'autres dates, où l'une des équipes de production de la plateforme est libre pour tout l'événement.",
};

const FINDINGS: readonly FindingCase[] = [
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
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met when a crew is free', input: validInput(), expected: { status: 'met', evidence: { freeCrews: ['crew-a'] } } },
  { name: 'unknown without availability', input: validInput(), options: { availability: null }, expected: { status: 'unknown', evidence: { availability: null } } },
  {
    name: 'unmet when every crew is busy, with the conflicting bookings sorted by crew',
    input: validInput(),
    options: { availability: busyAvailability() },
    expected: {
      status: 'unmet',
      evidence: {
        freeCrews: [],
        conflicts: [
          { crewId: 'crew-a', eventId: 'evt-7', start: '2026-03-13T09:00:00+01:00', end: '2026-03-14T12:00:00+01:00' },
          { crewId: 'crew-b', eventId: 'evt-9', start: '2026-03-14T08:00:00+01:00', end: '2026-03-14T20:00:00+01:00' },
        ],
      },
    },
  },
];

describe('C3 crew-available', () => {
  it('is § 3, blocking by default, one finding for the event', () => {
    expect(described(ruleOf('C3'))).toStrictEqual({ id: 'C3', name: 'crew-available', clause: '§ 3', defaultKind: 'blocking', scope: 'event' });
  });

  // Every branch's finding, whole: status, evidence, parameters, deadline, message in both languages,
  // remedy (code, due instant, both texts); singular and plural, at the deadline instant and after.
  describe('findings, exact in English and French', () => findingCases('C3', { parameters: ['crewLeadDays'], due: WEEK_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C3', OUTCOMES));

  describe('edge cases', () => {
    describe('conflict order', () => {
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

    // The evidence lists the conflicting bookings by crew, then in time order: the UTC instant, not the
    // text, since bookings may be written with different offsets.
    describe('evidence order', () => {
      it('orders one crew’s conflicts by instant across offsets, then by event; text that is no instant last', () => {
        const conflicts = [
          // 09:00+01:00 is 08:00Z, the same instant as evt-8's start: then by event. 08:30Z is later although its text sorts first.
          { crewId: 'crew-a', eventId: 'evt-3', start: '2026-03-14T08:30:00Z', end: '2026-03-14T12:00:00Z' },
          { crewId: 'crew-a', eventId: 'evt-2', start: '2026-03-14T09:00:00+01:00', end: '2026-03-14T12:00:00+01:00' },
          { crewId: 'crew-a', eventId: 'evt-7', start: 'soon', end: 'later' },
          { crewId: 'crew-a', eventId: 'evt-6', start: 'soon', end: 'later' },
          { crewId: 'crew-a', eventId: 'evt-8', start: '2026-03-14T08:00:00Z', end: '2026-03-14T09:00:00Z' },
          { crewId: 'crew-a', eventId: 'evt-9', start: 'another day', end: 'later' },
          { crewId: 'crew-a', eventId: 'evt-4', start: 'soon', end: 'later' },
          { crewId: 'crew-0', eventId: 'evt-5', start: '2026-03-15T08:00:00Z', end: '2026-03-15T09:00:00Z' },
        ];
        const finding = findingOf(evaluate(validInput(), { availability: { eventId: 'evt-1', freeCrews: [], conflicts } }), 'C3');
        expect(finding.status).toBe('unmet');
        const order = (finding.evidence.conflicts as { crewId: string; eventId: string }[]).map((c) => `${c.crewId} ${c.eventId}`);
        // Not instants: 'another day' before 'soon' by text (although evt-9 sorts after the others), the
        // three 'soon' by event.
        expect(order).toEqual(['crew-0 evt-5', 'crew-a evt-2', 'crew-a evt-8', 'crew-a evt-3', 'crew-a evt-9', 'crew-a evt-4', 'crew-a evt-6', 'crew-a evt-7']);
      });
    });
  });
});
