import { advise, sorted } from './_helpers.js';
import { say } from './messages.js';
import type { MonetizationEffort } from '../models/partner.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

// Seed § 9.4: « En somme, un partenaire qui ne pousse pas vers la moindre recherche de rentabilisation
// de l'opération s'expose très vite à ce que nous l'abandonnions en cours de route. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "En somme, un partenaire qui ne pousse pas vers la moindre recherche de rentabilisation de l'opération s'expose très vite à ce que nous l'abandonnions en cours de route.";

/**
 * C9.4 `monetization-effort` (weighing): the organizer works toward some return: a declared effort
 * (sponsor search, pay-per-view, DVD, paid workshops) or a contract clause on pay-per-view, DVD or workshops.
 */
export const monetizationEffort: RuleLogic = {
  id: 'C9.4',
  name: 'monetization-effort',
  clause: '§ 9.4',
  defaultKind: DEFAULT_RULE_KINDS['C9.4'],
  scope: 'event',
  deadline: 'contractLeadDays',
  parameters: ['contractLeadDays'],
  evaluate(context) {
    const found = context.once('C9.4', (request) => {
      const efforts = new Set<MonetizationEffort>(request.partner.commitments.monetization);
      const clauses = request.contract?.clauses;
      if (clauses?.pay_per_view !== undefined) efforts.add('pay_per_view');
      if (clauses?.dvd !== undefined) efforts.add('dvd');
      if (clauses?.workshop !== undefined) efforts.add('paid_workshops');
      return sorted(efforts) as MonetizationEffort[];
    });
    // A copy: the list is kept with a frozen request, and a caller may change the report.
    const list = [...found];
    // The codes stay in the evidence; a sentence says them in words.
    if (list.length > 0) return { status: 'met', evidence: { efforts: list }, message: say('C9.4.met', { efforts: list }) };
    return {
      status: 'unmet',
      evidence: { efforts: [] },
      message: say('C9.4.unmet', {}),
      remedy: advise('no_monetization_effort', say('C9.4.remedy.no_monetization_effort', {})),
    };
  },
};
