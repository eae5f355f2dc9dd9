import { instantMs, localTime, offsetMinutes } from '../_lib/instant.js';
import { Issues, rejectValue } from '../_lib/reject.js';
import { describeValue } from '../_lib/describe.js';
import { parseCoverageRequest, type CoverageRequest, type CoverageRequestInput } from '../models/coverageRequest.js';
import type { Unchecked } from '../models/parse.js';
import type { RuleId } from '../models/ruleIds.js';
import { CATALOGUES } from '../rules/locales/index.js';
import type { SpeakerRef } from '../rules/messages.js';
import type { EligibilityReport, Finding, FindingStatus, Locale, RuleKind } from '../rules/types.js';
import { dueMs, readReport } from './_report.js';

/** A capture sponsor an action is about (C2.2, C2.3): its id, and its name as the request gives it. */
export interface SponsorRef {
  readonly id: string;
  readonly name?: string;
}

/**
 * Who an action concerns: the speakers it names (by id and name, exactly as the request gives them),
 * the capture sponsor of a per-sponsor rule; neither for an action on the event as a whole, which
 * falls to the organizer.
 */
export interface ActionConcerns {
  /** Sorted by id. */
  readonly speakers: readonly SpeakerRef[];
  readonly sponsor?: SponsorRef;
}

/** One thing still to do: a finding that is not met, with its remedy in the checklist's language. */
export interface ChecklistAction {
  /**
   * A stable id for this action: the request's id, the rule's id and what the action is about (the
   * sponsor's id for C2.2 and C2.3, the event's id otherwise), each URI-encoded (a lone surrogate
   * as its WTF-8 bytes, `%ED%A0%80`), joined by `/`.
   * The same action keeps it on every later evaluation, whatever its status, remedy or speakers.
   */
  readonly id: string;
  readonly rule: RuleId;
  /** The rule's name: `'speaker-releases-signed'`. */
  readonly name: string;
  /** The seed clause: `'§ 6.2'`. */
  readonly clause: string;
  readonly kind: RuleKind;
  /** The finding's status: never `met`. */
  readonly status: Exclude<FindingStatus, 'met'>;
  /** The remedy's stable code: `'release_not_signed'`. */
  readonly code: string;
  /** What to do: the rule's remedy, in the checklist's locale. */
  readonly todo: string;
  readonly concerns: ActionConcerns;
  /** When it is due, in UTC (`2026-04-02T07:00:00.000Z`): the rule's deadline, while still ahead at the report's `asOf`. */
  readonly dueAt?: string;
  /** The same instant at the event's offset: `2026-04-02T09:00+02:00`. */
  readonly dueLocal?: string;
  /** The same in words, as the rules' catalogues say a deadline: `2 April 2026, 09:00 event time`, `2 avril 2026, 9 h 00, heure de l'événement`. */
  readonly dueSaid?: string;
  /** The rule's deadline passed before the report's `asOf`: do it at once (the action has no `dueAt`). */
  readonly overdue: boolean;
}

/** What {@link organizerChecklist} returns: plain JSON, the same inputs giving the same bytes. */
export interface OrganizerChecklist {
  readonly locale: Locale;
  readonly requestId: string;
  readonly eventId: string;
  /** The event's title, as the request gives it. */
  readonly eventTitle: string;
  /** The event's start, as the request writes it (its offset is the one every `dueLocal` uses). */
  readonly eventStart: string;
  readonly policyVersion: string;
  /** The report's evaluation instant, in UTC. */
  readonly asOf: string;
  readonly decision: EligibilityReport['decision'];
  /** The dated actions by due instant, then the undated ones; ties keep the report's order. */
  readonly actions: readonly ChecklistAction[];
}

/** Options of {@link organizerChecklist}. */
export interface OrganizerChecklistOptions {
  /** `'en'` (the default) or `'fr'`: the language of each action's `todo`. */
  readonly locale?: Locale;
}

const OPTION_KEYS = ['locale'] as const;

// The evidence lists that hold speaker ids, by rule: the speakers an action concerns. One place to
// follow when a rule reports speakers under a new key (test/documents/checklist.test.ts checks each).
const SPEAKER_EVIDENCE: Readonly<Partial<Record<RuleId, readonly string[]>>> = {
  'C6.1': ['notInformed', 'late'],
  'C6.2': ['unsigned', 'uncovered', 'late', 'refused', 'withdrawn'],
  'C6.3': ['noAccount', 'incomplete', 'late'],
  C8: ['unknownSpeakerIds'],
};

