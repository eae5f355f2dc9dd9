import { instantMs } from '../_lib/instant.js';
import { advise, sorted } from './_helpers.js';
import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

// Seed § 3: « La première condition ensuite, c'est la disponibilité d'une de nos équipes de production
// sur la date proposée : trop d'événements se chevauchent, c'est ce que nous devons observer en premier lieu. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "La première condition ensuite, c'est la disponibilité d'une de nos équipes de production sur la date proposée : trop d'événements se chevauchent, c'est ce que nous devons observer en premier lieu.";

/**
 * C3 `crew-available`: one production crew is free for the whole event, as the `availability`
 * option says (computed by `findAvailableCrews`). Without it, `unknown`; with no free crew, `unmet`
 * with the conflicting bookings as evidence, and, when every crew runs fewer cameras than the event
 * needs (`undersized`), with those crews and a remedy to lighten the set-up rather than move the dates.
 */
export const crewAvailable: RuleLogic = {
  id: 'C3',
  name: 'crew-available',
  clause: '§ 3',
  defaultKind: DEFAULT_RULE_KINDS.C3,
  scope: 'event',
  deadline: 'crewLeadDays',
  parameters: ['crewLeadDays'],
  evaluate(context) {
    const availability = context.availability;
    if (availability === undefined) {
      return {
        status: 'unknown',
        evidence: { availability: null },
        message: say('C3.unknown', {}),
        remedy: advise('crew_availability_unknown', say('C3.remedy.crew_availability_unknown', {})),
      };
    }
    const freeCrews = sorted(availability.freeCrews);
    // By crew, then in time order (the UTC instant: bookings may be written with different offsets;
    // starts that are not instants come after, by their text), then by event.
    const at = (start: string) => instantMs(start) ?? Number.POSITIVE_INFINITY;
    const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    // (∞ − ∞ is NaN, which falls through like 0.)
    const conflicts = [...availability.conflicts]
      .sort(
        (a, b) =>
          text(a.crewId, b.crewId) ||
          at(a.start) - at(b.start) ||
          (at(a.start) === Number.POSITIVE_INFINITY ? text(a.start, b.start) : 0) ||
          text(a.eventId, b.eventId),
      )
      .map((c) => ({ crewId: c.crewId, eventId: c.eventId, start: c.start, end: c.end }));
    if (freeCrews.length > 0) {
      return {
        status: 'met',
        evidence: { freeCrews, conflicts },
        message: say('C3.met', { crews: freeCrews }),
      };
    }
    // Every crew is too small for the event and none able to film it is merely held by a booking:
    // other dates would not help, the set-up has to shrink (or be filmed as a client).
    const undersized = [...(availability.undersized ?? [])].sort((a, b) => text(a.crewId, b.crewId)).map((c) => ({ crewId: c.crewId, cameras: c.cameras }));
    const small = new Set(undersized.map((c) => c.crewId));
    if (undersized.length > 0 && conflicts.every((c) => small.has(c.crewId))) {
      const needed = availability.camerasNeeded;
      // A loop, not `Math.max(...list)`: a spread of many crews would overflow the call stack.
      let largest = 0;
      for (const c of undersized) if (c.cameras > largest) largest = c.cameras;
      return {
        status: 'unmet',
        evidence: { freeCrews, conflicts, camerasNeeded: needed ?? null, undersized },
        message: say('C3.unmet.too_small', { largest, ...(needed === undefined ? {} : { needed }) }),
        remedy: advise('crew_too_small', say('C3.remedy.crew_too_small', { largest })),
      };
    }
    const events = [...new Set(conflicts.map((c) => c.eventId))].sort();
    return {
      status: 'unmet',
      evidence: { freeCrews, conflicts },
      message: say('C3.unmet', { events }),
      remedy: advise('no_crew_available', say('C3.remedy.no_crew_available', {})),
    };
  },
};
