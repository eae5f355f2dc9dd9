import { list, remedy, sorted } from './_helpers.js';
import type { RuleLogic } from './types.js';

// Seed § 1: « Nous sommes la seule équipe de tournage : Nous ne sommes pas partenaires
// d'événements que nous ne filmons pas ! »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED = "Nous sommes la seule équipe de tournage : Nous ne sommes pas partenaires d'événements que nous ne filmons pas !";

/** C1 `sole-film-crew`: the platform is the only film crew at the event. */
export const soleFilmCrew: RuleLogic = {
  id: 'C1',
  name: 'sole-film-crew',
  clause: '§ 1',
  defaultKind: 'blocking',
  scope: 'event',
  deadline: 'contractLeadDays',
  parameters: ['contractLeadDays'],
  evaluate(context) {
    const crews = sorted(context.request.event.otherFilmCrews.map((crew) => crew.name));
    if (crews.length === 0) {
      return {
        status: 'met',
        evidence: { otherFilmCrews: [] },
        message: context.fr ? 'Nous sommes la seule équipe de tournage.' : 'The platform is the only film crew.',
      };
    }
    return {
      status: 'unmet',
      evidence: { otherFilmCrews: crews },
      message: context.fr
        ? `Nous ne sommes pas partenaires d'événements que nous ne filmons pas : autre équipe de tournage présente (${list(crews, true)}).`
        : `We are not partners of events we do not film: another film crew is present (${list(crews, false)}).`,
      remedy: remedy(
        'other_film_crew',
        `Make the platform the only film crew at the event (present now: ${list(crews, false)}), or buy the filming as a paid service.`,
        `Faites de la plateforme la seule équipe de tournage de l'événement (présentes : ${list(crews, true)}), ou achetez la captation comme prestation.`,
      ),
    };
  },
};
