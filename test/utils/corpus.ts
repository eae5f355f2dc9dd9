/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON */
// Requests that make every rule say each of its cases: the factory request with one of
// `MUTATIONS` applied (or all of them), at dates before, around and after the deadlines, with and without a crew,
// in both modes, under the fixed and the shipped policy. Deterministic (no random draw).
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import type { Policy } from '../../src/models/policy.js';
import type { CrewAvailability } from '../../src/models/availability.js';
import { FIXED_POLICY } from './evaluate.js';
import { busyAvailability, freeAvailability, validInput } from './factory.js';
import { MUTATIONS } from './mutations.js';

export interface CorpusCase {
  readonly input: any;
  readonly asOf: string;
  readonly availability: CrewAvailability | undefined;
  readonly policy: Policy;
}

const ASOFS = ['2026-01-05T12:00:00Z', '2026-02-10T12:00:00Z', '2026-03-01T00:00:00+01:00', '2026-03-10', '2026-03-14T08:30:00+01:00', '2026-04-01T12:00:00-05:00'];

/** The valid input with MUTATIONS applied (C8.b also drops a speaker's e-mail), in a mode. */
export function mutatedInput(mutations: readonly number[], mode: string): any {
  const input = validInput();
  input.mode = mode;
  for (const n of mutations) {
    const m = MUTATIONS[n]!;
    m.apply(input);
    if (m.rule === 'C8.b') delete input.speakers[2].email;
  }
  return input;
}

// Changes that reach the cases no mutation of `MUTATIONS` breaks into: facts that meet a rule another way.
const OTHER_WAYS: readonly ((i: any) => void)[] = [
  (i) => (i.event.audio.confirmedAt = '2026-03-12'),
  (i) => (i.event.sessions = i.event.sessions.map((s: any) => ({ ...s, kind: 'workshop' }))),
  (i) => delete i.contract,
  (i) => {
    i.event.sessions[1].kind = 'workshop';
    i.contract.clauses = { workshop: { organizerShare: '0.7', countsTowardBreakeven: false } };
  },
  (i) => (i.contract.clipPlanned = false),
  (i) => i.sponsors.push({ id: 'csp-6', name: 'GoneCo', sector: 'retail', status: 'withdrawn' }),
  (i) => (i.editorialVerdict = { verdict: 'approved', at: '2026-03-15' }),
  (i) => (i.event.venue.scouting = { doneAt: '2026-03-10', lightUsable: true }),
  (i) => (i.event.venue.scouting = { doneAt: '2026-02-01' }),
];

function* cases(): Generator<CorpusCase> {
  const sets: number[][] = [[]];
  for (let a = 0; a < MUTATIONS.length; a += 1) {
    sets.push([a]);
  }
  sets.push(MUTATIONS.map((_, n) => n));
  for (const change of OTHER_WAYS) {
    for (const asOf of ASOFS) {
      const input = mutatedInput([], 'partnership');
      change(input);
      yield { input, asOf, availability: freeAvailability(), policy: FIXED_POLICY };
    }
  }
  // Every crew too small for the event (C3 says so rather than asking for other dates).
  const small = { eventId: 'evt-1', freeCrews: [], conflicts: [], camerasNeeded: 3, undersized: [{ crewId: 'crew-b', cameras: 1 }] };
  yield { input: mutatedInput([], 'partnership'), asOf: ASOFS[1]!, availability: small, policy: FIXED_POLICY };
  for (const mutations of sets) {
    for (const mode of ['partnership', 'client']) {
      for (const asOf of ASOFS) {
        for (const availability of [undefined, freeAvailability(), busyAvailability()]) {
          for (const policy of [FIXED_POLICY, DEFAULT_POLICY]) yield { input: mutatedInput(mutations, mode), asOf, availability, policy };
        }
      }
    }
  }
}

/** The corpus, made once. */
export const CORPUS: readonly CorpusCase[] = [...cases()];
