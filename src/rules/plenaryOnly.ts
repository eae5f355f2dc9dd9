import { advise, agreedBy, sorted } from './_helpers.js';
import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

// Seed § 9.3: « nous ne couvrons en mode partenariat que les conférences plénières : les ateliers
// commerciaux, c'est payant mais cela peut faire l'objet d'un partage de revenu très généreux et stimulant ».
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "nous ne couvrons en mode partenariat que les conférences plénières : les ateliers commerciaux, c'est payant mais cela peut faire l'objet d'un partage de revenu très généreux et stimulant";

/**
 * C9.3 `plenary-only`: partnership coverage is for plenary sessions only; filmed workshops are paid
 * coverage, so they need a paid workshop clause: `clauses.workshop` in a contract signed by both
 * parties (at or before `asOf`). Filmed workshops with such a clause: met. With a signed contract
 * that has none, the workshops are asked for free: unmet. Without a signed contract (none, or a
 * draft: a draft is not an agreement): pending until the contract deadline (`contractLeadDays`),
 * unmet after. The remedy offers both ways out: the paid workshop clause, or the workshops not filmed.
 */
export const plenaryOnly: RuleLogic = {
  id: 'C9.3',
  name: 'plenary-only',
  clause: '§ 9.3',
  defaultKind: DEFAULT_RULE_KINDS['C9.3'],
  scope: 'event',
  deadline: 'contractLeadDays',
  parameters: ['contractLeadDays'],
  evaluate(context) {
    // A copy of what the request alone says: the list is kept with a frozen request, and a caller may change the report.
    const workshops = [...context.once('C9.3', () => sorted(context.filmedSessions.filter((s) => s.kind === 'workshop').map((s) => s.id)))];
    const contract = context.request.contract;
    const signed = agreedBy(context) !== undefined;
    const workshopClause = contract?.clauses.workshop !== undefined;
    const evidence = { filmedSessions: context.filmedSessions.length, workshops, workshopClause, contractSigned: signed };
    if (workshops.length === 0) return { status: 'met', evidence, message: say('C9.3.met.plenaries_only', {}) };
    if (signed && workshopClause) return { status: 'met', evidence, message: say('C9.3.met.workshop_clause', { workshops }) };
    const due = context.due(context.policy.parameters.contractLeadDays);
    const late = context.asOf > due.at;
    if (!signed && !late) {
      return {
        status: 'pending',
        evidence,
        message: say('C9.3.pending', { workshops, due }),
        remedy: advise('workshop_clause_not_agreed', say('C9.3.remedy.workshop_clause_not_agreed', { workshops, due }), due),
      };
    }
    return {
      status: 'unmet',
      evidence,
      message: say('C9.3.unmet', { workshops }),
      remedy: advise('workshop_in_partnership', say('C9.3.remedy.workshop_in_partnership', { workshops })),
    };
  },
};
