import type { AudioFeed, Use } from '../models/event.js';
import type { MonetizationEffort } from '../models/partner.js';
import type { DeadlineWords } from './types.js';

/**
 * A speaker in a sentence: the id listed in a session, and the speaker's name when the request has
 * a speaker with that id. A catalogue says them with {@link Format.speakers}.
 */
export interface SpeakerRef {
  readonly id: string;
  readonly name?: string;
}

/**
 * The parameters of every message a rule or the evaluator can say, by message code: the one
 * schema every catalogue follows (the compiler checks each catalogue against it, and a test checks
 * that each catalogue reads the same parameters). A code is `<rule id>.<case>` for a finding's
 * message and `<rule id>.remedy.<remedy code>` for a remedy's text.
 *
 * Kinds of parameter: a `string` (the caller's text: an id, a name, a date as given; or a code such
 * as an audio feed) reaches a catalogue already escaped and cut for a sentence; a `number` is a count or a number of days; a
 * `readonly string[]` is a list of ids or names ({@link Format.list}); `readonly SpeakerRef[]` is a
 * list of speakers ({@link Format.speakers}); a {@link DeadlineWords} is an instant said at the
 * event's offset ({@link Format.date}).
 */
export interface MessageParams {
  // The evaluator: a pending or unknown finding past its deadline.
  'engine.too_late': { readonly due: DeadlineWords };
  'engine.remedy.too_late': { readonly due: DeadlineWords; readonly days: number };
  // ---- C0 to C5 (rules of the first half) ----
  'C0.met': { readonly total: number };
  'C0.unmet': { readonly total: number; readonly required: number };
  'C0.remedy.promotion_effort_missing': { readonly required: number };
  // NB: `cameras` (`days`) only when over its limit; the remedy gives only the limits passed.
  'NB.met': { readonly cameras: number; readonly days: number; readonly maxCameras: number; readonly maxDays: number };
  'NB.unmet': { readonly cameras?: number; readonly maxCameras: number; readonly days?: number; readonly maxDays: number };
  'NB.remedy.setup_too_complex': { readonly maxCameras?: number; readonly maxDays?: number };
  'C1.met': Record<string, never>;
  'C1.unmet': { readonly crews: readonly string[] };
  'C1.remedy.other_film_crew': { readonly crews: readonly string[] };
  'C2.met': { readonly amount: string; readonly currency: string; readonly share: string };
  'C2.pending.no_contract': { readonly due: DeadlineWords };
  'C2.pending.draft': { readonly due: DeadlineWords };
  'C2.unmet.no_contract': Record<string, never>;
  'C2.unmet.draft': Record<string, never>;
  // `due` while the deadline is ahead.
  'C2.remedy.funding_not_agreed': { readonly due?: DeadlineWords };
  'C2.unmet.breakeven_zero': Record<string, never>;
  'C2.remedy.breakeven_zero': Record<string, never>;
  'C2.2.met': { readonly sponsor: string };
  'C2.2.unmet': { readonly sponsor: string; readonly sector: string; readonly holders: readonly string[] };
  'C2.2.remedy.sponsor_exclusivity_conflict': { readonly sponsor: string; readonly sector: string; readonly holders: readonly string[] };
  'C2.3.met.accepted': { readonly sponsor: string };
  'C2.3.met.withdrawn': { readonly sponsor: string };
  'C2.3.pending': { readonly sponsor: string };
  'C2.3.remedy.sponsor_awaiting_organizer': { readonly sponsor: string };
  'C2.3.unmet': { readonly sponsor: string };
  'C2.3.remedy.sponsor_vetoed': { readonly sponsor: string };
  'C2.5.met': { readonly usable: number };
  'C3.unknown': Record<string, never>;
  'C3.remedy.crew_availability_unknown': Record<string, never>;
  'C3.met': { readonly crews: readonly string[] };
  'C3.unmet': { readonly events: readonly string[] };
  'C3.remedy.no_crew_available': Record<string, never>;
  'C3.unmet.too_small': { readonly needed?: number; readonly largest: number };
  'C3.remedy.crew_too_small': { readonly largest: number };
  'C4.met': Record<string, never>;
  'C4.unmet.rejected': Record<string, never>;
  'C4.remedy.editorial_fit_rejected': Record<string, never>;
  'C4.unmet.no_verdict': { readonly due: DeadlineWords };
  'C4.unmet.approved_late': { readonly approvedOn: string; readonly due: DeadlineWords };
  'C4.remedy.editorial_verdict_late': { readonly due: DeadlineWords };
  'C4.pending': { readonly due: DeadlineWords };
  'C4.remedy.editorial_fit_pending': { readonly due: DeadlineWords };
  'C4.unknown': { readonly due: DeadlineWords };
  'C4.remedy.editorial_fit_unknown': { readonly due: DeadlineWords };
  'C5.met': { readonly venue: string };
  'C5.unmet.badly_lit': Record<string, never>;
  'C5.remedy.venue_badly_lit': Record<string, never>;
  'C5.unmet.not_scouted': { readonly venue: string; readonly due: DeadlineWords };
  'C5.unmet.scouted_late': { readonly venue: string; readonly scoutedOn: string; readonly due: DeadlineWords };
  'C5.unmet.light_late': { readonly venue: string; readonly due: DeadlineWords };
  'C5.remedy.venue_scouted_late': { readonly due: DeadlineWords };
  'C5.pending': { readonly venue: string; readonly due: DeadlineWords };
  'C5.remedy.venue_not_scouted': { readonly due: DeadlineWords };
  'C5.unknown': { readonly due: DeadlineWords };
  'C5.remedy.venue_light_unknown': { readonly due: DeadlineWords };
  // C5.b: the advice not asked yet (`lighting`, `staging`, or both, in that order); a remedy's `due` while the deadline is ahead.
  // The staging remedy is given when only the staging is not asked.
  'C5.b.met': Record<string, never>;
  'C5.b.pending': { readonly notAsked: readonly ('lighting' | 'staging')[]; readonly due: DeadlineWords };
  'C5.b.unmet': { readonly notAsked: readonly ('lighting' | 'staging')[] };
  'C5.b.remedy.lighting_advice_not_asked': { readonly notAsked: readonly ('lighting' | 'staging')[]; readonly due?: DeadlineWords };
  'C5.b.remedy.staging_advice_not_asked': { readonly due?: DeadlineWords };

