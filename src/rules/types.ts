import type { CrewAvailability } from '../models/availability.js';
import type { CoverageMode, CoverageRequest } from '../models/coverageRequest.js';
import type { Session, Use } from '../models/event.js';
import type { Policy, PolicyParameters, RuleKind } from '../models/policy.js';
import type { Speaker } from '../models/speaker.js';
import type { RuleId } from '../models/ruleIds.js';
import type { Catalogue, Message } from './messages.js';

/** What a rule found: met, unmet, not yet met with its deadline still ahead, or missing information. */
export type FindingStatus = 'met' | 'unmet' | 'pending' | 'unknown';

export type { RuleKind };

/** The languages shipped for messages; remedies carry both. */
export type Locale = 'en' | 'fr';

/** The language of a report's messages: a shipped locale, or a catalogue of your own (see `Catalogue`). */
export type LocaleOption = Locale | Catalogue;

/** A JSON value in a finding's evidence. */
export type EvidenceValue = string | number | boolean | null | readonly EvidenceValue[] | { readonly [key: string]: EvidenceValue };

/** What a rule looked at: ids, counts, dates; never contact details. */
export type Evidence = { readonly [key: string]: EvidenceValue };

/** The name of a policy parameter: `'releaseLeadDays'`. */
export type ParameterName = keyof PolicyParameters;

/** The policy parameters a finding used, by name: `{ releaseLeadDays: 7 }`. */
export type FindingParameters = { readonly [Name in ParameterName]?: number };

/**
 * What an organizer can do about a finding that is not met, in both languages, with a stable
 * `code` for programs and, when a deadline is still ahead, when it is due: the instant (`dueAt`, UTC)
 * and the same instant in the event's local time (`dueLocal`, at the offset of the event's start).
 */
export interface Remedy {
  /** Stable snake_case code: `'release_not_signed'`. */
  readonly code: string;
  /** The instant the remedy is due by, in UTC: `2026-03-07T08:00:00.000Z`. */
  readonly dueAt?: string;
  /** The same instant at the event's offset, to the minute: `2026-03-07T09:00+01:00`. */
  readonly dueLocal?: string;
  readonly en: string;
  readonly fr: string;
}

/** One rule's verdict in a report. */
export interface Finding {
  /** The rule id: `'C6.2'`. */
  readonly rule: RuleId;
  /** The rule's name: `'speaker-releases-signed'`. */
  readonly name: string;
  /** The seed clause it encodes: `'§ 6.2'`. */
  readonly clause: string;
  /** `blocking` or `weighing`, as the policy says. */
  readonly kind: RuleKind;
  readonly status: FindingStatus;
  /** For a per-sponsor rule (C2.2, C2.3): the capture sponsor it is about. */
  readonly sponsorId?: string;
  /** What was looked at. */
  readonly evidence: Evidence;
  /** The policy parameters the rule used, by name: `{ releaseLeadDays: 7 }`. */
  readonly parameters: FindingParameters;
  /** The rule's deadline, in UTC: `2026-03-07T08:00:00.000Z` (absent for C2.5, which has none). */
  readonly dueAt?: string;
  /** The rule's deadline at the event's offset: `2026-03-07T09:00+01:00`. */
  readonly dueLocal?: string;
  /** Present on every finding that is not met. */
  readonly remedy?: Remedy;
  /** The verdict in words, in the report's locale. */
  readonly message: string;
}

/** Why a capture sponsor cannot be attached (yet). */
export type SponsorBlock = 'exclusivity_conflict' | 'vetoed' | 'withdrawn' | 'awaiting_organizer';

/** Whether one capture sponsor can be attached to the filming. */
export interface SponsorUsability {
  readonly sponsorId: string;
  readonly usable: boolean;
  /** Sorted; empty when usable. */
  readonly reasons: readonly SponsorBlock[];
}

/** The outcome of {@link evaluateEligibility}: plain JSON, the same input giving the same bytes. */
export interface EligibilityReport {
  readonly requestId: string;
  readonly eventId: string;
  readonly mode: CoverageMode;
  readonly policyVersion: string;
  /** The evaluation instant, in UTC: `2026-02-10T12:00:00.000Z`. */
  readonly asOf: string;
  /** `eligible`: every blocking rule met; `ineligible`: one unmet; `incomplete`: none unmet, some pending or unknown. */
  readonly decision: 'eligible' | 'ineligible' | 'incomplete';
  /** Weight of the met weighing rules over the weight of all applicable ones, in [0, 1], 4 decimals; 0 when none weighs. */
  readonly preference: number;
  /** One finding per applicable rule (per sponsor for C2.2 and C2.3), in {@link RULE_IDS} order, then by sponsor id. */
  readonly findings: readonly Finding[];
  /** Each capture sponsor and whether it can be attached, by sponsor id (empty in client mode). */
  readonly sponsors: readonly SponsorUsability[];
}

