import { remedy, sorted } from './_helpers.js';
import type { MonetizationEffort } from '../models/partner.js';
import type { RuleLogic } from './types.js';

// Seed § 9.4: « En somme, un partenaire qui ne pousse pas vers la moindre recherche de rentabilisation
// de l'opération s'expose très vite à ce que nous l'abandonnions en cours de route. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "En somme, un partenaire qui ne pousse pas vers la moindre recherche de rentabilisation de l'opération s'expose très vite à ce que nous l'abandonnions en cours de route.";

/** Each monetization effort in words. */
const EFFORT_WORDS: Readonly<Record<MonetizationEffort, { readonly en: string; readonly fr: string }>> = {
  sponsor_search: { en: 'sponsor search', fr: 'recherche de sponsor' },
  pay_per_view: { en: 'pay-per-view', fr: 'pay-per-view' },
  dvd: { en: 'DVD orders', fr: 'commandes de DVD' },
  paid_workshops: { en: 'paid workshops', fr: 'ateliers payants' },
};

/**
 * C9.4 `monetization-effort` (weighing): the organizer works toward some return: a declared effort
 * (sponsor search, pay-per-view, DVD, paid workshops) or a contract clause on pay-per-view, DVD or workshops.
 */
export const monetizationEffort: RuleLogic = {
  id: 'C9.4',
  name: 'monetization-effort',
  clause: '§ 9.4',
  defaultKind: 'weighing',
  scope: 'event',
  deadline: 'contractLeadDays',
  parameters: ['contractLeadDays'],
  evaluate(context) {
    const efforts = new Set<string>(context.request.partner.commitments.monetization);
    const clauses = context.request.contract?.clauses;
    if (clauses?.pay_per_view !== undefined) efforts.add('pay_per_view');
    if (clauses?.dvd !== undefined) efforts.add('dvd');
    if (clauses?.workshop !== undefined) efforts.add('paid_workshops');
    const list = sorted(efforts);
    if (list.length > 0) {
      // The codes stay in the evidence; a sentence says them in words.
      const words = list.map((code) => EFFORT_WORDS[code as MonetizationEffort][context.fr ? 'fr' : 'en']);
      return {
        status: 'met',
        evidence: { efforts: list },
        message: context.fr
          ? `L'organisateur pousse vers la rentabilisation de l'opération (${words.join(', ')}).`
          : `The organizer works toward a return on the operation (${words.join(', ')}).`,
      };
    }
    return {
      status: 'unmet',
      evidence: { efforts: [] },
      message: context.fr
        ? "Un partenaire qui ne pousse pas vers la moindre recherche de rentabilisation s'expose très vite à ce que nous l'abandonnions."
        : 'A partner who makes no effort toward any return is quickly dropped.',
      remedy: remedy(
        'no_monetization_effort',
        'Work toward some return: help the sponsor search, or agree pay-per-view, DVD orders or paid workshop coverage in the contract.',
        'Cherchez une rentabilisation : aidez à la recherche du sponsor, ou prévoyez au contrat du pay-per-view, des DVD ou des ateliers payants.',
      ),
    };
  },
};
