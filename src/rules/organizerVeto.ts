import { remedy, said } from './_helpers.js';
import type { Outcome, RuleLogic } from './types.js';

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
  defaultKind: 'blocking',
  scope: 'sponsor',
  deadline: 'sponsorLeadDays',
  parameters: ['sponsorLeadDays'],
  evaluate(context) {
    const fr = context.fr;
    return context.request.sponsors.map((sponsor): Outcome => {
      const evidence = { sponsorId: sponsor.id, status: sponsor.status };
      // In sentences the id is said (escaped, cut); in `sponsorId` and evidence it is as given.
      const id = said(sponsor.id);
      switch (sponsor.status) {
        case 'accepted':
          return {
            sponsorId: sponsor.id,
            status: 'met',
            evidence,
            message: fr ? `L'organisateur a accepté le sponsor ${id}.` : `The organizer accepted sponsor ${id}.`,
          };
        case 'withdrawn':
          return {
            sponsorId: sponsor.id,
            status: 'met',
            evidence,
            message: fr ? `Le sponsor ${id} s'est retiré ; aucun veto.` : `Sponsor ${id} withdrew; no veto.`,
          };
        case 'proposed':
          return {
            sponsorId: sponsor.id,
            status: 'pending',
            evidence,
            message: fr
              ? `Le sponsor ${id} attend l'accord ou le veto de l'organisateur.`
              : `Sponsor ${id} awaits the organizer's acceptance or veto.`,
            remedy: remedy(
              'sponsor_awaiting_organizer',
              `Accept sponsor ${id}, or veto it if it does not suit your criteria.`,
              `Acceptez le sponsor ${id}, ou émettez un veto s'il ne convient pas selon vos critères.`,
            ),
          };
        case 'vetoed':
          return {
            sponsorId: sponsor.id,
            status: 'unmet',
            evidence,
            message: fr
              ? `L'organisateur a émis un veto sur le sponsor ${id} : il ne sera jamais associé.`
              : `The organizer vetoed sponsor ${id}: it is never attached.`,
            remedy: remedy(
              'sponsor_vetoed',
              `Sponsor ${id} is vetoed and will not be attached: let the platform propose another capture sponsor.`,
              `Le sponsor ${id} fait l'objet d'un veto et ne sera pas associé : laissez la plateforme proposer un autre sponsor de captation.`,
            ),
          };
      }
    });
  },
};
