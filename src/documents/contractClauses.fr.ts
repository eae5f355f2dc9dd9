// Les clauses du contrat cadre-type en français, écrites d'après les conditions publiées de la
// plateforme (le seed, § 1 à § 11 et son survol) ; chaque article suit la condition qu'il met en œuvre.
import type { ContractFacts, SessionLine, StreamTerms } from './_contractFacts.js';
import type { ContractClauses, Section } from './_contractTypes.js';
import type { AudioFeed, Use } from '../models/event.js';

const USE: Readonly<Record<Use, string>> = { live: 'diffusion en direct', on_demand: 'vidéo à la demande', dvd: 'DVD', clip: 'clip post-événement' };

const FEED: Readonly<Record<AudioFeed, string>> = {
  xlr: 'un câble audio XLR professionnel',
  line: 'une sortie analogique au niveau ligne',
  digital: 'un flux numérique (AES67 ou Dante, par exemple)',
  none: 'un signal professionnel (aucun n’est encore prévu)',
};

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]!}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n <= 1 ? one : many}`;
}

function session(s: SessionLine): string {
  return `${s.title === undefined ? s.id : `${s.title} (${s.id})`}, ${s.when} : ${list(s.uses.map((u) => USE[u]))}`;
}

function counts(terms: StreamTerms): string {
  return terms.countsTowardBreakeven
    ? 'Ce revenu couvre d’abord le point mort, avec l’apport des sponsors, dans l’ordre des encaissements ; seul ce qui dépasse le point mort est partagé.'
    : 'Ce revenu ne compte pas pour le point mort : il est partagé dès la première unité encaissée.';
}

function streamSection(heading: string, what: string): (f: ContractFacts, terms: StreamTerms) => Section {
  return (_f, terms) => ({
    heading,
    paragraphs: [what, `De ce revenu, l’organisateur reçoit ${terms.organizerShare} et la plateforme ${terms.platformShare}. ${counts(terms)}`],
  });
}

/** Les clauses du contrat cadre-type en français. @internal */
export const contractClausesFr: ContractClauses = {
  title: 'Contrat de partenariat pour la captation d’un événement',
  subtitle: (f) => `${f.eventTitle} · ${f.eventWhen} (${f.offset})${f.contractId === undefined ? '' : ` · contrat ${f.contractId}`} · demande ${f.requestId}`,
  preamble: (f) => [
    `Projet soumis à signature. Ce contrat n’engage ${f.platform} et ${f.organizer} qu’une fois signé par les deux parties ; jusque-là, c’est un projet, non un accord.`,
  ],
  parties: (f) => ({
    heading: 'Parties et objet',
    paragraphs: [
      `Le présent contrat est conclu entre ${f.platform}, la web TV qui filme et diffuse l’événement (« la plateforme »), et ${f.organizer}, organisateur de l’événement (« l’organisateur »).`,
      'Il a pour objet la captation de l’événement par la plateforme en mode partenariat, sa diffusion en direct et à la demande, et le partage des revenus qu’elle apporte, selon les articles qui suivent.',
    ],
  }),
  event: (f) => ({
    heading: 'L’événement et sa captation',
    paragraphs: [
      `L’événement, ${f.eventTitle} (${f.eventId}), a lieu ${f.multiDay ? '' : 'le '}${f.eventWhen} (heures en ${f.offset}). Lieu : ${f.venue}, ${f.city}. La plateforme le filme avec ${count(f.cameras, 'caméra', 'caméras')}.`,
      f.plenaries.length === 0
        ? 'Aucune conférence plénière n’est encore prévue à la captation ; les parties les ajouteront au présent contrat avant l’événement.'
        : `Le partenariat couvre les conférences plénières : ${f.plenaries.map(session).join(' ; ')}.`,
      ...(f.workshops.length > 0 && !f.streams.some(([s]) => s === 'workshop')
        ? [`Les ateliers suivants ne sont pas couverts par le présent contrat, qui ne comporte pas de clause d’atelier payant : ${f.workshops.map((w) => w.id).join(', ')}.`]
        : []),
    ],
  }),
  soleCrew: () => ({
    heading: 'Seule équipe de tournage',
    paragraphs: [
      'La plateforme est la seule équipe de tournage de l’événement. L’organisateur n’admet aucune autre équipe pour filmer les sessions couvertes par le présent contrat : la plateforme n’est pas partenaire d’un événement qu’elle ne filme pas.',
    ],
  }),
  breakeven: (f) => ({
    heading: 'Point mort et partage de l’apport des sponsors',
    paragraphs: [
      'L’organisateur n’a pas de budget pour la captation : la plateforme recherche pour lui un sponsor de la captation. La captation n’est jamais une gratuité absolue : l’organisateur y prend sa part par les engagements du présent contrat.',
      `Le point mort de l’opération, fixé au préalable par les parties selon le dispositif (caméras, équipe, jours, déplacements, post-production), est de ${f.breakeven}. C’est un montant convenu, non une facture.`,
      `L’apport des sponsors couvre d’abord le point mort et revient à la plateforme. Ce qui est encaissé au-delà du point mort est partagé : ${f.share.organizerShare} pour l’organisateur et ${f.share.platformShare} pour la plateforme. Lorsque plusieurs sponsors paient, à des dates différentes, le point mort n’est couvert qu’une fois, en cumul, dans l’ordre des encaissements.`,
      ...(f.example === undefined
        ? []
        : [`Par exemple, un apport des sponsors de ${f.example.received} au total couvre le point mort et laisse ${f.example.surplus} au-delà, dont l’organisateur reçoit ${f.example.organizer} ; la plateforme reçoit ${f.example.platform} au total.`]),
      'Si aucun sponsor acceptable ne se présente, la plateforme filme malgré tout l’événement et assume le point mort non couvert comme son risque de producteur. L’organisateur ne doit rien à ce titre.',
    ],
  }),
  sponsors: (f) => ({
    heading: 'Sponsors de la captation et veto de l’organisateur',
    paragraphs: [
      'Un sponsor de la captation ne devient pas pour autant sponsor de l’événement, et la plateforme n’en propose aucun qui soit en conflit avec les partenaires de l’événement.' +
        (f.exclusives.length === 0 ? '' : ` En particulier, elle ne propose aucun sponsor d’une catégorie que l’un d’eux détient en exclusivité : ${f.exclusives.map((e) => `${e.category} (${e.sponsor})`).join(', ')}.`),
      'La plateforme soumet à l’organisateur chaque sponsor qu’elle propose ; l’organisateur peut y opposer son veto, par écrit, selon ses propres critères. Un sponsor refusé n’est jamais associé à l’événement.',
    ],
  }),
  stream: {
    pay_per_view: streamSection('Diffusion en pay-per-view', 'Certaines conférences peuvent être diffusées en pay-per-view. Le revenu de ces diffusions est partagé comme suit.'),
    dvd: streamSection('Commandes de DVD', 'Les participants et les intervenants peuvent commander le DVD des interventions. Le revenu de ces commandes est partagé comme suit.'),
    workshop: (f, terms) =>
      streamSection(
        'Captation payante des ateliers commerciaux',
        `Le partenariat ne couvre que les conférences plénières : la captation des ateliers commerciaux est payée par les sociétés qui la demandent${f.workshops.length === 0 ? '' : ` (ici : ${f.workshops.map(session).join(' ; ')})`}. Le revenu de cette captation payante est partagé comme suit.`,
      )(f, terms),
  },
  speakers: (f) => ({
    heading: 'Intervenants et droit à l’image',
    paragraphs: [
      `L’organisateur veille à ce que chaque intervenant filmé${f.speakers.length === 0 ? '' : ` (${list(f.speakers)})`} sache bien en amont qu’il est filmé, et se crée bien avant l’événement un profil complet sur la plateforme, afin que chaque vidéo nomme qui y prend la parole.`,
      `Le présent contrat est conditionné à la signature préalable, par chaque intervenant filmé, d’une autorisation de cession de droit à l’image et de diffusion couvrant ces usages : ${list(f.uses.map((u) => USE[u]))}. Un intervenant qui refuse ou retire son autorisation n’est pas filmé.`,
      ...(f.speakerEmails ? ['L’organisateur fournit à la plateforme au moins les adresses électroniques des intervenants, afin qu’elle puisse leur expliquer la nécessité d’un compte ; la plateforme ne les cède jamais à des tiers.'] : []),
      ...(f.onlineConversation ? ['Les intervenants poursuivent la conversation en ligne après l’événement, en répondant aux questions que les membres de la plateforme posent sous leurs vidéos.'] : []),
    ],
  }),
  venue: (f) => ({
    heading: 'Lieu et lumière',
    paragraphs: [
      `La plateforme effectue un repérage du lieu (${f.venue}) avant l’événement. Si les images risquent d’être sombres ou mal éclairées, la plateforme ne filme pas, et le présent contrat prend fin sans frais pour aucune des parties.`,
      ...(f.lightingAdvice || f.stagingAdvice
        ? [`L’organisateur a demandé l’avis de la plateforme sur ${list([...(f.lightingAdvice ? ['la gestion de la lumière'] : []), ...(f.stagingAdvice ? ['la scénarisation des prises de parole'] : [])])}, et le suit autant que le lieu le permet.`]
        : []),
    ],
  }),
  audio: (f) => ({
    heading: 'Son',
    paragraphs: [
      `L’organisateur gère la sonorisation de la salle et fournit ${FEED[f.audioFeed ?? 'none']} depuis sa régie jusqu’à la régie ou aux caméras de la plateforme. La plateforme ne sonorise pas les salles, et des conférences inaudibles ne sont pas une option.`,
    ],
  }),
  credit: (f) => ({
    heading: 'Crédit de partenaire média',
    paragraphs: [
      f.mediaPartnerCredit
        ? `L’organisateur crédite ${f.platform} comme partenaire média, de façon visible, sur le site de l’événement et dans sa communication.`
        : `L’organisateur est invité à créditer ${f.platform} comme partenaire média, de façon visible, sur le site de l’événement.`,
    ],
  }),
  clip: (f) => ({
    heading: 'Clip post-événement',
    paragraphs: f.clipPlanned
      ? [
          'La plateforme réalise un court reportage de l’événement, son logo dans l’image, offert aux participants et aux intervenants ; l’organisateur peut le réutiliser pour présenter l’édition suivante.',
          f.postEventMailing
            ? 'L’organisateur diffuse ce clip dans son mailing post-événement aux participants et aux intervenants.'
            : 'L’organisateur est invité à diffuser ce clip dans son mailing post-événement aux participants et aux intervenants.',
        ]
      : ['Aucun clip post-événement n’est prévu pour cet événement ; la plateforme propose toujours d’en réaliser un.'],
  }),
  promotion: (f) => {
    const p = f.promotion;
    const actions = [
      ...(p.links > 0 ? [count(p.links, 'lien échangé', 'liens échangés')] : []),
      ...(p.tweets > 0 ? [count(p.tweets, 'tweet', 'tweets')] : []),
      ...(p.blogPosts > 0 ? [count(p.blogPosts, 'billet de blog', 'billets de blog')] : []),
    ];
    return {
      heading: 'Promotion',
      paragraphs: [
        'La plateforme fait la promotion de l’événement en amont sur son site et, s’il y a lieu, sur son réseau, et aide l’organisateur à attirer du public.',
        actions.length === 0
          ? 'En contrepartie d’une captation qui ne lui coûte rien ou presque, l’organisateur se joint à cet effort par des liens échangés, des tweets et des billets de blog, en nombres que les parties inscriront ici avant la signature.'
          : `En contrepartie d’une captation qui ne lui coûte rien ou presque, l’organisateur se joint à cet effort par au moins : ${list(actions)}.`,
      ],
    };
  },
  signature: () => ({
    heading: 'Signature',
    paragraphs: ['Le présent contrat est signé par les deux parties avant l’événement. Chaque partie en conserve un exemplaire signé.'],
  }),
  roles: { platform: 'Pour la plateforme', organizer: 'Pour l’organisateur' },
  signedOn: (date) => `Signé le ${date}`,
  unsigned: 'Date et signature :',
};
