// What a contract draft says, read once from the parsed contract and request and formatted for one
// language: the clause catalogues (contractClauses.{en,fr}.ts) only put these facts into sentences.
import type { Contract } from '../models/contract.js';
import type { CoverageRequest } from '../models/coverageRequest.js';
import type { AudioFeed, Session, Use } from '../models/event.js';
import { USES } from '../models/event.js';
import { money, type Money } from '../money/money.js';
import { splitRevenue } from '../money/splitRevenue.js';
import { STREAMS, type Stream } from '../money/streams.js';
import { instantMs, localTime, offsetMinutes, formatOffset } from '../_lib/instant.js';
import { printable } from '../_lib/printable.js';
import { formatMoney as formatAmount, formatShare as formatShareExactly } from './_format.js';
import type { Locale } from '../rules/types.js';

/** The `Intl` locale each language formats numbers and dates in. */
const INTL_LOCALE: Readonly<Record<Locale, string>> = { en: 'en-GB', fr: 'fr-FR' };

/** A stream's clause as the draft says it: the organizer's share as a percentage, and whether it counts toward the breakeven. */
export interface StreamTerms {
  readonly organizerShare: string;
  readonly platformShare: string;
  readonly countsTowardBreakeven: boolean;
}

/** One filmed session as the draft lists it. */
export interface SessionLine {
  readonly id: string;
  readonly title?: string;
  /** `14 March 2026, 09:30–11:00` at the event's offset. */
  readonly when: string;
  readonly uses: readonly Use[];
}

/** Every fact a clause may say, each already formatted for the draft's language. */
export interface ContractFacts {
  readonly locale: Locale;
  readonly contractId?: string;
  readonly requestId: string;
  readonly platform: string;
  readonly organizer: string;
  readonly eventId: string;
  readonly eventTitle: string;
  readonly venue: string;
  readonly city: string;
  /** `14 March 2026, 09:00–18:00` (one day) or `14 March 2026, 09:00 to 15 March 2026, 18:00` (`du … au …` in French). */
  readonly eventWhen: string;
  /** Whether the event spans more than one day at its offset. */
  readonly multiDay: boolean;
  /** `UTC+01:00`. */
  readonly offset: string;
  readonly cameras: number;
  readonly plenaries: readonly SessionLine[];
  readonly workshops: readonly SessionLine[];
  readonly breakeven: string;
  readonly breakevenIsZero: boolean;
  readonly share: StreamTerms;
  /** A worked example: sponsor money of twice the breakeven, split as the contract says (absent for a zero breakeven). */
  readonly example?: { readonly received: string; readonly surplus: string; readonly organizer: string; readonly platform: string };
  /** The clauses of the streams other than sponsorship that the contract has, in {@link STREAMS} order. */
  readonly streams: readonly (readonly [Exclude<Stream, 'sponsorship'>, StreamTerms])[];
  /** The event's own sponsors holding a category exclusively. */
  readonly exclusives: readonly { readonly sponsor: string; readonly category: string }[];
  readonly speakers: readonly string[];
  /** The uses every release must cover, in {@link USES} order. */
  readonly uses: readonly Use[];
  readonly audioFeed?: AudioFeed;
  readonly lightingAdvice: boolean;
  readonly stagingAdvice: boolean;
  readonly mediaPartnerCredit: boolean;
  readonly onlineConversation: boolean;
  readonly speakerEmails: boolean;
  readonly clipPlanned: boolean;
  readonly postEventMailing: boolean;
  readonly promotion: { readonly links: number; readonly tweets: number; readonly blogPosts: number };
  readonly signedAt: { readonly platform?: string; readonly organizer?: string };
}

/**
 * A caller's text as a document may show it: control characters escaped (`printable`), and the
 * noncharacters U+FFFE and U+FFFF, which XML 1.0 forbids, escaped the same way (`\\uffff`);
 * everything else as given.
 */
function text(value: string): string {
  return printable(value).replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

// The documents' one formatter of amounts and shares: exact, at the currency's minor units.
const formatMoney = (amount: Money, locale: Locale): string => formatAmount(amount.amount, amount.currency, INTL_LOCALE[locale]);
const formatShare = (share: string, locale: Locale): string => formatShareExactly(share, INTL_LOCALE[locale]);

/** `1 - share`, exactly, for a decimal string in [0, 1]. */
function complement(share: string): string {
  const [whole = '0', fraction = ''] = share.split('.');
  const scale = 10n ** BigInt(fraction.length);
  const rest = scale - BigInt(whole + fraction);
  const digits = rest.toString().padStart(fraction.length + 1, '0');
  return fraction.length === 0 ? digits : `${digits.slice(0, -fraction.length)}.${digits.slice(-fraction.length)}`;
}

function streamTerms(organizerShare: string, countsTowardBreakeven: boolean, locale: Locale): StreamTerms {
  return { organizerShare: formatShare(organizerShare, locale), platformShare: formatShare(complement(organizerShare), locale), countsTowardBreakeven };
}

/** An instant's day and time at an offset: `14 March 2026` and `09:00`. */
function dayAndTime(ms: number, offset: number, locale: Locale): { day: string; time: string } {
  const t = localTime(ms, offset);
  const day = new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(t.year, t.month - 1, t.day));
  return { day, time: `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}` };
}

