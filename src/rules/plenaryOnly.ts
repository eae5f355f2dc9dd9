import { list, remedy, sorted } from './_helpers.js';
import type { RuleLogic } from './types.js';

// Seed § 9.3: « nous ne couvrons en mode partenariat que les conférences plénières : les ateliers
// commerciaux, c'est payant mais cela peut faire l'objet d'un partage de revenu très généreux et stimulant ».
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "nous ne couvrons en mode partenariat que les conférences plénières : les ateliers commerciaux, c'est payant mais cela peut faire l'objet d'un partage de revenu très généreux et stimulant";

/** C9.3 `plenary-only`: partnership coverage is asked for plenary sessions only; a filmed workshop is unmet. */
export const plenaryOnly: RuleLogic = {
  id: 'C9.3',
  name: 'plenary-only',
  clause: '§ 9.3',
  defaultKind: 'blocking',
  scope: 'event',
  deadline: 'contractLeadDays',
  parameters: ['contractLeadDays'],
  evaluate(context) {
    const workshops = sorted(context.filmedSessions.filter((s) => s.kind === 'workshop').map((s) => s.id));
    const evidence = { filmedSessions: context.filmedSessions.length, workshops };
    if (workshops.length === 0) {
      return {
        status: 'met',
        evidence,
        message: context.fr
          ? 'Seules des conférences plénières sont demandées en mode partenariat.'
          : 'Only plenary sessions are asked for under partnership.',
      };
    }
    return {
      status: 'unmet',
      evidence,
      message: context.fr
        ? `Nous ne couvrons en mode partenariat que les conférences plénières : ateliers demandés (${list(workshops, true)}).`
        : `Partnership coverage is for plenary sessions only: workshops asked (${list(workshops, false)}).`,
      remedy: remedy(
        'workshop_in_partnership',
        `Take the workshops (${list(workshops, false)}) out of the partnership request and order them as paid coverage, which can carry a generous revenue share.`,
        `Retirez les ateliers (${list(workshops, true)}) de la demande de partenariat et commandez-les en prestation payante, avec un partage de revenu qui peut être très généreux.`,
      ),
    };
  },
};
