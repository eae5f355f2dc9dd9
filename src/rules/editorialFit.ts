import { known, remedy, said } from './_helpers.js';
import type { RuleLogic } from './types.js';

// Seed § 4: « Où il est fondamental que l'on puisse s'assurer de la qualité éditoriale de l'événement
// et de sa compatibilité avec notre propre ligne de contenus et l'ADN de notre communauté. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Qualité - légitimité : Où il est fondamental que l’on puisse s’assurer de la qualité éditoriale de l’événement et de sa compatibilité avec notre propre ligne de contenus et l'ADN de notre communauté.";

/**
 * C4 `editorial-fit`: the platform's editors approved the event's editorial quality and fit, by
 * `editorialLeadDays` before the start (before the platform promotes the event). A verdict dated after
 * `asOf` is not known yet. Rejected is unmet; approved after the deadline is unmet (too late);
 * `pending` is pending and no verdict unknown until the deadline, then both are unmet.
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
    const due = context.due(context.policy.parameters.editorialLeadDays);
    const passed = context.asOf > due.at;
    const given = context.request.editorialVerdict;
    // An approved or rejected verdict is known from its instant on (`at`, which the model requires);
    // before it, the request reads as if none was given. A pending verdict has no instant.
    const at = known(context, given?.at);
    const verdict = given === undefined ? undefined : given.verdict === 'pending' || at !== undefined ? given.verdict : undefined;
    const evidence = { editorialVerdict: verdict ?? null, verdictAt: at?.text ?? null };
    const fr = context.fr;
    if (verdict === 'rejected') {
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
    }
    // Known with an instant and not rejected: approved.
    if (at !== undefined && at.at <= due.at) {
      return {
        status: 'met',
        evidence,
        message: fr
          ? 'La rédaction juge la qualité éditoriale compatible avec notre ligne de contenus.'
          : "The editors judge the event's editorial quality and fit with the platform's content lines.",
      };
    }
    if (passed) {
      // Approved after the deadline (a verdict known by `asOf` and later than the deadline means it
      // passed), or no verdict by then: the platform could not promote the event in time.
      const approvedOn = at === undefined ? undefined : said(at.text);
      return {
        status: 'unmet',
        evidence,
        message: fr
          ? approvedOn === undefined
            ? `La rédaction n'a pas rendu son avis éditorial à temps (avant le ${due.fr}).`
            : `La rédaction a approuvé l'événement le ${approvedOn}, après l'échéance du ${due.fr} : trop tard pour le promouvoir.`
          : approvedOn === undefined
            ? `The editors gave no verdict in time (due by ${due.en}).`
            : `The editors approved the event on ${approvedOn}, after the verdict was due (${due.en}): too late to promote it.`,
        remedy: remedy(
          'editorial_verdict_late',
          `The editors' verdict was due by ${due.en}, before the platform promotes the event: that came too late for this date; ask for the next edition or a later date, with the programme sent to the editors early.`,
          `L'avis de la rédaction était attendu avant le ${due.fr}, avant que la plateforme promeuve l'événement : c'est trop tard pour cette date ; proposez l'édition suivante ou une date plus lointaine, en transmettant tôt le programme à la rédaction.`,
        ),
      };
    }
    if (verdict === 'pending') {
      return {
        status: 'pending',
        evidence,
        message: fr
          ? `La rédaction n'a pas encore rendu son avis éditorial ; avis attendu avant le ${due.fr}.`
          : `The editors have not given their verdict yet; due by ${due.en}.`,
        remedy: remedy(
          'editorial_fit_pending',
          `Send the editors the programme and speakers so they can judge the event's editorial fit by ${due.en}.`,
          `Transmettez à la rédaction le programme et les intervenants pour qu'elle juge la compatibilité éditoriale avant le ${due.fr}.`,
          due,
        ),
      };
    }
    return {
      status: 'unknown',
      evidence,
      message: fr
        ? `Aucun avis éditorial n'a été demandé ; avis attendu avant le ${due.fr}.`
        : `No editorial verdict was asked for; due by ${due.en}.`,
      remedy: remedy(
        'editorial_fit_unknown',
        `Ask the platform's editors for their verdict on the event's editorial quality and fit, due by ${due.en}.`,
        `Demandez à la rédaction de la plateforme son avis sur la qualité éditoriale et la compatibilité de l'événement, attendu avant le ${due.fr}.`,
        due,
      ),
    };
  },
};
