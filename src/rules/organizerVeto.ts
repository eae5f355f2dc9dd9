import { advise } from './_helpers.js';
import { say } from './messages.js';
import type { Outcome, RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

// Seed § 2.3: « Vous pouvez émettre un veto si nous proposons un sponsor qui ne convient pas selon vos critères ».
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED = 'Vous pouvez émettre un veto si nous proposons un sponsor qui ne convient pas selon vos critères;';

/**
 * C2.3 `organizer-veto`, per capture sponsor: accepted is met; proposed is pending (the organizer
 * has not answered); vetoed is unmet and that sponsor is never attached; withdrawn is met (no veto;
 * the sponsor is unusable because it withdrew). The event stays eligible either way.
 */
export const organizerVeto: RuleLogic = {
  id: 'C2.3',
  name: 'organizer-veto',
  clause: '§ 2.3',
  defaultKind: DEFAULT_RULE_KINDS['C2.3'],
  scope: 'sponsor',
  deadline: 'sponsorLeadDays',
  parameters: ['sponsorLeadDays'],
  evaluate(context) {
    return context.request.sponsors.map((sponsor): Outcome => {
      const evidence = { sponsorId: sponsor.id, status: sponsor.status };
      const params = { sponsor: sponsor.id };
      switch (sponsor.status) {
        case 'accepted':
          return {
            sponsorId: sponsor.id,
            status: 'met',
            evidence,
            message: say('C2.3.met.accepted', params),
          };
        case 'withdrawn':
          return {
            sponsorId: sponsor.id,
            status: 'met',
            evidence,
            message: say('C2.3.met.withdrawn', params),
          };
        case 'proposed':
          return {
            sponsorId: sponsor.id,
            status: 'pending',
            evidence,
            message: say('C2.3.pending', params),
            remedy: advise('sponsor_awaiting_organizer', say('C2.3.remedy.sponsor_awaiting_organizer', params)),
          };
        case 'vetoed':
          return {
            sponsorId: sponsor.id,
            status: 'unmet',
            evidence,
            message: say('C2.3.unmet', params),
            remedy: advise('sponsor_vetoed', say('C2.3.remedy.sponsor_vetoed', params)),
          };
      }
    });
  },
};
