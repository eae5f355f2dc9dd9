import type { TrackerColumn } from './row.js';

/**
 * The tracker's columns in French, by their English name: the header row
 * `PARTNERSHIP_TRACKER_HEADERS("fr")` gives, which the tracker functions read as well as the
 * English one. Lower-case ASCII in snake_case, as the English names, so a header typed without
 * accents is found.
 *
 * @example
 * TRACKER_COLUMNS_FR.releases_signed_on //=> 'autorisations_signees_le'
 */
export const TRACKER_COLUMNS_FR: Readonly<Record<TrackerColumn, string>> = Object.freeze({
  request_id: 'id_demande',
  mode: 'mode_couverture',
  event_id: 'id_evenement',
  title: 'titre',
  organizer: 'organisateur',
  start: 'debut',
  end: 'fin',
  city: 'ville',
  venue: 'lieu',
  cameras: 'nombre_cameras',
  venue_scouted_on: 'lieu_repere_le',
  light_usable: 'lumiere_utilisable',
  lighting_advice_asked: 'conseil_eclairage_demande',
  staging_advice_asked: 'conseil_mise_en_scene_demande',
  organizer_manages_sound: 'son_gere_par_organisateur',
  audio_feed: 'sortie_audio',
  audio_confirmed_on: 'audio_confirme_le',
  other_film_crews: 'autres_equipes_tournage',
  workshop_in_partnership: 'atelier_en_partenariat',
  workshop_organizer_share: 'part_organisateur_atelier',
  uses: 'diffusions',
  speakers: 'intervenants',
  speakers_informed_on: 'intervenants_prevenus_le',
  releases_requested_on: 'autorisations_demandees_le',
  releases_signed_on: 'autorisations_signees_le',
  releases_signed: 'autorisations_signees',
  releases_refused: 'autorisations_refusees',
  releases_refused_on: 'autorisations_refusees_le',
  release_covers: 'autorisations_couvrent',
  profiles_completed_on: 'profils_completes_le',
  online_conversation: 'conversation_en_ligne',
  speaker_emails_provided: 'emails_intervenants_fournis',
  editorial_verdict: 'avis_editorial',
  editorial_verdict_on: 'avis_editorial_le',
  crew_available: 'equipe_disponible',
  media_partner_credit: 'credit_partenaire_media',
  post_event_mailing: 'mailing_post_evenement',
  promotion_links: 'promotion_liens',
  promotion_tweets: 'promotion_tweets',
  promotion_blog_posts: 'promotion_billets',
  monetization: 'rentabilisation',
  contract_signed_platform_on: 'contrat_signe_plateforme_le',
  contract_signed_organizer_on: 'contrat_signe_organisateur_le',
  breakeven: 'point_mort',
  currency: 'devise',
  organizer_share: 'part_organisateur',
  clip_planned: 'clip_prevu',
  timezone: 'fuseau_horaire',
  as_of: 'evaluer_au',
});
