import { agreedAt } from '../models/contract.js';
import { list, remedy, sorted } from './_helpers.js';
import type { RuleLogic } from './types.js';

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
  defaultKind: 'blocking',
  scope: 'event',
  deadline: 'contractLeadDays',
  parameters: ['contractLeadDays'],
  evaluate(context) {
    const workshops = sorted(context.filmedSessions.filter((s) => s.kind === 'workshop').map((s) => s.id));
    const contract = context.request.contract;
    const signed = agreedAt(contract, context.asOf) !== undefined;
    const workshopClause = contract?.clauses.workshop !== undefined;
    const evidence = { filmedSessions: context.filmedSessions.length, workshops, workshopClause, contractSigned: signed };
    const fr = context.fr;
    if (workshops.length === 0) {
      return {
        status: 'met',
        evidence,
        message: fr
          ? 'Seules des conférences plénières sont demandées en mode partenariat.'
          : 'Only plenary sessions are asked for under partnership.',
      };
    }
    const en = list(workshops, false);
    const frList = list(workshops, true);
    if (signed && workshopClause) {
      return {
        status: 'met',
        evidence,
        message: fr
          ? `Les ateliers filmés (${frList}) sont couverts en prestation payante par la clause ateliers du contrat signé ; les plénières restent en partenariat.`
          : `The filmed workshops (${en}) are paid coverage under the signed contract's workshop clause; the plenaries stay under partnership.`,
      };
    }
    const due = context.due(context.policy.parameters.contractLeadDays);
    const late = context.asOf > due.at;
    if (!signed && !late) {
      return {
        status: 'pending',
        evidence,
        message: fr
          ? `Nous ne couvrons en mode partenariat que les conférences plénières : les ateliers filmés (${frList}) attendent une clause ateliers payante dans un contrat signé par les deux parties, avant le ${due.fr}.`
          : `Partnership coverage is for plenary sessions only: the filmed workshops (${en}) await a paid workshop clause in a contract signed by both parties, due by ${due.en}.`,
        remedy: remedy(
          'workshop_clause_not_agreed',
          `Commercial workshops are paid coverage: have a contract with a paid workshop clause (\`clauses.workshop\`) signed by both parties by ${due.en}, or mark the workshops (${en}) not filmed (\`filmed: false\`).`,
          `Les ateliers commerciaux, c'est payant : faites signer par les deux parties, avant le ${due.fr}, un contrat avec une clause ateliers payante (\`clauses.workshop\`), ou indiquez les ateliers (${frList}) comme non filmés (\`filmed: false\`).`,
          due,
        ),
      };
    }
    return {
      status: 'unmet',
      evidence,
      message: fr
        ? `Nous ne couvrons en mode partenariat que les conférences plénières : ateliers demandés sans clause ateliers payante signée (${frList}).`
        : `Partnership coverage is for plenary sessions only: workshops asked without a signed paid workshop clause (${en}).`,
      remedy: remedy(
        'workshop_in_partnership',
        `Either add a paid workshop clause (\`clauses.workshop\`, which can carry a generous revenue share) to the contract, signed by both parties, or mark the workshops (${en}) not filmed (\`filmed: false\`).`,
        `Ajoutez au contrat une clause ateliers payante (\`clauses.workshop\`, avec un partage de revenu qui peut être très généreux), signée par les deux parties, ou indiquez les ateliers (${frList}) comme non filmés (\`filmed: false\`).`,
      ),
    };
  },
};
