// Les mots que la ligne de commande écrit elle-même, en français : « --locale fr » parle français
// de bout en bout. Les décisions s'accordent avec « la demande » (« non éligible »), les statuts
// avec « une règle » (« remplie »).
import type { CliWords } from './en.js';

/** The French words of the CLI, by group and key. */
export const fr = {
  /** Decisions, by the report's code. */
  decision: {
    eligible: 'éligible',
    ineligible: 'non éligible',
    incomplete: 'incomplet',
  },
  /** Finding statuses. */
  status: {
    met: 'remplie',
    unmet: 'non remplie',
    pending: 'en attente',
    unknown: 'inconnue',
  },
  /** Rule kinds. */
  kind: {
    blocking: 'bloquante',
    weighing: 'pondérée',
  },
  /** Coverage modes. */
  mode: {
    partnership: 'partenariat',
    client: 'client',
  },
  /** Revenue streams. */
  stream: {
    sponsorship: 'sponsoring',
    pay_per_view: 'pay-per-view',
    dvd: 'DVD',
    workshop: 'atelier',
  },
  /** Why a season plan leaves a request out, by its `reason`; `{rules}` and `{by}` are lists of ids. */
  reason: {
    ineligible: 'non éligible : {rules}',
    outbid: 'devancée par {by}',
    no_crew: 'aucune équipe ne peut la couvrir',
  },
  /** Table headers and the names of amounts. */
  term: {
    rule: 'règle',
    status: 'statut',
    kind: 'type',
    finding: 'constat',
    request: 'demande',
    mode: 'mode',
    event: 'événement',
    events: 'événements',
    decision: 'décision',
    preference: 'préférence',
    blockingNotMet: 'règles bloquantes non remplies',
    crew: 'équipe',
    why: 'motif',
    currency: 'devise',
    breakevenCommitted: 'point mort engagé',
    riskIfNoSponsor: 'risque producteur sans sponsor',
    receipt: 'recette',
    stream: 'flux',
    receivedAt: 'reçu le',
    amount: 'montant',
    toBreakeven: 'au point mort',
    platform: 'plateforme',
    organizer: 'organisateur',
    total: 'total',
    part: 'part',
    surplus: 'surplus',
    breakeven: 'point mort',
    recovered: 'recouvré',
    uncoveredRisk: 'non couvert (risque producteur)',
    received: 'reçu',
    organizerPaid: "parts versées à l'organisateur",
    platformNet: 'net plateforme',
    dueLocal: "échéance (heure de l'événement)",
    concerns: 'concerne',
    todo: 'à faire',
    overdue: 'en retard',
    theOrganizer: "l'organisateur",
    scenario: 'scénario',
    result: 'résultat',
    expectation: 'vérification',
    line: 'ligne',
    expected: 'attendu',
    got: 'obtenu',
  },
  /** Lines and sentences, with `{name}` placeholders filled by `Words.say`. */
  text: {
    reportHead: '{request} · {event} · {mode} · politique {policy} · au {asOf}',
    decisionLine: 'Décision : {decision}   Préférence : {preference}',
    remedies: 'Que faire :',
    remedy: '  {rule}{due} : {remedy}',
    due: ' (échéance : {due})',
    nothingToDo: 'Rien à faire : toutes les règles sont remplies.',
    planHead: 'Plan de saison · politique {policy} · au {asOf}',
    covered: 'Couverture : {covered} événement(s), préférence totale {preference}',
    notProven: 'Optimalité non prouvée dans le budget de recherche : aucun plan ne couvre plus de {covered} événement(s), préférence totale {preference}',
    leftOut: 'Non retenues :',
    money: 'Finances :',
    withoutContract: "Couvertes sans contrat pour l'instant (point mort non fixé) : {requests}",
    demoHead: 'webcast-partnership demo · politique {policy} · au {asOf}',
    demoEligibility: "1. Éligibilité de chaque demande (disponibilité des équipes d'après les réservations existantes)",
    demoModes: 'Règles appliquées (policy.modes) : partenariat {partnership} règles ; client {client}.',
    demoPlan: '2. Plan des équipes',
    demoSettlement: '3. Décompte de deux événements',
    demoWebdays: "Web 2.0 Days (deux sponsors, pay-per-view à 30 % pour l'organisateur, un remboursement) :",
    demoLate: 'E-learning Forum (un petit sponsor) :',
    statementFoot: 'point mort {breakeven} · recouvré {recovered} · non couvert {uncovered} · plateforme {platform} · organisateur {organizer} {currency}',
    demoSeason: '4. La saison : risque producteur',
    amountsIn: 'Montants en {currency}.',
    contractWritten: 'Écrit {file} : le projet de contrat, {articles} articles.',
    checklistHead: 'Actions à mener · {title} · {request} · {decision} · au {asOf}',
    scenarioPassed: 'réussi',
    scenarioFailed: 'ÉCHEC',
    scenarioSummary: '{count} scénario(s) : {passed} réussi(s), {failed} en échec',
    noFinding: '(aucun constat)',
    scenarioNotRun: '{count} fichier(s) non exécuté(s) : voir les erreurs ci-dessus',
  },
} as const satisfies CliWords;

/** Labels French spells as English does, on purpose (`client`, `total`): any other copied label is a slip. */
export const SAME_AS_ENGLISH: readonly string[] = ['mode.client', 'term.mode', 'term.total', 'term.part', 'term.surplus'];
