import type { Use } from '../../models/event.js';
import type { MonetizationEffort } from '../../models/partner.js';
import type { Catalogue, Format, ProfessionalFeed, ReleaseGap } from '../messages.js';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Les mots français des constats et des remèdes, par code de message (voir `MessageParams` pour les
 * paramètres de chaque code).
 */
export const fr: Catalogue = Object.freeze<Catalogue>({
  locale: 'fr',
  more: (n, f) => `et ${n} ${f.plural(n, { one: 'autre', other: 'autres' })}`,
  // « 1er » pour le premier du mois, « 9 h 00 » comme l'écrit le français.
  date: (t) => `${t.day === 1 ? '1er' : t.day} ${t.monthName} ${t.year}, ${t.hour} h ${pad2(t.minute)}${t.second === 0 ? '' : ` ${pad2(t.second)} s`}, heure de l'événement`,
  messages: Object.freeze<Catalogue['messages']>({
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
    'C3.unmet.too_small': (p) => `Aucune de nos équipes de production n'a assez de caméras${p.needed === undefined ? " pour l'événement" : ` : l'événement en demande ${p.needed}`}, la plus grande équipe en a ${p.largest}.`,
    'C3.remedy.crew_too_small': (p) => `Allégez le dispositif à ce qu'une équipe de production de la plateforme peut tenir (${p.largest} au plus), ou achetez la captation en tant que client : d'autres dates n'y changeraient rien.`,
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
    'C6.1.met': (p, f) => f.plural(p.n, { none: "Aucun intervenant n'est filmé : personne à prévenir.", one: "L'intervenant filmé sait bien en amont que nous le filmons.", other: `Les ${p.n} intervenants filmés savent bien en amont que nous les filmons.` }),
    'C6.1.pending': (p, f) => `${f.count(p.speakers.length, { one: 'intervenant ne sait', other: 'intervenants ne savent' })} pas encore qu'il${f.plural(p.speakers.length, { one: ' est filmé', other: 's sont filmés' })} : ${f.speakers(p.speakers)} ; à prévenir avant le ${f.date(p.due)}.`,
    'C6.1.remedy.speakers_not_informed': (p, f) => `Prévenez ${f.speakers(p.speakers)} que la plateforme ${f.plural(p.speakers.length, { one: 'le', other: 'les' })} filme, avant le ${f.date(p.due)} (${f.count(p.days, DAYS)} avant l'événement).`,
    'C6.1.unmet': (p, f) => `Nous ne filmons pas des intervenants qui ne savent pas bien en amont que nous les filmons : ${f.speakers(p.speakers)} (échéance ${f.date(p.due)}).`,
    'C6.1.remedy.speakers_informed_late': (p, f) => `Les intervenants devaient être prévenus avant le ${f.date(p.due)} : ne filmez pas ${f.speakers(p.speakers)} (sessions non filmées).`,
    'C6.2.met': (p, f) => f.plural(p.n, { none: "Aucun intervenant n'est filmé : aucune autorisation à signer.", one: "L'intervenant filmé a signé en amont l'autorisation de cession de droit à l'image et de diffusion.", other: `Les ${p.n} intervenants filmés ont signé en amont l'autorisation de cession de droit à l'image et de diffusion.` }),
    'C6.2.pending': (p, f) => `${f.count(p.speakers.length, { one: "intervenant n'a", other: "intervenants n'ont" })} pas signé d'autorisation couvrant toutes les diffusions prévues : ${f.speakers(p.speakers)} ; à signer avant le ${f.date(p.due)}.`,
    'C6.2.remedy.release_not_signed': (p, f) => `Faites signer à ${f.speakers(p.speakers)} l'autorisation de cession de droit à l'image et de diffusion, couvrant ${usesSaid(p.uses)}${p.gaps.length === 0 ? '' : ` ; faites ${extend(p.gaps, f)}`}, avant le ${f.date(p.due)}.`,
    'C6.2.remedy.release_uses_not_covered': (p, f) => `Faites ${extend(p.gaps, f)}, avant le ${f.date(p.due)}.`,
    'C6.2.unmet': (p, f) => `Nous ne filmons pas des intervenants qui ne signent pas bien en amont l'autorisation de cession de droit à l'image et de diffusion : ${[...(p.refused.length === 0 ? [] : [`${f.speakers(p.refused)} ${f.plural(p.refused.length, { one: "l'a", other: "l'ont" })} refusée ou retirée`]), ...(p.late.length === 0 ? [] : [`${f.speakers(p.late)} ${f.plural(p.late.length, { one: "n'avait", other: "n'avaient" })} pas d'autorisation couvrant toutes les diffusions prévues signée avant le ${f.date(p.due)} (${f.count(p.days, DAYS)} avant l'événement)`])].join(' ; ')}.`,
    'C6.2.remedy.release_refused': (p, f) => `Marquez non filmées (\`filmed: false\`, \`do_not_record\` dans pretalx) les sessions où ${f.plural(p.speakers.length, { one: 'intervient', other: 'interviennent' })} ${f.speakers(p.speakers)} : ${f.list(p.sessions)}.`,
    'C6.2.remedy.release_signed_late': (p, f) => `Marquez non filmées (\`filmed: false\`, \`do_not_record\` dans pretalx) les sessions où ${f.plural(p.speakers.length, { one: 'intervient', other: 'interviennent' })} ${f.speakers(p.speakers)} : ${f.list(p.sessions)}.`,
    'C6.3.met': (p, f) => f.plural(p.n, { none: "Aucun intervenant n'est filmé : aucun profil à compléter.", one: "L'intervenant filmé a complété son profil sur la plateforme bien en amont.", other: `Les ${p.n} intervenants filmés ont complété leur profil sur la plateforme bien en amont.` }),
    'C6.3.pending': (p, f) => `${f.count(p.speakers.length, { one: "intervenant n'a", other: "intervenants n'ont" })} pas encore de profil complet sur la plateforme : ${f.speakers(p.speakers)} ; à compléter avant le ${f.date(p.due)}.`,
    'C6.3.remedy.profile_incomplete': (p, f) => `Demandez à ${f.speakers(p.speakers)} de se créer un compte et un profil complet sur la plateforme avant le ${f.date(p.due)} : les conférenciers sont les seuls à pouvoir prendre part à la conversation.`,
    'C6.3.unmet': (p, f) => `Nous ne filmons pas des intervenants qui ne se créent pas bien en amont un profil complet : ${f.speakers(p.speakers)} (échéance ${f.date(p.due)}).`,
    'C6.3.remedy.profile_incomplete_late': (p, f) => `Les profils étaient à compléter avant le ${f.date(p.due)}, bien en amont : c'est trop tard ; ne filmez pas ${f.speakers(p.speakers)} (sessions non filmées), ou proposez une date plus lointaine.`,
    'C6.4.met': () => "Les conférenciers s'engagent à poursuivre la conversation en ligne après l'événement.",
    'C6.4.not_committed': (p, f) => `Les conférenciers ne se sont pas engagés à poursuivre la conversation en ligne : le temps des 15 minutes de questions-réponses en fin de conférence est révolu${p.due === undefined ? '' : ` ; engagement attendu avant le ${f.date(p.due)}`}.`,
    'C6.4.remedy.conversation_not_committed': (p, f) => `Demandez aux conférenciers filmés de s'engager à répondre en ligne aux questions des membres après l'événement, et indiquez-le dans la demande${p.due === undefined ? '' : ` avant le ${f.date(p.due)}`} : assumez la conversation.`,
    'C7.unmet.refused': () => 'Des conférences inaudibles ne sont pas une option : pas de sonorisation gérée ou pas de liaison audio professionnelle.',
    'C7.remedy.audio_not_professional': () => "Faites gérer la sonorisation de la salle (par son régisseur) et passez une liaison audio professionnelle jusqu'à notre régie ou nos caméras : le plus souvent un câble XLR, ou une autre sortie niveau ligne ou un flux numérique (AES67, Dante).",
    'C7.met': (p) => `L'organisateur gère la sonorisation et fournit ${FEEDS[p.feed]} à notre régie ; c'est confirmé.`,
    'C7.unmet.confirmed_late': (p, f) => `Le plan audio a été confirmé le ${p.confirmedOn}, après l'échéance du ${f.date(p.due)} : trop tard.`,
    'C7.unmet.not_confirmed': (p, f) => `Nous ne sommes pas assurés à temps (avant le ${f.date(p.due)}) de la sonorisation et de la liaison audio.`,
    'C7.remedy.audio_confirmed_late': (p, f) => `Le plan audio était à confirmer avant le ${f.date(p.due)} : c'est trop tard pour cette date ; proposez une date plus lointaine, avec une confirmation tôt de la liaison par le technicien audio de la salle.`,
    'C7.pending': (p, f) => `Le plan audio, ${FEEDS[p.feed]}, n'est pas encore confirmé ; à confirmer avant le ${f.date(p.due)}.`,
    'C7.remedy.audio_not_confirmed': (p, f) => `Faites confirmer à la plateforme par le technicien audio de la salle qu'il nous passe les bonnes connexions, avant le ${f.date(p.due)}.`,
    'C7.unknown': (p, f) => `Nous ne sommes pas encore assurés de la sonorisation et de la liaison audio ; à confirmer avant le ${f.date(p.due)}.`,
    'C7.remedy.audio_unknown': (p, f) => `Indiquez si vous gérez la sonorisation et quelle liaison le technicien audio de la salle nous passe (XLR, niveau ligne ou numérique), avant le ${f.date(p.due)}.`,
    'C8.unknown': () => 'Aucune session plénière filmée dans le programme.',
    'C8.remedy.programme_missing': () => 'Transmettez le programme : les sessions plénières à filmer, chacune avec ses intervenants.',
    'C8.met': (p, f) => f.plural(p.n, { one: 'Les noms des intervenants sont disponibles pour la session plénière filmée.', other: `Les noms des intervenants sont disponibles pour chacune des ${p.n} sessions plénières filmées.` }),
    'C8.not_identified': (p, f) => `Les noms des intervenants ne sont pas disponibles pour chaque vidéo : ${[...(p.sessions.length === 0 ? [] : [`sessions sans intervenant (${f.list(p.sessions)})`]), ...(p.speakerIds.length === 0 ? [] : [`intervenants inconnus (${f.list(p.speakerIds)})`])].join(', ')}.`,
    'C8.remedy.speakers_not_identified': (p, f) => `Indiquez les intervenants de chaque session plénière filmée, avec leur nom (${f.list(p.missing)})${p.due === undefined ? '' : `, avant le ${f.date(p.due)}`}.`,
    'C8.b.met': () => "L'organisateur nous fournit les moyens de contacter par email les conférenciers.",
    'C8.b.unmet': (p) => `Les emails des conférenciers ne sont pas fournis (${p.withEmail} sur ${p.filmed}).`,
    'C8.b.remedy.speaker_emails_missing': () => 'Fournissez à la plateforme les emails des conférenciers filmés, pour leur expliquer la nécessité de se créer un compte.',
    'C9.met': (p, f) => `Le contrat est signé par nos deux entités avant le ${f.date(p.due)}.`,
    'C9.pending.no_contract': (p, f) => `Il doit impérativement exister un contrat signé entre nos deux entités : aucun contrat ; à signer avant le ${f.date(p.due)}.`,
    'C9.pending.unsigned': (p, f) => `Il doit impérativement exister un contrat signé entre nos deux entités : signature manquante (${p.parties.map((party) => (party === 'platform' ? 'plateforme' : 'organisateur')).join(', ')}) ; à signer avant le ${f.date(p.due)}.`,
    'C9.remedy.contract_missing': (p, f) => `Demandez à la plateforme son contrat cadre-type et faites-le signer par les deux parties avant le ${f.date(p.due)}.`,
    'C9.remedy.contract_not_signed': (p, f) => `Faites signer le contrat par ${p.parties.map((party) => (party === 'platform' ? 'la plateforme' : "l'organisateur")).join(' et ')} avant le ${f.date(p.due)}.`,
    'C9.unmet': (p, f) => `Contractualisation incontournable : le contrat n'était pas signé par les deux parties avant le ${f.date(p.due)}.`,
    'C9.remedy.contract_signed_late': (p, f) => `Le contrat devait être signé par les deux parties avant le ${f.date(p.due)} : signez-le et convenez d'une nouvelle date avec la plateforme.`,
    'C9.3.met.plenaries_only': () => 'Seules des conférences plénières sont demandées en mode partenariat.',
    'C9.3.met.workshop_clause': (p, f) => `Les ateliers filmés (${f.list(p.workshops)}) sont couverts en prestation payante par la clause ateliers du contrat signé ; les plénières restent en partenariat.`,
    'C9.3.pending': (p, f) => `Nous ne couvrons en mode partenariat que les conférences plénières : les ateliers filmés (${f.list(p.workshops)}) attendent une clause ateliers payante dans un contrat signé par les deux parties, avant le ${f.date(p.due)}.`,
    'C9.3.remedy.workshop_clause_not_agreed': (p, f) => `Les ateliers commerciaux, c'est payant : faites signer par les deux parties, avant le ${f.date(p.due)}, un contrat avec une clause ateliers payante (\`clauses.workshop\`), ou indiquez les ateliers (${f.list(p.workshops)}) comme non filmés (\`filmed: false\`).`,
    'C9.3.unmet': (p, f) => `Nous ne couvrons en mode partenariat que les conférences plénières : ateliers demandés sans clause ateliers payante signée (${f.list(p.workshops)}).`,
    'C9.3.remedy.workshop_in_partnership': (p, f) => `Ajoutez au contrat une clause ateliers payante (\`clauses.workshop\`, avec un partage de revenu qui peut être très généreux), signée par les deux parties, ou indiquez les ateliers (${f.list(p.workshops)}) comme non filmés (\`filmed: false\`).`,
    'C9.4.met': (p) => `L'organisateur pousse vers la rentabilisation de l'opération (${p.efforts.map((effort) => EFFORTS[effort]).join(', ')}).`,
    'C9.4.unmet': () => "Un partenaire qui ne pousse pas vers la moindre recherche de rentabilisation s'expose très vite à ce que nous l'abandonnions.",
    'C9.4.remedy.no_monetization_effort': () => 'Cherchez une rentabilisation : aidez à la recherche du sponsor, ou prévoyez au contrat du pay-per-view, des DVD ou des ateliers payants.',
    'C10.met': () => 'La plateforme est créditée comme partenaire media visible.',
    'C10.unmet': () => "La plateforme n'est pas créditée comme partenaire media : pas indispensable, mais cela pèse dans la balance.",
    'C10.remedy.media_partner_credit_missing': () => "Créditez la plateforme comme partenaire media, visible sur le site de l'événement.",
    'C11.met.no_clip': () => "Aucun clip n'est prévu pour cet événement.",
    'C11.met.committed': () => "L'organisateur s'engage à diffuser le clip dans son mailing post-événement.",
    'C11.not_committed': (p, f) => `L'organisateur ne s'est pas engagé à diffuser le clip dans son mailing "post événement"${p.draft ? " (le projet de contrat le prévoit, mais un projet n'est pas un accord)" : ''}${p.due === undefined ? '' : ` ; engagement attendu avant le ${f.date(p.due)}`}.`,
    'C11.remedy.post_event_mailing_missing': (p, f) => `Engagez-vous, au contrat signé par les deux parties, à diffuser le clip de la plateforme dans votre mailing "post événement"${p.due === undefined ? '' : ` (avant le ${f.date(p.due)})`}.`,
    // ---- end of C6 to C11 ----
  }),
});

