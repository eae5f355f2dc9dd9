// The words of the season report, one table per language; every word the page shows comes from here.
import type { Locale } from '../rules/types.js';

/** The words of one language of the season report. @internal */
export interface ReportWords {
  readonly title: string;
  readonly subtitle: (asOf: string, policy: string) => string;
  readonly score: (covered: number, requests: number) => string;
  readonly notOptimal: string;
  readonly planHeading: string;
  readonly axisUtc: string;
  readonly notCovered: string;
  readonly heldRow: string;
  readonly decision: { readonly eligible: string; readonly incomplete: string; readonly ineligible: string };
  readonly booked: string;
  readonly held: string;
  readonly asOfMarker: string;
  readonly leftOutHeading: string;
  readonly noneLeftOut: string;
  readonly reason: {
    readonly ineligible: (rules: string) => string;
    readonly outbid: (by: string) => string;
    readonly no_crew: string;
  };
  readonly riskHeading: string;
  readonly riskIntro: string;
  /** The intro when receipts are given. */
  readonly riskIntroReceipts: string;
  readonly committed: string;
  readonly recovered: string;
  readonly uncovered: string;
  readonly band: string;
  readonly median: string;
  readonly mean: string;
  readonly month: string;
  readonly noMoney: string;
  readonly withoutContract: (requests: string) => string;
  readonly statusHeading: string;
  readonly columns: { readonly n: string; readonly event: string; readonly start: string; readonly mode: string; readonly decision: string; readonly crew: string; readonly next: string };
  readonly mode: { readonly partnership: string; readonly client: string };
  readonly noDeadline: string;
  readonly noReport: string;
  readonly footer: string;
  /** Between a name and what is said of it: `: ` in English, ` : ` in French. */
  readonly colon: string;
}

const en: ReportWords = {
  title: 'The season at a glance',
  subtitle: (asOf, policy) => `As of ${asOf}, policy ${policy}.`,
  score: (covered, requests) => `${covered} of ${requests} requests covered.`,
  notOptimal: 'The plan is the best found, not proven optimal.',
  planHeading: 'The crew plan',
  axisUtc: 'Days in UTC',
  notCovered: 'Not covered',
  heldRow: 'held',
  decision: { eligible: 'eligible', incomplete: 'incomplete (to follow up)', ineligible: 'ineligible' },
  booked: 'already booked',
  held: 'held by another booking',
  asOfMarker: 'as of',
  leftOutHeading: 'Requests left out',
  noneLeftOut: 'Every request is covered.',
  reason: {
    ineligible: (rules) => `ineligible: blocking rules unmet (${rules})`,
    outbid: (by) => `outbid: covering it would cover fewer events, or as many with a lower preference (by ${by})`,
    no_crew: 'no crew can take it: too few cameras, or every crew held by bookings',
  },
  riskHeading: 'The producer risk',
  riskIntro: 'Breakeven committed by the covered partnership events, by month of the event, and what is still uncovered if no sponsor comes.',
  riskIntroReceipts: 'Breakeven committed by the covered partnership events, by month of the event: what the receipts given recovered, and what is still uncovered.',
  committed: 'committed',
  recovered: 'recovered',
  uncovered: 'uncovered',
  band: 'simulated uncovered, 5th to 95th percentile',
  median: 'median',
  mean: 'mean',
  month: 'Month',
  noMoney: 'No covered partnership event has a contract: no breakeven is committed.',
  withoutContract: (requests) => `Covered without a contract yet (breakeven not fixed): ${requests}.`,
  statusHeading: 'Every event, its status and its next deadline',
  columns: { n: '#', event: 'Event', start: 'Starts (event time)', mode: 'Mode', decision: 'Decision', crew: 'Crew', next: 'Next deadline' },
  mode: { partnership: 'partnership', client: 'client' },
  noDeadline: 'nothing due',
  noReport: 'no report given',
  footer: 'Made by webcast-partnership. This page needs no network.',
  colon: ': ',
};

const fr: ReportWords = {
  title: 'La saison en un coup d’œil',
  subtitle: (asOf, policy) => `Au ${asOf}, politique ${policy}.`,
  score: (covered, requests) => `${covered} demandes couvertes sur ${requests}.`,
  notOptimal: 'Le plan est le meilleur trouvé, son optimalité n’est pas prouvée.',
  planHeading: 'Le plan des équipes',
  axisUtc: 'Jours en UTC',
  notCovered: 'Non couvert',
  heldRow: 'réservé',
  decision: { eligible: 'éligible', incomplete: 'incomplète (à suivre)', ineligible: 'non éligible' },
  booked: 'déjà réservée',
  held: 'prise par une autre réservation',
  asOfMarker: 'au',
  leftOutHeading: 'Demandes écartées',
  noneLeftOut: 'Toutes les demandes sont couvertes.',
  reason: {
    ineligible: (rules) => `non éligible : règles bloquantes non remplies (${rules})`,
    outbid: (by) => `devancée : la couvrir couvrirait moins d’événements, ou autant avec une préférence moindre (par ${by})`,
    no_crew: 'aucune équipe ne peut la couvrir : trop peu de caméras, ou toutes les équipes prises par des réservations',
  },
  riskHeading: 'Le risque de producteur',
  riskIntro: 'Le point mort engagé par les événements en partenariat couverts, par mois de l’événement, et ce qui reste à couvrir si aucun sponsor ne vient.',
  riskIntroReceipts: 'Le point mort engagé par les événements en partenariat couverts, par mois de l’événement : ce que les recettes données ont couvert, et ce qui reste à couvrir.',
  committed: 'engagé',
  recovered: 'récupéré',
  uncovered: 'non couvert',
  band: 'non couvert simulé, du 5e au 95e centile',
  median: 'médiane',
  mean: 'moyenne',
  month: 'Mois',
  noMoney: 'Aucun événement en partenariat couvert n’a de contrat : aucun point mort n’est engagé.',
  withoutContract: (requests) => `Couvertes sans contrat pour l’instant (point mort non fixé) : ${requests}.`,
  statusHeading: 'Chaque événement, son statut et sa prochaine échéance',
  columns: { n: 'n°', event: 'Événement', start: 'Début (heure de l’événement)', mode: 'Mode', decision: 'Décision', crew: 'Équipe', next: 'Prochaine échéance' },
  mode: { partnership: 'partenariat', client: 'client' },
  noDeadline: 'rien à faire',
  noReport: 'aucun rapport fourni',
  footer: 'Produit par webcast-partnership. Cette page n’a besoin d’aucun réseau.',
  colon: ' : ',
};

/** The report's words in `locale`. @internal */
export const REPORT_WORDS: Readonly<Record<Locale, ReportWords>> = { en, fr };