/** What the engine prepares once and every rule reads. @internal */
export interface RuleContext {
  readonly request: CoverageRequest;
  readonly policy: Policy;
  readonly asOf: number;
  /** The event's start, epoch ms. */
  readonly start: number;
  /** The calendar days the event spans at its offset (NB's `spanDays`). */
  readonly eventDays: number;
  readonly availability: CrewAvailability | undefined;
  /** Sessions asked to be filmed. */
  readonly filmedSessions: CoverageRequest['event']['sessions'];
  /** The speakers of filmed sessions, once each, in no particular order: rules sort what they report. */
  readonly filmedSpeakers: readonly FilmedSpeaker[];
  /** A deadline `days` whole days before the start: the instant and how to say it. */
  due(days: number): Deadline;
  /** The speaker of the request with this id (the last listed, should two share it). */
  speakerOf(id: string): Speaker | undefined;
  /** The uses the contract adds to every filmed session (C6.2's `contractUses`). */
  readonly contractUses: readonly Use[];
  /** Each capture sponsor's usability, by sponsor id. */
  readonly sponsorUsability: readonly SponsorUsability[];
  /** How many capture sponsors are usable. */
  readonly usableSponsors: number;
  /**
   * What a rule derives from the request alone, under its own `key`, worked out once per request (kept
   * with a deeply frozen request for its later evaluations): `compute` reads the request and what the
   * context derives from it alone (filmed sessions and speakers), never `asOf`, the policy or the
   * availability. The value is shared by the reports of that request: a rule copies what it puts in one.
   */
  once<T>(key: string, compute: (request: CoverageRequest) => T): T;
}

/** A speaker of a filmed session: the id listed, the speaker record if there is one, their filmed sessions. @internal */
export interface FilmedSpeaker {
  readonly id: string;
  readonly speaker: Speaker | undefined;
  /** The filmed sessions listing the id, in programme order. */
  readonly sessions: readonly Session[];
  /** Whether one of the filmed sessions listing the id is a plenary. */
  readonly plenary: boolean;
  /** When the speaker says they were told, epoch ms (a date after `asOf` has not happened yet). */
  readonly informedAt: number | undefined;
  /** When the speaker's profile became complete, epoch ms (C6.3; a date after `asOf` has not happened yet). */
  readonly profileCompletedAt: number | undefined;
  /** Their release as C6.2 reads it. */
  readonly releaseFacts: ReleaseFacts;
}

/** A filmed speaker's release as C6.2 reads it, from the request alone. @internal */
export interface ReleaseFacts {
  /** When the release entered each state, epoch ms (a date after `asOf` has not happened yet). */
  readonly signedAt: number | undefined;
  readonly refusedAt: number | undefined;
  readonly withdrawnAt: number | undefined;
  /** Every use the speaker's filmed sessions plan (their own and those the contract adds), as bits over `USES` (`1 << i` for `USES[i]`). */
  readonly planned: number;
  /**
   * What the release leaves out once signed: the sessions it does not name or whose planned uses it does
   * not cover (sorted), and those uses (in `USES` order); `undefined` when it covers every use, or there is none.
   */
  readonly gap: { readonly sessions: readonly string[]; readonly uses: readonly Use[] } | undefined;
}

/** An instant to say at an offset: epoch milliseconds, and the offset in minutes east of UTC. */
export interface DeadlineWords {
  /** Epoch milliseconds. */
  readonly at: number;
  /** Minutes east of UTC: the offset of the event's start. */
  readonly offset: number;
}

/**
 * A deadline, counted in whole days before the event's start: the instant, and the instant in the
 * event's local time (the offset the event's start is written with). A catalogue says it in words
 * (`Format.date`). @internal
 */
export interface Deadline extends DeadlineWords {
  /** `2026-03-07T08:00:00.000Z`. */
  readonly dueAt: string;
  /** `2026-03-07T09:00+01:00`. */
  readonly dueLocal: string;
}

/** A remedy as a rule returns it: its code, its text as a message, and its deadline when still ahead. @internal */
export interface Advice {
  readonly code: string;
  readonly text: Message;
  readonly due?: Deadline;
}

/** One verdict as a rule returns it, before the engine adds the rule's id and kind and says its messages. @internal */
export interface Outcome {
  readonly status: FindingStatus;
  readonly evidence: Evidence;
  readonly message: Message;
  readonly remedy?: Advice;
  /** Set by the evaluator on a pending or unknown outcome past its deadline: the deadline missed. */
  readonly late?: Deadline;
  readonly sponsorId?: string;
}

/**
 * One condition of the seed as an explainable rule.
 */
export interface Rule {
  readonly id: RuleId;
  /** Stable kebab-case name: `'sole-film-crew'`. */
  readonly name: string;
  /** The seed clause: `'§ 1'`. */
  readonly clause: string;
  /** The kind the seed gives it; a policy's `blocking` list decides in the end. */
  readonly defaultKind: RuleKind;
  /** `sponsor`: one finding per capture sponsor, blocking that sponsor, not the event. */
  readonly scope: 'event' | 'sponsor';
  /**
   * The policy parameter (days before the event's start) that is the rule's deadline: once it has
   * passed, the rule is never `pending` or `unknown` (the evaluator makes a late one `unmet`, remedy
   * `too_late`). Only C2.5, which never blocks, has none.
   */
  readonly deadline: ParameterName | undefined;
  /** The policy parameters the rule reads (its deadline included): each finding reports their values. */
  readonly parameters: readonly ParameterName[];
  /** The seed's sentence, in French, as published. */
  readonly seed: string;
  /** The same sentence in English, as the platform's staff translate it for organizers. */
  readonly seedEn: string;
  /** @internal */
  evaluate(context: RuleContext): Outcome | readonly Outcome[];
}

/** A rule without its seed sentences: what the evaluator runs. @internal */
export type RuleLogic = Omit<Rule, 'seed' | 'seedEn'>;