// ---- C6 to C11: words of the second half ----
// Days before the event: « 0 jours », as the rules always said (`Intl.PluralRules('fr')` puts 0 in `one`).
const DAYS = { none: 'jours', one: 'jour', other: 'jours' } as const;

// C6.2 : les diffusions prévues, dites dans une autorisation.
const USES_SAID: Readonly<Record<Use, string>> = { live: 'le direct', on_demand: 'la vidéo à la demande', dvd: 'le DVD', clip: 'le clip post-événement' };

/** `le direct, le DVD et le clip post-événement`. */
function usesSaid(uses: readonly Use[]): string {
  const words = uses.map((use) => USES_SAID[use]);
  const last = words.pop() as string;
  return words.length === 0 ? last : `${words.join(', ')} et ${last}`;
}

/** C6.2 : les autorisations signées à étendre, chacune avec ce qu'elle ne couvre pas ; au plus cinq, puis combien d'autres. */
function extend(gaps: readonly ReleaseGap[], f: Format): string {
  const shown = gaps.slice(0, 5).map((gap) => `${f.speakers([gap.speaker])} : ${usesSaid(gap.uses)} (${f.list(gap.sessions)})`).join(', ');
  const said = gaps.length <= 5 ? shown : `${shown} ${fr.more(gaps.length - 5, f)}`;
  return `étendre ${gaps.length === 1 ? "l'autorisation signée à ce qu'elle ne couvre" : "les autorisations signées à ce qu'elles ne couvrent"} pas : ${said}`;
}

// C7 : les liaisons professionnelles (le XLR est « la solution la plus fréquente », pas la seule).
const FEEDS: Readonly<Record<ProfessionalFeed, string>> = { xlr: 'un câble audio XLR professionnel', line: 'une sortie audio niveau ligne', digital: 'un flux audio numérique (AES67, Dante)' };

// C9.4 : les efforts de rentabilisation (leurs codes restent dans les preuves).
const EFFORTS: Readonly<Record<MonetizationEffort, string>> = { sponsor_search: 'recherche de sponsor', pay_per_view: 'pay-per-view', dvd: 'commandes de DVD', paid_workshops: 'ateliers payants' };
// ---- end of C6 to C11 words ----
