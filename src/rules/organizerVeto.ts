import { remedy, shown } from './_helpers.js';
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
  modes: ['partnership'],
  evaluate(context) {
    const fr = context.fr;
    return context.request.sponsors.map(({ id: raw, status }): Outcome => {
      const sponsor = { id: shown(raw), status };
      const evidence = { sponsorId: sponsor.id, status: sponsor.status };
      switch (sponsor.status) {
        case 'accepted':
          return {
            sponsorId: sponsor.id,
            status: 'met',
            evidence,
            message: fr ? `L'organisateur a accepté le sponsor ${sponsor.id}.` : `The organizer accepted sponsor ${sponsor.id}.`,
          };
        case 'withdrawn':
          return {
            sponsorId: sponsor.id,
            status: 'met',
            evidence,
            message: fr ? `Le sponsor ${sponsor.id} s'est retiré ; aucun veto.` : `Sponsor ${sponsor.id} withdrew; no veto.`,
          };
        case 'proposed':
          return {
            sponsorId: sponsor.id,
            status: 'pending',
            evidence,
            message: fr
              ? `Le sponsor ${sponsor.id} attend l'accord ou le veto de l'organisateur.`
              : `Sponsor ${sponsor.id} awaits the organizer's acceptance or veto.`,
            remedy: remedy(
              'sponsor_awaiting_organizer',
              `Accept sponsor ${sponsor.id}, or veto it if it does not suit your criteria.`,
              `Acceptez le sponsor ${sponsor.id}, ou émettez un veto s'il ne convient pas selon vos critères.`,
            ),
          };
        case 'vetoed':
          return {
            sponsorId: sponsor.id,
            status: 'unmet',
            evidence,
            message: fr
              ? `L'organisateur a émis un veto sur le sponsor ${sponsor.id} : il ne sera jamais associé.`
              : `The organizer vetoed sponsor ${sponsor.id}: it is never attached.`,
            remedy: remedy(
              'sponsor_vetoed',
              `Sponsor ${sponsor.id} is vetoed and will not be attached: let the platform propose another capture sponsor.`,
              `Le sponsor ${sponsor.id} fait l'objet d'un veto et ne sera pas associé : laissez la plateforme proposer un autre sponsor de captation.`,
            ),
          };
      }
    });
  },
};
