import { advise, sorted } from './_helpers.js';
import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

// Seed § 1: « Nous sommes la seule équipe de tournage : Nous ne sommes pas partenaires
// d'événements que nous ne filmons pas ! »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED = "Nous sommes la seule équipe de tournage : Nous ne sommes pas partenaires d'événements que nous ne filmons pas !";

/** C1 `sole-film-crew`: the platform is the only film crew at the event. */
export const soleFilmCrew: RuleLogic = {
  id: 'C1',
  name: 'sole-film-crew',
  clause: '§ 1',
  defaultKind: DEFAULT_RULE_KINDS.C1,
  scope: 'event',
  deadline: 'contractLeadDays',
  parameters: ['contractLeadDays'],
  evaluate(context) {
    const crews = sorted(context.request.event.otherFilmCrews.map((crew) => crew.name));
    if (crews.length === 0) {
      return {
        status: 'met',
        evidence: { otherFilmCrews: [] },
        message: say('C1.met', {}),
      };
    }
    return {
      status: 'unmet',
      evidence: { otherFilmCrews: crews },
      message: say('C1.unmet', { crews }),
      remedy: advise('other_film_crew', say('C1.remedy.other_film_crew', { crews })),
    };
  },
};
