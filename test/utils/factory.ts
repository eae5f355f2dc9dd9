/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON, changed one field at a time */
// A valid partnership request that meets every rule at ASOF, and helpers to change one field.
import { parseCoverageRequest } from '../../src/models/coverageRequest.js';
import type { CoverageRequest } from '../../src/models/coverageRequest.js';
import type { CrewAvailability } from '../../src/models/availability.js';

/** The evaluation date of the factory's request: a month before the event. */
export const ASOF = '2026-02-10T12:00:00Z';

/** Plain JSON input (what a caller sends), every rule met at {@link ASOF}. */
export function validInput(): Record<string, any> {
  return {
    id: 'req-1',
    mode: 'partnership',
    event: {
      id: 'evt-1',
      title: 'Web 2.0 Days',
      organizerId: 'org-1',
      start: '2026-03-14T09:00:00+01:00',
      end: '2026-03-14T18:00:00+01:00',
      topics: ['social media'],
      sessions: [
        { id: 'ses-1', kind: 'plenary', start: '2026-03-14T09:30:00+01:00', end: '2026-03-14T11:00:00+01:00', speakerIds: ['spk-1', 'spk-2'], uses: ['live', 'on_demand'] },
        { id: 'ses-2', kind: 'plenary', start: '2026-03-14T14:00:00+01:00', end: '2026-03-14T15:30:00+01:00', speakerIds: ['spk-3'], uses: ['on_demand'] },
      ],
      venue: { name: 'Salle Gaveau', city: 'Paris', scouting: { doneAt: '2026-02-03T15:00:00+01:00', lightUsable: true, notes: 'big windows' } },
      audio: { organizerManagesSound: true, feed: 'xlr', confirmedAt: '2026-02-04', soundEngineer: { name: 'Sam', email: 'sam.sound@example.org', phone: '+33 6 12 34 56 78' } },
      cameras: 2,
      otherFilmCrews: [],
      sponsors: [{ name: 'BigTel', sector: 'telecom', exclusiveCategory: 'telecom' }],
    },
    partner: {
      id: 'org-1',
      organization: 'Web Days SAS',
      contacts: [{ name: 'Olga', role: 'producer', email: 'olga@webdays.example', phone: '+33 1 23 45 67 89' }],
      commitments: {
        mediaPartnerCredit: true,
        postEventMailing: true,
        promotion: { links: 2, tweets: 5, blogPosts: 1 },
        speakerEmailsProvided: true,
        lightingAdviceAsked: true,
        stagingAdviceAsked: true,
        onlineConversation: true,
        monetization: ['sponsor_search'],
      },
    },
    speakers: [
      { id: 'spk-1', name: 'Ana', email: 'ana@example.org', phone: '+33 6 00 00 00 01', informedAt: '2026-01-20', release: { state: 'signed', requestedAt: '2026-01-20', signedAt: '2026-02-01', covers: ['live', 'on_demand', 'clip'] }, platformAccount: 'ana', profileCompletedAt: '2026-01-22' },
      { id: 'spk-2', name: 'Ben', email: 'ben@example.org', informedAt: '2026-01-20', release: { state: 'signed', requestedAt: '2026-01-20', signedAt: '2026-02-02', covers: ['live', 'on_demand', 'clip'] }, platformAccount: 'ben', profileCompletedAt: '2026-01-23' },
      { id: 'spk-3', name: 'Chloé', email: 'chloe@example.org', informedAt: '2026-01-21', release: { state: 'signed', requestedAt: '2026-01-21', signedAt: '2026-02-03', covers: ['on_demand', 'clip'] }, platformAccount: 'chloe', profileCompletedAt: '2026-01-24' },
    ],
    sponsors: [{ id: 'csp-1', name: 'CloudCo', sector: 'hosting', contribution: { amount: '1500', currency: 'EUR' }, status: 'accepted' }],
    contract: {
      id: 'ctr-1',
      parties: { platform: { name: 'Webcastory', signedAt: '2026-02-05' }, organizer: { name: 'Web Days SAS', signedAt: '2026-02-06' } },
      breakeven: { amount: '800', currency: 'EUR' },
      organizerShare: '0.5',
      clauses: {},
      clipPlanned: true,
      postEventMailing: true,
    },
    editorialVerdict: { verdict: 'approved', at: '2026-01-15T10:00:00+01:00' },
  };
}

/** The factory's request, parsed. */
export function validRequest(): CoverageRequest {
  return parseCoverageRequest(validInput());
}

/** A copy of the valid input with one change applied. */
export function withChange(change: (input: Record<string, any>) => void): Record<string, any> {
  const input = validInput();
  change(input);
  return input;
}

/** Availability with one free crew, for C3. */
export function freeAvailability(eventId = 'evt-1'): CrewAvailability {
  return { eventId, freeCrews: ['crew-a'], conflicts: [] };
}

/** Availability with every crew busy, for C3. */
export function busyAvailability(eventId = 'evt-1'): CrewAvailability {
  return {
    eventId,
    freeCrews: [],
    conflicts: [
      { crewId: 'crew-b', eventId: 'evt-9', start: '2026-03-14T08:00:00+01:00', end: '2026-03-14T20:00:00+01:00' },
      { crewId: 'crew-a', eventId: 'evt-7', start: '2026-03-13T09:00:00+01:00', end: '2026-03-14T12:00:00+01:00' },
    ],
  };
}

/** A request with `n` speakers, each in one plenary session, every rule met at {@link ASOF}. */
export function manySpeakersInput(n: number): Record<string, any> {
  const input = validInput();
  input.speakers = [];
  input.event.sessions = [];
  for (let i = 0; i < n; i += 1) {
    const id = `spk-${String(i + 1).padStart(2, '0')}`;
    input.speakers.push({ id, name: `Speaker ${i + 1}`, email: `s${i}@example.org`, informedAt: '2026-01-20', release: { state: 'signed', signedAt: '2026-02-01', covers: ['live', 'on_demand', 'clip'] }, platformAccount: id, profileCompletedAt: '2026-01-22' });
    const hour = 9 + Math.floor(i / 4);
    const minute = (i % 4) * 15;
    const pad = (v: number) => String(v).padStart(2, '0');
    input.event.sessions.push({ id: `ses-${pad(i + 1)}`, kind: 'plenary', start: `2026-03-14T${pad(hour)}:${pad(minute)}:00+01:00`, end: `2026-03-14T${pad(hour)}:${pad(minute + 14)}:00+01:00`, speakerIds: [id], uses: ['live', 'on_demand'] });
  }
  return input;
}
