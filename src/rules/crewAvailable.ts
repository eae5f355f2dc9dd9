import { instantMs } from '../_lib/instant.js';
import { list, remedy, sorted } from './_helpers.js';
import type { RuleLogic } from './types.js';

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
  defaultKind: 'blocking',
  scope: 'event',
  deadline: 'crewLeadDays',
  parameters: ['crewLeadDays'],
  evaluate(context) {
    const availability = context.availability;
    if (availability === undefined) {
      return {
        status: 'unknown',
        evidence: { availability: null },
        message: context.fr
          ? "Disponibilité des équipes de production inconnue : aucun planning n'a été fourni."
          : 'Crew availability unknown: no crew plan was given.',
        remedy: remedy(
          'crew_availability_unknown',
          "Check the platform's crew plan for the event's dates (findAvailableCrews) and evaluate again with it.",
          "Vérifiez le planning des équipes de la plateforme pour les dates de l'événement (findAvailableCrews) et réévaluez avec lui.",
        ),
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
        message: context.fr
          ? `Une équipe de production est disponible sur la date proposée (${list(freeCrews, true)}).`
          : `A production crew is free for the whole event (${list(freeCrews, false)}).`,
      };
    }
    // Every crew is too small for the event and none able to film it is merely held by a booking:
    // other dates would not help, the set-up has to shrink (or be filmed as a client).
    const undersized = [...(availability.undersized ?? [])].sort((a, b) => text(a.crewId, b.crewId)).map((c) => ({ crewId: c.crewId, cameras: c.cameras }));
    const small = new Set(undersized.map((c) => c.crewId));
    if (undersized.length > 0 && conflicts.every((c) => small.has(c.crewId))) {
      const needed = availability.camerasNeeded;
      const largest = Math.max(...undersized.map((c) => c.cameras));
      return {
        status: 'unmet',
        evidence: { freeCrews, conflicts, camerasNeeded: needed ?? null, undersized },
        message: context.fr
          ? `Aucune de nos équipes de production n'a assez de caméras${needed === undefined ? " pour l'événement" : ` : l'événement en demande ${needed}`}, la plus grande équipe en a ${largest}.`
          : `No production crew runs enough cameras${needed === undefined ? ' for the event' : `: the event needs ${needed}`}, the largest crew runs ${largest}.`,
        remedy: remedy(
          'crew_too_small',
          `Lighten the set-up to what one of the platform's production crews runs (at most ${largest}), or buy the coverage as a client: other dates would not help.`,
          `Allégez le dispositif à ce qu'une équipe de production de la plateforme peut tenir (${largest} au plus), ou achetez la captation en tant que client : d'autres dates n'y changeraient rien.`,
        ),
      };
    }
    const events = [...new Set(conflicts.map((c) => c.eventId))].sort();
    return {
      status: 'unmet',
      evidence: { freeCrews, conflicts },
      message: context.fr
        ? `Aucune de nos équipes de production n'est disponible : trop d'événements se chevauchent (${list(events, true)}).`
        : `No production crew is free: the event overlaps ${list(events, false)}.`,
      remedy: remedy(
        'no_crew_available',
        "Propose other dates, when one of the platform's production crews is free for the whole event.",
        "Proposez d'autres dates, où l'une des équipes de production de la plateforme est libre pour tout l'événement.",
      ),
    };
  },
};
