// The words the command line prints itself, in every locale: one catalogue, so that `--locale fr`
// is French throughout. Codes (JSON output, rule ids, remedy codes) stay stable English identifiers;
// the core's own messages come translated from the core.
import type { SeasonUnassigned } from '../season/_plan.js';
import type { CoverageMode } from '../models/coverageRequest.js';
import type { Stream } from '../money/streams.js';
import type { EligibilityReport, FindingStatus, Locale, RuleKind } from '../rules/types.js';

/**
 * One label of the human output, in each locale. `same` marks a French word spelt as the English
 * one on purpose (`client`, `total`), so that a label copied without translating it stands out.
 */
export interface Label {
  readonly en: string;
  readonly fr: string;
  readonly same?: true;
}

/** A word French spells as English does. */
const same = <const W extends string>(word: W) => ({ en: word, fr: word, same: true }) as const;

/**
 * Decisions, by the report's code. The French agree with « la demande » where it matters
 * (« non éligible »); `incomplete` is said of the file, « incomplet ».
 */
export const DECISION_LABELS = {
  eligible: { en: 'eligible', fr: 'éligible' },
  ineligible: { en: 'ineligible', fr: 'non éligible' },
  incomplete: { en: 'incomplete', fr: 'incomplet' },
} as const satisfies Record<EligibilityReport['decision'], Label>;

/** Finding statuses, said of a rule (« une règle remplie »): feminine in French. */
export const STATUS_LABELS = {
  met: { en: 'met', fr: 'remplie' },
  unmet: { en: 'unmet', fr: 'non remplie' },
  pending: { en: 'pending', fr: 'en attente' },
  unknown: { en: 'unknown', fr: 'inconnue' },
} as const satisfies Record<FindingStatus, Label>;

/** Rule kinds, said of a rule: « règle bloquante », « règle pondérée ». */
export const KIND_LABELS = {
  blocking: { en: 'blocking', fr: 'bloquante' },
  weighing: { en: 'weighing', fr: 'pondérée' },
} as const satisfies Record<RuleKind, Label>;

/** Coverage modes. */
export const MODE_LABELS = {
  partnership: { en: 'partnership', fr: 'partenariat' },
  client: same('client'),
} as const satisfies Record<CoverageMode, Label>;

/** Revenue streams: English shows the code a CSV holds; French the seed's words (« sponsoring », « pay-per-view », « DVD »). */
export const STREAM_LABELS = {
  sponsorship: { en: 'sponsorship', fr: 'sponsoring' },
  pay_per_view: { en: 'pay_per_view', fr: 'pay-per-view' },
  dvd: { en: 'dvd', fr: 'DVD' },
  workshop: { en: 'workshop', fr: 'atelier' },
} as const satisfies Record<Stream, Label>;

/** Why a season plan leaves a request out, by its `reason`; `{rules}` and `{by}` are lists of ids. */
export const REASON_LABELS = {
  ineligible: { en: 'ineligible: {rules}', fr: 'non éligible : {rules}' },
  outbid: { en: 'outbid by {by}', fr: 'devancée par {by}' },
  no_crew: { en: 'no crew can take it', fr: 'aucune équipe ne peut la couvrir' },
} as const satisfies Record<SeasonUnassigned['reason'], Label>;

/** Table headers and the names of amounts. */
export const TERMS = {
  rule: { en: 'rule', fr: 'règle' },
  status: { en: 'status', fr: 'statut' },
  kind: { en: 'kind', fr: 'type' },
  finding: { en: 'finding', fr: 'constat' },
  request: { en: 'request', fr: 'demande' },
  mode: same('mode'),
  event: { en: 'event', fr: 'événement' },
  events: { en: 'events', fr: 'événements' },
  decision: { en: 'decision', fr: 'décision' },
  preference: { en: 'preference', fr: 'préférence' },
  blockingNotMet: { en: 'blocking rules not met', fr: 'règles bloquantes non remplies' },
  crew: { en: 'crew', fr: 'équipe' },
  why: { en: 'why', fr: 'motif' },
  currency: { en: 'currency', fr: 'devise' },
  breakevenCommitted: { en: 'breakeven committed', fr: 'point mort engagé' },
  riskIfNoSponsor: { en: 'producer risk if no sponsor', fr: 'risque producteur sans sponsor' },
  receipt: { en: 'receipt', fr: 'recette' },
  stream: { en: 'stream', fr: 'flux' },
  receivedAt: { en: 'received at', fr: 'reçu le' },
  amount: { en: 'amount', fr: 'montant' },
  toBreakeven: { en: 'to breakeven', fr: 'au point mort' },
  platform: { en: 'platform', fr: 'plateforme' },
  organizer: { en: 'organizer', fr: 'organisateur' },
  total: same('total'),
  part: same('part'),
  surplus: same('surplus'),
  breakeven: { en: 'breakeven', fr: 'point mort' },
  recovered: { en: 'recovered', fr: 'recouvré' },
  uncoveredRisk: { en: 'uncovered (producer risk)', fr: 'non couvert (risque producteur)' },
  received: { en: 'received', fr: 'reçu' },
  organizerPaid: { en: 'organizer shares paid', fr: "parts versées à l'organisateur" },
  platformNet: { en: 'platform net', fr: 'net plateforme' },
} as const satisfies Record<string, Label>;

