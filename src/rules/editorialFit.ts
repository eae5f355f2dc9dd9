import { advise, known } from './_helpers.js';
import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

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
  defaultKind: DEFAULT_RULE_KINDS.C4,
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
    if (verdict === 'rejected') {
      return {
        status: 'unmet',
        evidence,
        message: say('C4.unmet.rejected', {}),
        remedy: advise('editorial_fit_rejected', say('C4.remedy.editorial_fit_rejected', {})),
      };
    }
    // Known with an instant and not rejected: approved.
    if (at !== undefined && at.at <= due.at) {
      return {
        status: 'met',
        evidence,
        message: say('C4.met', {}),
      };
    }
    if (passed) {
      // Approved after the deadline (a verdict known by `asOf` and later than the deadline means it
      // passed), or no verdict by then: the platform could not promote the event in time.
      return {
        status: 'unmet',
        evidence,
        message: at === undefined ? say('C4.unmet.no_verdict', { due }) : say('C4.unmet.approved_late', { approvedOn: at.text, due }),
        remedy: advise('editorial_verdict_late', say('C4.remedy.editorial_verdict_late', { due })),
      };
    }
    if (verdict === 'pending') {
      return {
        status: 'pending',
        evidence,
        message: say('C4.pending', { due }),
        remedy: advise('editorial_fit_pending', say('C4.remedy.editorial_fit_pending', { due }), due),
      };
    }
    return {
      status: 'unknown',
      evidence,
      message: say('C4.unknown', { due }),
      remedy: advise('editorial_fit_unknown', say('C4.remedy.editorial_fit_unknown', { due }), due),
    };
  },
};
