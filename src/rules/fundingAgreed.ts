import { agreedAt } from '../models/contract.js';
import { remedy } from './_helpers.js';
import type { RuleLogic } from './types.js';

// Seed § 2: « Pas de gratuité absolue, mais ça peut ne rien vous coûter […] nous ne pratiquons plus
// les partenariats 100% gratuits […] Si vous n'avez pas de budget il faut simplement se mettre
// d'accord sur la démarche commerciale » ; § 2.4 : « au-delà d'un point mort fixé au préalable ».
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Pas de gratuité absolue, mais ça peut ne rien vous coûter […] nous ne pratiquons plus les partenariats 100% gratuits […] Si vous n'avez pas de budget il faut simplement se mettre d'accord sur la démarche commerciale […] Nous partageons l'apport du sponsor à hauteur de 50% avec vous au-delà d'un point mort fixé au préalable (je vous rassure il est symbolique);";

/**
 * C2 `funding-agreed`: the commercial approach is agreed in a contract fixing, before the event,
 * a breakeven above zero and the organizer's share. The contract is read only once both parties
 * signed it (at or before `asOf`): a draft is not an agreement. Without a signed contract it is
 * pending until the contract deadline (`contractLeadDays` before the start), then unmet.
 */
export const fundingAgreed: RuleLogic = {
  id: 'C2',
  name: 'funding-agreed',
  clause: '§ 2',
  defaultKind: 'blocking',
  scope: 'event',
  deadline: 'contractLeadDays',
  parameters: ['contractLeadDays'],
  evaluate(context) {
    const contract = context.request.contract;
    const signed = agreedAt(contract, context.asOf) !== undefined;
    if (contract === undefined || !signed) {
      const due = context.due(context.policy.parameters.contractLeadDays);
      const late = context.asOf > due.at;
      const draft = contract !== undefined;
      return {
        status: late ? 'unmet' : 'pending',
        evidence: { contract: draft, signed: false },
        message: context.fr
          ? `Aucune démarche commerciale convenue : ${draft ? "le contrat n'est pas signé par les deux parties, et un projet n'est pas un accord" : 'ni point mort ni partage fixés'}${late ? '' : ` (à fixer avant le ${due.fr})`}.`
          : `No commercial approach agreed: ${draft ? 'the contract is not signed by both parties, and a draft is not an agreement' : 'no breakeven nor share fixed'}${late ? '' : ` (due by ${due.en})`}.`,
        remedy: remedy(
          'funding_not_agreed',
          `Agree the commercial approach in a contract signed by both parties: the platform looks for the sponsor, with the breakeven and the organizer's share fixed before the event${late ? '' : ` (by ${due.en})`}.`,
          `Mettez-vous d'accord sur la démarche commerciale dans un contrat signé par les deux parties : la plateforme cherche le sponsor, le point mort et votre part étant fixés avant l'événement${late ? '' : ` (avant le ${due.fr})`}.`,
          late ? undefined : due,
        ),
      };
    }
    const { amount, currency } = contract.breakeven;
    const evidence = { contract: true, signed: true, breakeven: `${amount} ${currency}`, organizerShare: contract.organizerShare };
    if (/^0+(\.0+)?$/.test(amount)) {
      return {
        status: 'unmet',
        evidence,
        message: context.fr
          ? 'Pas de gratuité absolue : nous ne pratiquons plus les partenariats 100% gratuits (point mort à zéro).'
          : 'Never an absolutely free deal: a breakeven of zero makes a 100% free partnership.',
        remedy: remedy(
          'breakeven_zero',
          'Fix a breakeven above zero in the contract: symbolic, but it covers at least the fundamental costs.',
          'Fixez dans le contrat un point mort supérieur à zéro : symbolique, il couvre au moins les coûts fondamentaux.',
        ),
      };
    }
    return {
      status: 'met',
      evidence,
      message: context.fr
        ? `Démarche commerciale convenue : point mort de ${amount} ${currency}, part de l'organisateur ${contract.organizerShare} au-delà.`
        : `Commercial approach agreed: breakeven ${amount} ${currency}, organizer's share ${contract.organizerShare} above it.`,
    };
  },
};