/** A span at an offset: one day with two times, or two days with their times (`du … au …` in French). */
function span(start: string, end: string, offset: number, locale: Locale): string {
  const a = dayAndTime(instantMs(start)!, offset, locale);
  const b = dayAndTime(instantMs(end)!, offset, locale);
  if (a.day === b.day) return `${a.day}, ${a.time}–${b.time}`;
  return locale === 'fr' ? `du ${a.day}, ${a.time} au ${b.day}, ${b.time}` : `${a.day}, ${a.time} to ${b.day}, ${b.time}`;
}

function sessionLine(session: Session, offset: number, locale: Locale): SessionLine {
  return {
    id: text(session.id),
    ...(session.title === undefined || session.title.trim() === '' ? {} : { title: text(session.title) }),
    when: span(session.start, session.end, offset, locale),
    uses: USES.filter((use) => session.uses.includes(use)),
  };
}

/**
 * The facts of a draft, from a parsed contract and a parsed request in partnership mode. @internal
 */
export function contractFacts(contract: Contract, request: CoverageRequest, locale: Locale): ContractFacts {
  const { event, partner } = request;
  const offset = offsetMinutes(event.start)!;
  const filmed = event.sessions.filter((session) => session.filmed);
  const breakeven = money(contract.breakeven.amount, contract.breakeven.currency);
  const breakevenIsZero = !/[1-9]/.test(breakeven.amount);
  let example: ContractFacts['example'];
  if (!breakevenIsZero) {
    const doubled = doubleAmount(breakeven);
    const split = splitRevenue(doubled, { breakeven, organizerShare: contract.organizerShare });
    example = {
      received: formatMoney(doubled, locale),
      surplus: formatMoney(split.surplus, locale),
      organizer: formatMoney(split.organizer, locale),
      platform: formatMoney(split.platform, locale),
    };
  }
  const streams: (readonly [Exclude<Stream, 'sponsorship'>, StreamTerms])[] = [];
  for (const stream of STREAMS) {
    const clause = contract.clauses[stream];
    if (stream !== 'sponsorship' && clause !== undefined) streams.push([stream, streamTerms(clause.organizerShare, clause.countsTowardBreakeven, locale)]);
  }
  const uses = new Set<Use>(filmed.flatMap((session) => session.uses));
  if (contract.clauses.dvd !== undefined) uses.add('dvd');
  if (contract.clipPlanned) uses.add('clip');
  const names = new Map(request.speakers.map((speaker) => [speaker.id, speaker.name]));
  const speakerIds = [...new Set(filmed.flatMap((session) => session.speakerIds))];
  const { platform, organizer } = contract.parties;
  return {
    locale,
    ...(contract.id === undefined ? {} : { contractId: text(contract.id) }),
    requestId: text(request.id),
    platform: text(platform.name),
    organizer: text(organizer.name),
    eventId: text(event.id),
    eventTitle: text(event.title),
    venue: text(event.venue.name),
    city: text(event.venue.city),
    eventWhen: span(event.start, event.end, offset, locale),
    multiDay: formatLocalDay(event.start, offset) !== formatLocalDay(event.end, offset),
    offset: `UTC${formatOffset(offset)}`,
    cameras: event.cameras,
    plenaries: filmed.filter((s) => s.kind === 'plenary').map((s) => sessionLine(s, offset, locale)),
    workshops: filmed.filter((s) => s.kind === 'workshop').map((s) => sessionLine(s, offset, locale)),
    breakeven: formatMoney(breakeven, locale),
    breakevenIsZero,
    share: streamTerms(contract.organizerShare, true, locale),
    ...(example === undefined ? {} : { example }),
    streams,
    exclusives: event.sponsors.flatMap((s) => (s.exclusiveCategory === undefined ? [] : [{ sponsor: text(s.name), category: text(s.exclusiveCategory) }])),
    speakers: speakerIds.map((id) => text(names.get(id) ?? id)),
    uses: USES.filter((use) => uses.has(use)),
    ...(event.audio.feed === undefined ? {} : { audioFeed: event.audio.feed }),
    lightingAdvice: partner.commitments.lightingAdviceAsked,
    stagingAdvice: partner.commitments.stagingAdviceAsked,
    mediaPartnerCredit: partner.commitments.mediaPartnerCredit,
    onlineConversation: partner.commitments.onlineConversation,
    speakerEmails: partner.commitments.speakerEmailsProvided,
    clipPlanned: contract.clipPlanned,
    postEventMailing: contract.postEventMailing,
    promotion: partner.commitments.promotion,
    signedAt: {
      ...(platform.signedAt === undefined ? {} : { platform: platform.signedAt }),
      ...(organizer.signedAt === undefined ? {} : { organizer: organizer.signedAt }),
    },
  };
}

/** An instant's calendar date at an offset. */
function formatLocalDay(instant: string, offset: number): string {
  const t = localTime(instantMs(instant)!, offset);
  return `${t.year}-${t.month}-${t.day}`;
}

/** Twice an amount, exactly, at its currency's scale. */
function doubleAmount(amount: Money): Money {
  const digits = amount.amount;
  const point = digits.indexOf('.');
  const scale = point < 0 ? 0 : digits.length - point - 1;
  const units = BigInt(digits.replace('.', '')) * 2n;
  const padded = units.toString().padStart(scale + 1, '0');
  const text = scale === 0 ? padded : `${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
  return money(text, amount.currency);
}
