import { advise } from './_helpers.js';
import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

// Seed, overview: « Une prestation gratuite ou semi-gratuite impliquera en outre un investissement
// intellectuel symbolique sous forme de liens échangés, twitts, billets de blog pour se joindre à
// l'effort que nous faisons de notre côté. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Une prestation gratuite ou semi-gratuite impliquera en outre un investissement intellectuel symbolique sous forme de liens échangés, twitts, billets de blog pour se joindre à l'effort que nous faisons de notre côté.";

/**
 * C0 `symbolic-promotion`: a free or semi-free deal carries the organizer's promotion effort
 * (links, tweets, blog posts): at least `minPromotionActions` of them committed.
 */
export const symbolicPromotion: RuleLogic = {
  id: 'C0',
  name: 'symbolic-promotion',
  clause: 'overview',
  defaultKind: DEFAULT_RULE_KINDS.C0,
  scope: 'event',
  deadline: 'contractLeadDays',
  parameters: ['contractLeadDays', 'minPromotionActions'],
  evaluate(context) {
    const { links, tweets, blogPosts } = context.request.partner.commitments.promotion;
    const required = context.policy.parameters.minPromotionActions;
    const total = links + tweets + blogPosts;
    const evidence = { links, tweets, blogPosts, required };
    if (total >= required) {
      return {
        status: 'met',
        evidence,
        message: say('C0.met', { total }),
      };
    }
    return {
      status: 'unmet',
      evidence,
      message: say('C0.unmet', { total, required }),
      remedy: advise('promotion_effort_missing', say('C0.remedy.promotion_effort_missing', { required })),
    };
  },
};