  // ---- end of C0 to C5 ----

  // ---- C6 to C11 (rules of the second half) ----
  'C6.1.met': { readonly n: number };
  'C6.1.pending': { readonly speakers: readonly SpeakerRef[]; readonly due: DeadlineWords };
  'C6.1.remedy.speakers_not_informed': { readonly speakers: readonly SpeakerRef[]; readonly due: DeadlineWords; readonly days: number };
  'C6.1.unmet': { readonly speakers: readonly SpeakerRef[]; readonly due: DeadlineWords };
  'C6.1.remedy.speakers_informed_late': { readonly speakers: readonly SpeakerRef[]; readonly due: DeadlineWords };
  'C6.2.met': { readonly n: number };
  'C6.2.pending': { readonly speakers: readonly SpeakerRef[]; readonly due: DeadlineWords };
  'C6.2.remedy.release_not_signed': { readonly speakers: readonly SpeakerRef[]; readonly uses: readonly Use[]; readonly gaps: readonly ReleaseGap[]; readonly due: DeadlineWords };
  'C6.2.remedy.release_uses_not_covered': { readonly gaps: readonly ReleaseGap[]; readonly due: DeadlineWords };
  'C6.2.unmet': { readonly refused: readonly SpeakerRef[]; readonly late: readonly SpeakerRef[]; readonly due: DeadlineWords; readonly days: number };
  'C6.2.remedy.release_refused': { readonly speakers: readonly SpeakerRef[]; readonly sessions: readonly string[] };
  'C6.2.remedy.release_signed_late': { readonly speakers: readonly SpeakerRef[]; readonly sessions: readonly string[] };
  'C6.3.met': { readonly n: number };
  'C6.3.pending': { readonly speakers: readonly SpeakerRef[]; readonly due: DeadlineWords };
  'C6.3.remedy.profile_incomplete': { readonly speakers: readonly SpeakerRef[]; readonly due: DeadlineWords };
  'C6.3.unmet': { readonly speakers: readonly SpeakerRef[]; readonly due: DeadlineWords };
  'C6.3.remedy.profile_incomplete_late': { readonly speakers: readonly SpeakerRef[]; readonly due: DeadlineWords };
  'C6.4.met': Record<string, never>;
  // `due` while the deadline is ahead; past it, the message says no date.
  'C6.4.not_committed': { readonly due?: DeadlineWords };
  'C6.4.remedy.conversation_not_committed': { readonly due?: DeadlineWords };
  'C7.unmet.refused': Record<string, never>;
  'C7.remedy.audio_not_professional': Record<string, never>;
  'C7.met': { readonly feed: ProfessionalFeed };
  'C7.unmet.confirmed_late': { readonly confirmedOn: string; readonly due: DeadlineWords };
  'C7.unmet.not_confirmed': { readonly due: DeadlineWords };
  'C7.remedy.audio_confirmed_late': { readonly due: DeadlineWords };
  'C7.pending': { readonly feed: ProfessionalFeed; readonly due: DeadlineWords };
  'C7.remedy.audio_not_confirmed': { readonly due: DeadlineWords };
  'C7.unknown': { readonly due: DeadlineWords };
  'C7.remedy.audio_unknown': { readonly due: DeadlineWords };
  'C8.unknown': Record<string, never>;
  'C8.remedy.programme_missing': Record<string, never>;
  'C8.met': { readonly n: number };
  'C8.not_identified': { readonly sessions: readonly string[]; readonly speakerIds: readonly string[] };
  'C8.remedy.speakers_not_identified': { readonly missing: readonly string[]; readonly due?: DeadlineWords };
  'C8.b.met': Record<string, never>;
  'C8.b.unmet': { readonly withEmail: number; readonly filmed: number };
  'C8.b.remedy.speaker_emails_missing': Record<string, never>;
  'C9.met': { readonly due: DeadlineWords };
  'C9.pending.no_contract': { readonly due: DeadlineWords };
  'C9.pending.unsigned': { readonly parties: readonly ContractParty[]; readonly due: DeadlineWords };
  'C9.remedy.contract_missing': { readonly due: DeadlineWords };
  'C9.remedy.contract_not_signed': { readonly parties: readonly ContractParty[]; readonly due: DeadlineWords };
  'C9.unmet': { readonly due: DeadlineWords };
  'C9.remedy.contract_signed_late': { readonly due: DeadlineWords };
  'C9.3.met.plenaries_only': Record<string, never>;
  'C9.3.met.workshop_clause': { readonly workshops: readonly string[] };
  'C9.3.pending': { readonly workshops: readonly string[]; readonly due: DeadlineWords };
  'C9.3.remedy.workshop_clause_not_agreed': { readonly workshops: readonly string[]; readonly due: DeadlineWords };
  'C9.3.unmet': { readonly workshops: readonly string[] };
  'C9.3.remedy.workshop_in_partnership': { readonly workshops: readonly string[] };
  'C9.4.met': { readonly efforts: readonly MonetizationEffort[] };
  'C9.4.unmet': Record<string, never>;
  'C9.4.remedy.no_monetization_effort': Record<string, never>;
  'C10.met': Record<string, never>;
  'C10.unmet': Record<string, never>;
  'C10.remedy.media_partner_credit_missing': Record<string, never>;
  'C11.met.no_clip': Record<string, never>;
  'C11.met.committed': Record<string, never>;
  // `draft` when an unsigned draft says the organizer would send it; `due` while the deadline is ahead.
  'C11.not_committed': { readonly draft: boolean; readonly due?: DeadlineWords };
  'C11.remedy.post_event_mailing_missing': { readonly due?: DeadlineWords };
  // ---- end of C6 to C11 ----
}

