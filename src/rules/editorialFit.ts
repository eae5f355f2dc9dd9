import { remedy } from './_helpers.js';
import type { RuleLogic } from './types.js';

// Seed § 4: « Où il est fondamental que l'on puisse s'assurer de la qualité éditoriale de l'événement
// et de sa compatibilité avec notre propre ligne de contenus et l'ADN de notre communauté. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Qualité - légitimité : Où il est fondamental que l’on puisse s’assurer de la qualité éditoriale de l’événement et de sa compatibilité avec notre propre ligne de contenus et l'ADN de notre communauté.";

/**
 * C4 `editorial-fit`: the platform's editors approved the event's editorial quality and fit.
 * `rejected` is unmet; `pending` is pending until the event starts (the editors judge before
 * the platform films), then unmet; no verdict at all (none asked for) is unknown.
 */
export const editorialFit: RuleLogic = {
  id: 'C4',
  name: 'editorial-fit',
  clause: '§ 4',
  defaultKind: 'blocking',
  scope: 'event',
  deadline: 'editorialLeadDays',
  parameters: ['editorialLeadDays'],
  evaluate(context) {
    const verdict = context.request.editorialFit;
    const evidence = { editorialFit: verdict ?? null };
    const fr = context.fr;
    switch (verdict) {
      case 'approved':
        return {
          status: 'met',
          evidence,
          message: fr
            ? 'La rédaction juge la qualité éditoriale compatible avec notre ligne de contenus.'
            : "The editors judge the event's editorial quality and fit with the platform's content lines.",
        };
      case 'rejected':
        return {
          status: 'unmet',
          evidence,
          message: fr
            ? "La rédaction juge l'événement incompatible avec notre ligne de contenus et l'ADN de notre communauté."
            : "The editors judge the event does not fit the platform's content lines and community.",
          remedy: remedy(
            'editorial_fit_rejected',
            "Rework the programme toward the platform's content lines and ask the editors to review it again.",
            'Retravaillez le programme selon la ligne de contenus de la plateforme et demandez à la rédaction de le réexaminer.',
          ),
        };
      case 'pending': {
        // The verdict is due by the event's start: after it, no verdict means the event was not judged fit.
        const due = context.due(context.policy.parameters.editorialLeadDays);
        const deadline = due.at;
        const late = context.asOf > deadline;
        return {
          status: late ? 'unmet' : 'pending',
          evidence: { editorialFit: verdict },
          message: late
            ? fr
              ? "L'événement a commencé sans que la rédaction ait rendu son avis éditorial."
              : 'The event started before the editors gave their verdict.'
            : fr
              ? `La rédaction n'a pas encore rendu son avis éditorial ; avis attendu avant le ${due.fr}.`
              : `The editors have not given their verdict yet; due by ${due.en}.`,
          remedy: remedy(
            'editorial_fit_pending',
            `Send the editors the programme and speakers so they can judge the event's editorial fit before ${due.en}.`,
            `Transmettez à la rédaction le programme et les intervenants pour qu'elle juge la compatibilité éditoriale avant le ${due.fr}.`,
            late ? undefined : due,
          ),
        };
      }
      default:
        return {
          status: 'unknown',
          evidence,
          message: fr ? "Aucun avis éditorial n'a été demandé." : 'No editorial verdict was asked for.',
          remedy: remedy(
            'editorial_fit_unknown',
            "Ask the platform's editors for their verdict on the event's editorial quality and fit.",
            "Demandez à la rédaction de la plateforme son avis sur la qualité éditoriale et la compatibilité de l'événement.",
          ),
        };
    }
  },
};
