import { advise, refs } from './_helpers.js';
import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

// Seed § 6.3: « Ne se créent pas bien en amont des profils complets sur cette plateforme » ; § 8 :
// « que les personnes filmées se soient préalablement créées un compte sur notre plateforme ».
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Nous ne filmons pas d'événements dont les speakers ou conférenciers : […] Ne se créent pas bien en amont des profils complets sur cette plateforme";

/**
 * C6.3 `speaker-profiles-complete`: every filmed speaker has a platform account whose profile became
 * complete at least `profileLeadDays` before the start ("bien en amont", like C6.1 and C6.2). A
 * profile completed after the deadline is unmet (too late); one not complete yet (or completed after
 * `asOf`), or with no account, is pending until that deadline, then unmet. A speaker id with no
 * speaker record counts as having no account.
 */
export const speakerProfilesComplete: RuleLogic = {
  id: 'C6.3',
  name: 'speaker-profiles-complete',
  clause: '§ 6.3 / § 8',
  defaultKind: DEFAULT_RULE_KINDS['C6.3'],
  scope: 'event',
  deadline: 'profileLeadDays',
  parameters: ['profileLeadDays'],
  evaluate(context) {
    const n = context.filmedSpeakers.length;
    const due = context.due(context.policy.parameters.profileLeadDays);
    const passed = context.asOf > due.at;
    const noAccount: string[] = [];
    const incomplete: string[] = [];
    const late: string[] = [];
    for (const filmed of context.filmedSpeakers) {
      // Read once per request; a date after `asOf` has not happened yet.
      const completed = filmed.profileCompletedAt;
      if (filmed.speaker?.platformAccount === undefined) noAccount.push(filmed.id);
      else if (completed === undefined || completed > context.asOf) incomplete.push(filmed.id);
      else if (completed > due.at) late.push(filmed.id);
    }
    noAccount.sort();
    incomplete.sort();
    late.sort();
    const evidence = { filmedSpeakers: n, noAccount, incomplete, late };
    const open = [...noAccount, ...incomplete].sort();
    if (open.length === 0 && late.length === 0) return { status: 'met', evidence, message: say('C6.3.met', { n }) };
    // A profile completed after the deadline and known at `asOf` means the deadline has passed.
    if (!passed) {
      const speakers = refs(context, open);
      return {
        status: 'pending',
        evidence,
        message: say('C6.3.pending', { speakers, due }),
        remedy: advise('profile_incomplete', say('C6.3.remedy.profile_incomplete', { speakers, due }), due),
      };
    }
    const speakers = refs(context, [...late, ...open].sort());
    return {
      status: 'unmet',
      evidence,
      message: say('C6.3.unmet', { speakers, due }),
      remedy: advise('profile_incomplete_late', say('C6.3.remedy.profile_incomplete_late', { speakers, due })),
    };
  },
};
