import { remedy } from './_helpers.js';
import type { Rule } from './types.js';

// Seed § 4: « Où il est fondamental que l'on puisse s'assurer de la qualité éditoriale de l'événement
// et de sa compatibilité avec notre propre ligne de contenus et l'ADN de notre communauté. »
const SEED =
  "Qualité - légitimité : Où il est fondamental que l’on puisse s’assurer de la qualité éditoriale de l’événement et de sa compatibilité avec notre propre ligne de contenus et l'ADN de notre communauté.";

/**
 * C4 `editorial-fit`: the platform's editors approved the event's editorial quality and fit.
 * `rejected` is unmet, `pending` is pending, no verdict at all is unknown.
 */
export const editorialFit: Rule = {
  id: 'C4',
  name: 'editorial-fit',
  clause: '§ 4',
  defaultKind: 'blocking',
  scope: 'event',
  modes: ['partnership'],
  seed: SEED,
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
      case 'pending':
        return {
          status: 'pending',
          evidence,
          message: fr ? "La rédaction n'a pas encore rendu son avis éditorial." : 'The editors have not given their verdict yet.',
          remedy: remedy(
            'editorial_fit_pending',
            "Send the editors the programme and speakers so they can judge the event's editorial fit.",
            "Transmettez à la rédaction le programme et les intervenants pour qu'elle juge la compatibilité éditoriale.",
          ),
        };
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
