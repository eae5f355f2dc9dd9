import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

// Seed § 2.5: « Si aucun sponsor ne se présente nous assumons quand même le tournage : en ce sens nous
// prenons un risque de producteur qui s'équilibre sur la quantité d'événements filmés dans l'année. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Si aucun sponsor ne se présente nous assumons quand même le tournage: en ce sens nous prenons un risque de producteur qui s'équilibre sur la quantité d'événements filmés dans l'année.";

/**
 * C2.5 `film-without-sponsor`: finding no sponsor is not a reason to refuse. Always met, never
 * blocking (a policy cannot make it block); it reports how many capture sponsors are usable.
 */
export const filmWithoutSponsor: RuleLogic = {
  id: 'C2.5',
  name: 'film-without-sponsor',
  clause: '§ 2.5',
  defaultKind: DEFAULT_RULE_KINDS['C2.5'],
  scope: 'event',
  deadline: undefined,
  parameters: [],
  evaluate(context) {
    const sponsors = context.request.sponsors;
    const usable = context.usableSponsors;
    return {
      status: 'met',
      evidence: { sponsors: sponsors.length, usableSponsors: usable },
      message: say('C2.5.met', { usable }),
    };
  },
};