/**
 * The remedy codes that are the platform's own work, never the organizer's: left out of the
 * organizer's checklist (its actions, the CLI's table and the calendar). Today only C3's
 * `crew_availability_unknown` (check the platform's crew plan and evaluate again); C3's
 * `no_crew_available` and `crew_too_small` stay, as they ask the organizer for other dates or a
 * lighter set-up. Every other remedy of the rules' catalogues asks something of the organizer.
 */
const PLATFORM_REMEDIES: ReadonlySet<string> = new Set(['crew_availability_unknown']);

function readOptions(options: unknown): Locale {
  if (options === undefined) return 'en';
  if (typeof options !== 'object' || options === null || Array.isArray(options)) rejectValue('invalid_options', 'options', 'an options object `{ locale }`', options);
  const record = options as Record<string, unknown>;
  const issues = new Issues();
  issues.unknownKeys(record, OPTION_KEYS, 'options');
  issues.throwIfAny();
  const locale = record.locale ?? 'en';
  if (locale !== 'en' && locale !== 'fr') rejectValue('invalid_locale', 'options.locale', '`en` or `fr`', locale);
  return locale;
}

/** The speaker ids a finding's evidence lists, once each, sorted. */
function speakerIds(finding: Finding): string[] {
  const ids = new Set<string>();
  for (const key of SPEAKER_EVIDENCE[finding.rule] ?? []) {
    const list = finding.evidence[key];
    if (!Array.isArray(list)) continue;
    // C6.2's `uncovered` lists `{ speaker, sessions, uses }`.
    for (const item of list) {
      const id = typeof item === 'string' ? item : item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as { speaker?: unknown }).speaker : undefined;
      if (typeof id === 'string') ids.add(id);
    }
  }
  return [...ids].sort();
}

/** A deadline in the catalogue's words, at the offset `dueLocal` is written with. */
function dueSaid(at: number, dueLocal: string, locale: Locale): string {
  const t = localTime(at, offsetMinutes(dueLocal) ?? 0);
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(t.year, t.month - 1, 1));
  return CATALOGUES[locale].date({ ...t, monthName });
}

/** A UTF-16 code unit of a surrogate half with no other half beside it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `text` URI-encoded as `encodeURIComponent` does, except that a lone surrogate (which an id may
 * hold, and `encodeURIComponent` throws a URIError on) is percent-encoded as WTF-8 writes it
 * (`\ud800` is `%ED%A0%80`): never a character UTF-8 can write, so two ids never share a code.
 */
function uriPart(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(LONE_SURROGATE)) {
    const unit = match[0].charCodeAt(0);
    const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
    out += `${encodeURIComponent(text.slice(last, match.index))}${bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('')}`;
    last = match.index + 1;
  }
  return `${out}${encodeURIComponent(text.slice(last))}`;
}

/** An action's id: the request's id, the rule's id and what it is about (a sponsor's id, else the event's), URI-encoded, joined by `/`. */
function actionId(requestId: string, rule: string, subject: string): string {
  return [requestId, rule, subject].map(uriPart).join('/');
}

/**
 * The organizer's checklist: every action still to do for a request, from its eligibility report's
 * findings that are not met (`pending`, `unknown` and `unmet`), each with what to do (the rule's
 * remedy, in English or French), who it concerns and when it is due, in due order. A remedy that is
 * the platform's own work (C3 `crew_availability_unknown`: check its crew plan) is not the
 * organizer's to do and gives no action.
 *
 * An action is due by its rule's deadline while that is still ahead at the report's `asOf` (at or
 * after it), as the instant (`dueAt`) and at the event's offset (`dueLocal`); the dated actions come
 * by due instant. An action whose deadline has passed (`overdue`), or whose rule has none, has no
 * date and comes after them. Ties keep the report's order (rule order, then sponsor id).
 *
 * @param report - what `evaluateEligibility` returned for `request` (or its JSON read back).
 * @param request - the coverage request the report is for, parsed or as JSON input: it names the speakers and sponsors.
 * @throws {PartnershipError} `invalid_input` for a report or request that cannot be read (paths from
 *   `report.` and `request.`) or a report for another request or event (`report.requestId`,
 *   `report.eventId`); `unknown_key` for an option it does not know (`options.locle`, did you mean
 *   `locale`?), `invalid_options`, `invalid_locale` (neither `en` nor `fr`).
 * @example
 * const report = evaluateEligibility(request, { policy: DEFAULT_POLICY, asOf: '2026-02-10T12:00:00Z' });
 * organizerChecklist(report, request, { locale: 'en' }).actions[0]
 * //=> { id: 'req-late-releases/C6.2/evt-late', rule: 'C6.2', code: 'release_not_signed',
 * //     todo: 'Have Ana (spk-1), … sign the image-rights and broadcast release, …', dueLocal: '2026-04-02T09:00+02:00', … }
 */