/** Lines and sentences, with `{name}` placeholders filled by {@link Words.say}. */
export const TEXTS = {
  // check
  reportHead: { en: '{request} · {event} · {mode} · policy {policy} · as of {asOf}', fr: '{request} · {event} · {mode} · politique {policy} · au {asOf}' },
  decisionLine: { en: 'Decision: {decision}   Preference: {preference}', fr: 'Décision : {decision}   Préférence : {preference}' },
  remedies: { en: 'What to do:', fr: 'Que faire :' },
  remedy: { en: '  {rule}{due}: {remedy}', fr: '  {rule}{due} : {remedy}' },
  due: { en: ' (due {due})', fr: ' (échéance : {due})' },
  nothingToDo: { en: 'Nothing to do: every rule is met.', fr: 'Rien à faire : toutes les règles sont remplies.' },
  // plan
  planHead: { en: 'Season plan · policy {policy} · as of {asOf}', fr: 'Plan de saison · politique {policy} · au {asOf}' },
  covered: { en: 'Covered: {covered} event(s), total preference {preference}', fr: 'Couverture : {covered} événement(s), préférence totale {preference}' },
  leftOut: { en: 'Left out:', fr: 'Non retenues :' },
  money: { en: 'Money:', fr: 'Finances :' },
  withoutContract: { en: 'Covered without a contract yet (breakeven not fixed): {requests}', fr: "Couvertes sans contrat pour l'instant (point mort non fixé) : {requests}" },
  // demo
  demoHead: { en: 'webcast-partnership demo · policy {policy} · as of {asOf}', fr: 'webcast-partnership demo · politique {policy} · au {asOf}' },
  demoEligibility: {
    en: '1. Eligibility of each request (crew availability from the existing bookings)',
    fr: "1. Éligibilité de chaque demande (disponibilité des équipes d'après les réservations existantes)",
  },
  demoModes: {
    en: 'Rules applied (policy.modes): partnership {partnership} rules; client {client}.',
    fr: 'Règles appliquées (policy.modes) : partenariat {partnership} règles ; client {client}.',
  },
  demoPlan: { en: '2. Crew plan', fr: '2. Plan des équipes' },
  demoSettlement: { en: '3. Settlement of two events', fr: '3. Décompte de deux événements' },
  demoWebdays: {
    en: 'Web 2.0 Days (two sponsors, pay-per-view at 30% to the organizer, a refund):',
    fr: "Web 2.0 Days (deux sponsors, pay-per-view à 30 % pour l'organisateur, un remboursement) :",
  },
  demoLate: { en: 'E-learning Forum (one small sponsor):', fr: 'E-learning Forum (un petit sponsor) :' },
  statementFoot: {
    en: 'breakeven {breakeven} · recovered {recovered} · uncovered {uncovered} · platform {platform} · organizer {organizer} {currency}',
    fr: 'point mort {breakeven} · recouvré {recovered} · non couvert {uncovered} · plateforme {platform} · organisateur {organizer} {currency}',
  },
  demoSeason: { en: '4. The season: producer risk', fr: '4. La saison : risque producteur' },
  amountsIn: { en: 'Amounts in {currency}.', fr: 'Montants en {currency}.' },
} as const satisfies Record<string, Label>;

/** Every catalogue, by name: what the tests walk. */
export const CATALOGUES = {
  decision: DECISION_LABELS,
  status: STATUS_LABELS,
  kind: KIND_LABELS,
  mode: MODE_LABELS,
  stream: STREAM_LABELS,
  reason: REASON_LABELS,
  term: TERMS,
  text: TEXTS,
} as const satisfies Record<string, Record<string, Label>>;

/** The `{name}` placeholders of a template, as a union of names. */
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The values a template needs: none, or one per placeholder. */
type ValuesOf<T extends string> = [Placeholders<T>] extends [never] ? [] : [values: Readonly<Record<Placeholders<T>, string | number>>];

/** The `{name}` placeholders of a template, sorted: the same in every locale of a label. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** `template` with each `{name}` replaced by its value, in one pass (a value holding `{x}` is left as it is). */
function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}

/** The words of one locale, as the commands use them. */
export interface Words {
  readonly locale: Locale;
  decision(decision: EligibilityReport['decision']): string;
  status(status: FindingStatus): string;
  kind(kind: RuleKind): string;
  mode(mode: CoverageMode): string;
  stream(stream: Stream): string;
  /** Why a plan leaves a request out, with its rules or the requests that outbid it. */
  reason(unassigned: SeasonUnassigned): string;
  term(term: keyof typeof TERMS): string;
  /** A line of {@link TEXTS}, its placeholders filled (the compiler checks every one is given). */
  say<K extends keyof typeof TEXTS>(key: K, ...values: ValuesOf<(typeof TEXTS)[K]['en']>): string;
}

/**
 * The words of `locale`.
 *
 * @example
 * wordsFor('fr').status('unmet') //=> 'non remplie'
 */
export function wordsFor(locale: Locale): Words {
  return {
    locale,
    decision: (decision) => DECISION_LABELS[decision][locale],
    status: (status) => STATUS_LABELS[status][locale],
    kind: (kind) => KIND_LABELS[kind][locale],
    mode: (mode) => MODE_LABELS[mode][locale],
    // A stream outside the list (never, past the core's checks) is shown as its code.
    stream: (stream) => (STREAM_LABELS as Record<string, Label>)[stream]?.[locale] ?? stream,
    reason: (unassigned) => {
      const template = REASON_LABELS[unassigned.reason][locale];
      switch (unassigned.reason) {
        case 'ineligible':
          return fill(template, { rules: unassigned.rules.join(', ') });
        case 'outbid':
          return fill(template, { by: unassigned.by.join(', ') });
        default:
          return fill(template);
      }
    },
    term: (term) => TERMS[term][locale],
    say: (key, ...values) => fill(TEXTS[key][locale], values[0] as Readonly<Record<string, string | number>> | undefined),
  };
}
