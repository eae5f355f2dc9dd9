import type { Catalogue } from '../messages.js';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Les mots français des constats et des remèdes, par code de message (voir `MessageParams` pour les
 * paramètres de chaque code).
 */
export const fr: Catalogue = {
  locale: 'fr',
  more: (n, f) => `et ${n} ${f.plural(n, { one: 'autre', other: 'autres' })}`,
  // « 1er » pour le premier du mois, « 9 h 00 » comme l'écrit le français.
  date: (t) => `${t.day === 1 ? '1er' : t.day} ${t.monthName} ${t.year}, ${t.hour} h ${pad2(t.minute)}${t.second === 0 ? '' : ` ${pad2(t.second)} s`}, heure de l'événement`,
  messages: {
    'engine.too_late': (p, f) => `Trop tard : c'était attendu avant le ${f.date(p.due)}.`,
    'engine.remedy.too_late': (p, f) =>
      `Ceci n'a pas pu être confirmé à temps : c'était attendu avant le ${f.date(p.due)}, ${f.count(p.days, { one: 'jour', other: 'jours' })} avant l'événement. Ce n'est plus possible pour cet événement.`,
    // ---- C0 to C5 (rules of the first half) ----
    'C0.met': (p, f) => `L'organisateur s'engage à ${f.count(p.total, { one: 'action', other: 'actions' })} de promotion (liens, twitts, billets de blog).`,
    'C0.unmet': (p, f) =>
      `Une prestation gratuite ou semi-gratuite implique un investissement intellectuel symbolique : ${f.count(p.total, { one: 'action', other: 'actions' })} de promotion sur ${p.required} au moins.`,
    'C0.remedy.promotion_effort_missing': (p, f) =>
      `Engagez-vous à au moins ${f.count(p.required, { one: 'action', other: 'actions' })} de promotion : liens échangés, twitts ou billets de blog sur l'événement et sa captation.`,
    'NB.met': (p, f) =>
      `Le dispositif reste simple (${f.count(p.cameras, { one: 'caméra', other: 'caméras' })}, ${f.count(p.days, { one: 'jour', other: 'jours' })}) : au plus ${f.count(p.maxCameras, { one: 'caméra', other: 'caméras' })} et ${f.count(p.maxDays, { one: 'jour', other: 'jours' })} en partenariat.`,
    'NB.unmet': (p, f) =>
      `Les dispositifs de partenariat ne doivent pas exiger un « set up » trop complexe : ${[
        p.cameras === undefined ? '' : `${f.count(p.cameras, { one: 'caméra', other: 'caméras' })} là où un partenariat en prend au plus ${p.maxCameras}`,
        p.days === undefined ? '' : `${f.count(p.days, { one: 'jour', other: 'jours' })} là où un partenariat en prend au plus ${p.maxDays}`,
      ].filter((part) => part !== '').join(' et ')}.`,
    'NB.remedy.setup_too_complex': (p, f) =>
      `Allégez le dispositif (${[
        p.maxCameras === undefined ? '' : `filmez avec au plus ${f.count(p.maxCameras, { one: 'caméra', other: 'caméras' })}`,
        p.maxDays === undefined ? '' : `demandez la captation sur au plus ${f.count(p.maxDays, { one: 'jour', other: 'jours' })}`,
      ].filter((part) => part !== '').join(' et ')}), ou achetez la captation en tant que client : un dispositif plus lourd ne se filme pas en partenariat.`,
    'C1.met': () => 'Nous sommes la seule équipe de tournage.',
    'C1.unmet': (p, f) => `Nous ne sommes pas partenaires d'événements que nous ne filmons pas : autre équipe de tournage présente (${f.list(p.crews)}).`,
    'C1.remedy.other_film_crew': (p, f) => `Faites de la plateforme la seule équipe de tournage de l'événement (présentes : ${f.list(p.crews)}), ou achetez la captation comme prestation.`,
    'C2.met': (p) => `Démarche commerciale convenue : point mort de ${p.amount} ${p.currency}, part de l'organisateur ${p.share} au-delà.`,
    'C2.pending.no_contract': (p, f) => `Aucune démarche commerciale convenue : ni point mort ni partage fixés (à fixer avant le ${f.date(p.due)}).`,
    'C2.pending.draft': (p, f) =>
      `Aucune démarche commerciale convenue : le contrat n'est pas signé par les deux parties, et un projet n'est pas un accord (à fixer avant le ${f.date(p.due)}).`,
    'C2.unmet.no_contract': () => 'Aucune démarche commerciale convenue : ni point mort ni partage fixés.',
    'C2.unmet.draft': () => "Aucune démarche commerciale convenue : le contrat n'est pas signé par les deux parties, et un projet n'est pas un accord.",
    'C2.remedy.funding_not_agreed': (p, f) =>
      `Mettez-vous d'accord sur la démarche commerciale dans un contrat signé par les deux parties : la plateforme cherche le sponsor, le point mort et votre part étant fixés avant l'événement${p.due === undefined ? '' : ` (avant le ${f.date(p.due)})`}.`,
    'C2.unmet.breakeven_zero': () => 'Pas de gratuité absolue : nous ne pratiquons plus les partenariats 100% gratuits (point mort à zéro).',
    'C2.remedy.breakeven_zero': () => 'Fixez dans le contrat un point mort supérieur à zéro : symbolique, il couvre au moins les coûts fondamentaux.',
    'C2.2.met': (p) => `Le sponsor ${p.sponsor} n'entre en conflit avec aucun partenaire de l'événement.`,
    'C2.2.unmet': (p, f) => `Le sponsor ${p.sponsor} (secteur ${p.sector}) entre en conflit d'intérêts avec l'exclusivité de ${f.list(p.holders)} : il ne peut pas être associé.`,
    'C2.2.remedy.sponsor_exclusivity_conflict': (p, f) =>
      `Proposez un sponsor de captation hors du secteur ${p.sector}, réservé à ${f.list(p.holders)} ; l'événement reste éligible sans ${p.sponsor}.`,
    'C2.3.met.accepted': (p) => `L'organisateur a accepté le sponsor ${p.sponsor}.`,
    'C2.3.met.withdrawn': (p) => `Le sponsor ${p.sponsor} s'est retiré ; aucun veto.`,
    'C2.3.pending': (p) => `Le sponsor ${p.sponsor} attend l'accord ou le veto de l'organisateur.`,
    'C2.3.remedy.sponsor_awaiting_organizer': (p) => `Acceptez le sponsor ${p.sponsor}, ou émettez un veto s'il ne convient pas selon vos critères.`,
    'C2.3.unmet': (p) => `L'organisateur a émis un veto sur le sponsor ${p.sponsor} : il ne sera jamais associé.`,
    'C2.3.remedy.sponsor_vetoed': (p) => `Le sponsor ${p.sponsor} fait l'objet d'un veto et ne sera pas associé : laissez la plateforme proposer un autre sponsor de captation.`,
    'C2.5.met': (p, f) =>
      p.usable === 0
        ? "Aucun sponsor acceptable pour l'instant : nous assumons quand même le tournage (risque de producteur)."
        : `${f.count(p.usable, { one: 'sponsor de captation utilisable', other: 'sponsors de captation utilisables' })}.`,
    'C3.unknown': () => "Disponibilité des équipes de production inconnue : aucun planning n'a été fourni.",
    'C3.remedy.crew_availability_unknown': () => "Vérifiez le planning des équipes de la plateforme pour les dates de l'événement (findAvailableCrews) et réévaluez avec lui.",
    'C3.met': (p, f) => `Une équipe de production est disponible sur la date proposée (${f.list(p.crews)}).`,
    'C3.unmet': (p, f) => `Aucune de nos équipes de production n'est disponible : trop d'événements se chevauchent (${f.list(p.events)}).`,
    'C3.remedy.no_crew_available': () => "Proposez d'autres dates, où l'une des équipes de production de la plateforme est libre pour tout l'événement.",
    'C4.met': () => 'La rédaction juge la qualité éditoriale compatible avec notre ligne de contenus.',
    'C4.unmet.rejected': () => "La rédaction juge l'événement incompatible avec notre ligne de contenus et l'ADN de notre communauté.",
    'C4.remedy.editorial_fit_rejected': () => 'Retravaillez le programme selon la ligne de contenus de la plateforme et demandez à la rédaction de le réexaminer.',
    'C4.unmet.no_verdict': (p, f) => `La rédaction n'a pas rendu son avis éditorial à temps (avant le ${f.date(p.due)}).`,
    'C4.unmet.approved_late': (p, f) => `La rédaction a approuvé l'événement le ${p.approvedOn}, après l'échéance du ${f.date(p.due)} : trop tard pour le promouvoir.`,
    'C4.remedy.editorial_verdict_late': (p, f) =>
      `L'avis de la rédaction était attendu avant le ${f.date(p.due)}, avant que la plateforme promeuve l'événement : c'est trop tard pour cette date ; proposez l'édition suivante ou une date plus lointaine, en transmettant tôt le programme à la rédaction.`,
    'C4.pending': (p, f) => `La rédaction n'a pas encore rendu son avis éditorial ; avis attendu avant le ${f.date(p.due)}.`,
    'C4.remedy.editorial_fit_pending': (p, f) => `Transmettez à la rédaction le programme et les intervenants pour qu'elle juge la compatibilité éditoriale avant le ${f.date(p.due)}.`,
    'C4.unknown': (p, f) => `Aucun avis éditorial n'a été demandé ; avis attendu avant le ${f.date(p.due)}.`,
    'C4.remedy.editorial_fit_unknown': (p, f) =>
      `Demandez à la rédaction de la plateforme son avis sur la qualité éditoriale et la compatibilité de l'événement, attendu avant le ${f.date(p.due)}.`,
    'C5.met': (p) => `Le lieu (${p.venue}) est repéré et sa lumière donne des images exploitables.`,
    'C5.unmet.badly_lit': () => "Le repérage montre un risque d'images poisseuses, mal éclairées : alors on ne filme pas.",
    'C5.remedy.venue_badly_lit': () => 'Éclairez la scène (ou choisissez une salle mieux éclairée) et demandez à la plateforme un nouveau repérage.',
    'C5.unmet.not_scouted': (p, f) => `Le repérage du lieu (${p.venue}) et de sa lumière n'a pas été fait à temps (avant le ${f.date(p.due)}).`,
    'C5.unmet.scouted_late': (p, f) => `Le lieu (${p.venue}) a été repéré le ${p.scoutedOn}, après l'échéance du ${f.date(p.due)} : trop tard.`,
    'C5.unmet.light_late': (p, f) => `Le lieu (${p.venue}) est repéré mais la qualité de sa lumière n'a pas été notée à temps (avant le ${f.date(p.due)}).`,
    'C5.remedy.venue_scouted_late': (p, f) =>
      `Le repérage était attendu avant le ${f.date(p.due)}, avant que l'équipe engage son matériel : c'est trop tard pour cette date ; proposez une date plus lointaine et laissez la plateforme voir le lieu tôt.`,
    'C5.pending': (p, f) => `Le lieu (${p.venue}) n'a pas encore été repéré ; repérage attendu avant le ${f.date(p.due)}.`,
    'C5.remedy.venue_not_scouted': (p, f) => `Permettez à la plateforme de jeter un coup d'œil sur le lieu et sa lumière avant le ${f.date(p.due)}.`,
    'C5.unknown': (p, f) => `Le lieu est repéré mais la qualité de la lumière n'est pas notée ; attendue avant le ${f.date(p.due)}.`,
    'C5.remedy.venue_light_unknown': (p, f) => `Demandez au repérage de la plateforme d'indiquer si la lumière du lieu donne des images exploitables, avant le ${f.date(p.due)}.`,
    'C5.b.met': () => "L'organisateur nous a demandé notre avis sur la gestion de la lumière et la scénarisation des prises de parole.",
    'C5.b.pending': (p, f) =>
      `L'organisateur ne nous a pas demandé notre avis ${p.notAsked.length === 2 ? 'sur la gestion de la lumière et la scénarisation des prises de parole' : p.notAsked[0] === 'lighting' ? 'sur la gestion de la lumière' : 'sur la scénarisation des prises de parole'} ; à demander avant le ${f.date(p.due)}.`,
    'C5.b.unmet': (p) =>
      `L'organisateur ne nous a pas demandé notre avis ${p.notAsked.length === 2 ? 'sur la gestion de la lumière et la scénarisation des prises de parole' : p.notAsked[0] === 'lighting' ? 'sur la gestion de la lumière' : 'sur la scénarisation des prises de parole'}.`,
    'C5.b.remedy.lighting_advice_not_asked': (p, f) =>
      `Demandez notre avis ${p.notAsked.length === 2 ? 'sur la gestion de la lumière et la scénarisation des prises de parole' : 'sur la gestion de la lumière'}${p.due === undefined ? '' : ` avant le ${f.date(p.due)}`} : c'est la moitié du boulot consistant à nous motiver.`,
    'C5.b.remedy.staging_advice_not_asked': (p, f) =>
      `Demandez notre avis sur la scénarisation des prises de parole${p.due === undefined ? '' : ` avant le ${f.date(p.due)}`} : c'est la moitié du boulot consistant à nous motiver.`,

    // ---- end of C0 to C5 ----

    // ---- C6 to C11 (rules of the second half) ----

    // ---- end of C6 to C11 ----
  },
};
