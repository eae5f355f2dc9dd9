import { remedy } from './_helpers.js';
import type { RuleLogic } from './types.js';

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
  defaultKind: 'blocking',
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
        message: context.fr
          ? `L'organisateur s'engage à ${total} action${total > 1 ? 's' : ''} de promotion (liens, twitts, billets de blog).`
          : `The organizer commits to ${total} promotion action${total === 1 ? '' : 's'} (links, tweets, blog posts).`,
      };
    }
    return {
      status: 'unmet',
      evidence,
      message: context.fr
        ? `Une prestation gratuite ou semi-gratuite implique un investissement intellectuel symbolique : ${total} action${total > 1 ? 's' : ''} de promotion sur ${required} au moins.`
        : `A free or semi-free deal carries a symbolic promotion effort: ${total} promotion action${total === 1 ? '' : 's'}, at least ${required} expected.`,
      remedy: remedy(
        'promotion_effort_missing',
        `Commit to at least ${required} promotion action${required === 1 ? '' : 's'}: exchanged links, tweets or blog posts about the event and its coverage.`,
        `Engagez-vous à au moins ${required} action${required > 1 ? 's' : ''} de promotion : liens échangés, twitts ou billets de blog sur l'événement et sa captation.`,
      ),
    };
  },
};