// ---- C6 to C11: the parameter types of the second half ----
/** What a speaker's signed release leaves out (C6.2): the uses and the filmed sessions not covered. */
export interface ReleaseGap {
  readonly speaker: SpeakerRef;
  readonly uses: readonly Use[];
  readonly sessions: readonly string[];
}

/** A professional audio feed (C7): any feed but `none`. */
export type ProfessionalFeed = Exclude<AudioFeed, 'none'>;

/** A party who signs the contract (C9). */
export type ContractParty = 'platform' | 'organizer';
// ---- end of C6 to C11 parameter types ----

/** A message code: `'C6.1.pending'`. */
export type MessageCode = keyof MessageParams;

/** A message as a rule returns it: a code and its parameters, said by a catalogue. */
export interface Message<C extends MessageCode = MessageCode> {
  readonly code: C;
  readonly params: MessageParams[C];
}

/** A deadline's parts at the event's offset, the month named by `Intl.DateTimeFormat` in the catalogue's locale. */
export interface DateParts {
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
  /** The month's name in the catalogue's locale (`Intl.DateTimeFormat`, `month: 'long'`): `March`, `mars`. */
  readonly monthName: string;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** What a catalogue uses to say parameters: numbers by plural rule, lists, speakers and dates. */
export interface Format {
  /**
   * The form for `n` by the locale's plural rules (`Intl.PluralRules`); `none` (when given) for
   * exactly 0. `f.plural(2, { one: 'speaker', other: 'speakers' })` is `'speakers'`.
   */
  plural(n: number, forms: PluralForms): string;
  /** `n` and its form: `f.count(3, { one: 'day', other: 'days' })` is `'3 days'`. */
  count(n: number, forms: PluralForms): string;
  /** Ids or names (escaped for a sentence): at most five, then how many more (the catalogue's `more`). */
  list(items: readonly string[]): string;
  /** Speakers by name and id, `Ana Martin (spk-11)`: at most five, then how many more. */
  speakers(refs: readonly SpeakerRef[]): string;
  /** A deadline in the catalogue's words ({@link Catalogue.date}). */
  date(due: DeadlineWords): string;
}

/** Plural forms, by `Intl.PluralRules` category (`other` is required), and `none` for exactly 0. */
export interface PluralForms {
  readonly none?: string;
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/**
 * The words of one language: every message code, the words around lists, and how a deadline is
 * said. English and French ship (`src/rules/locales/en.ts`, `fr.ts`); adding a language is one
 * more file like them.
 */
export interface Catalogue {
  /** A BCP 47 tag for `Intl`: `'en'`, `'fr'`. */
  readonly locale: string;
  /** After five listed items: `and 3 more`, `et 3 autres`. */
  more(n: number, f: Format): string;
  /** A deadline's parts in words: `7 March 2026, 09:00 event time`. */
  date(parts: DateParts): string;
  readonly messages: { readonly [C in MessageCode]: (params: MessageParams[C], f: Format) => string };
}

/** A message with its code and parameters. @internal */
export function say<C extends MessageCode>(code: C, params: MessageParams[C]): Message<C> {
  return { code, params };
}