export function organizerChecklist(report: EligibilityReport, request: CoverageRequestInput | CoverageRequest, options?: OrganizerChecklistOptions): OrganizerChecklist;
/** The checklist of a request given as data whose type says nothing of its shape (`unknown`, `any`, a JSON record): see `Unchecked`. */
export function organizerChecklist<T>(report: EligibilityReport, request: T & Unchecked<T>, options?: OrganizerChecklistOptions): OrganizerChecklist;
export function organizerChecklist(report: EligibilityReport, request: unknown, options?: OrganizerChecklistOptions): OrganizerChecklist {
  const locale = readOptions(options);
  const read = readReport(report);
  const parsed = parseCoverageRequest(request as CoverageRequestInput, 'request');
  if (read.requestId !== parsed.id) rejectValue('invalid_input', 'report.requestId', `the request's id ${describeValue(parsed.id)}`, read.requestId);
  if (read.eventId !== parsed.event.id) rejectValue('invalid_input', 'report.eventId', `the request's event id ${describeValue(parsed.event.id)}`, read.eventId);
  const asOf = instantMs(read.asOf) as number;
  // The last speaker listed with an id, as the rules read them.
  const names = new Map(parsed.speakers.map((s) => [s.id, s.name]));
  const sponsors = new Map(parsed.sponsors.map((s) => [s.id, s.name]));
  const dated: { action: ChecklistAction; at: number }[] = [];
  const undated: ChecklistAction[] = [];
  for (const finding of read.findings) {
    if (finding.status === 'met' || finding.remedy === undefined || PLATFORM_REMEDIES.has(finding.remedy.code)) continue;
    const at = dueMs(finding);
    const ahead = at !== undefined && at >= asOf;
    const speakers = speakerIds(finding).map((id): SpeakerRef => {
      const name = names.get(id);
      return name === undefined ? { id } : { id, name };
    });
    const sponsorName = finding.sponsorId === undefined ? undefined : sponsors.get(finding.sponsorId);
    const sponsor = finding.sponsorId === undefined ? undefined : sponsorName === undefined ? { id: finding.sponsorId } : { id: finding.sponsorId, name: sponsorName };
    // Keys in one fixed order, optional ones only when present: the same input gives the same bytes.
    const action: ChecklistAction = {
      id: actionId(read.requestId, finding.rule, finding.sponsorId ?? read.eventId),
      rule: finding.rule,
      name: finding.name,
      clause: finding.clause,
      kind: finding.kind,
      status: finding.status,
      code: finding.remedy.code,
      todo: finding.remedy[locale],
      concerns: sponsor === undefined ? { speakers } : { speakers, sponsor },
      ...(ahead ? { dueAt: finding.dueAt as string, dueLocal: finding.dueLocal as string, dueSaid: dueSaid(at, finding.dueLocal as string, locale) } : {}),
      overdue: at !== undefined && !ahead,
    };
    if (ahead) dated.push({ action, at });
    else undated.push(action);
  }
  // Array.prototype.sort is stable: equal instants keep the report's order.
  dated.sort((a, b) => a.at - b.at);
  return {
    locale,
    requestId: read.requestId,
    eventId: read.eventId,
    eventTitle: parsed.event.title,
    eventStart: parsed.event.start,
    policyVersion: read.policyVersion,
    asOf: read.asOf,
    decision: read.decision,
    actions: [...dated.map((d) => d.action), ...undated],
  };
}
