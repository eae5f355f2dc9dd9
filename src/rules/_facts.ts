/**
 * What the rules read that depends on the request alone (filmed sessions and speakers, the speaker
 * map, deadlines by number of days, C6.2's planned uses, sponsor usability), kept for the last
 * parsed request evaluated, for its later evaluations. @internal
 */
import { instantMs } from '../_lib/instant.js';
import { isParsedRequest } from '../models/coverageRequest.js';
import type { CoverageRequest } from '../models/coverageRequest.js';
import type { Speaker } from '../models/speaker.js';
import type { Session } from '../models/event.js';
import { deadlineBefore } from './_deadline.js';
import { exclusiveHolders, instantOf } from './_helpers.js';
import { spanDays } from './simpleSetup.js';
import { contractUses, releaseFacts } from './speakerReleasesSigned.js';
import type { Deadline, FilmedSpeaker, RuleContext, SponsorBlock, SponsorUsability } from './types.js';

function usability(request: CoverageRequest): SponsorUsability[] {
  const out: SponsorUsability[] = [];
  for (let i = 0; i < request.sponsors.length; i += 1) {
    const sponsor = request.sponsors[i] as CoverageRequest['sponsors'][number];
    const reasons: SponsorBlock[] = [];
    if (exclusiveHolders(request.event.sponsors, sponsor).length > 0) reasons.push('exclusivity_conflict');
    if (sponsor.status === 'vetoed') reasons.push('vetoed');
    else if (sponsor.status === 'withdrawn') reasons.push('withdrawn');
    else if (sponsor.status === 'proposed') reasons.push('awaiting_organizer');
    reasons.sort();
    out.push({ sponsorId: sponsor.id, usable: reasons.length === 0, reasons });
  }
  return out.sort((a, b) => (a.sponsorId < b.sponsorId ? -1 : a.sponsorId > b.sponsorId ? 1 : 0));
}

/** What the rules read that depends on the request alone: the same for every `asOf`, policy and availability. */
export interface RequestFacts {
  readonly filmedSessions: RuleContext['filmedSessions'];
  readonly filmedSpeakers: RuleContext['filmedSpeakers'];
  readonly start: number;
  readonly eventDays: number;
  readonly due: RuleContext['due'];
  readonly speakerOf: RuleContext['speakerOf'];
  readonly contractUses: RuleContext['contractUses'];
  readonly sponsorUsability: RuleContext['sponsorUsability'];
  readonly usableSponsors: number;
  readonly once: RuleContext['once'];
}

/** The request's facts. */
function factsFrom(request: CoverageRequest): RequestFacts {
  // Indexed loops throughout: a parsed request's arrays are frozen, and V8 (Node 20) runs `filter`,
  // `for…of` and spreads over frozen arrays several times slower than over plain ones (issue 15).
  const sessions = request.event.sessions;
  const filmedSessions: Session[] = [];
  for (let i = 0; i < sessions.length; i += 1) if ((sessions[i] as Session).filmed) filmedSessions.push(sessions[i] as Session);
  // Who is filmed: every id a filmed session lists, once, with the filmed sessions listing it.
  type Filmed = { -readonly [K in keyof FilmedSpeaker]: FilmedSpeaker[K] };
  const speakers = request.speakers;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < speakers.length; i += 1) indexOf.set((speakers[i] as Speaker).id, i);
  const slots: (Filmed | undefined)[] = [];
  let unlisted: Map<string, Filmed> | undefined;
  const filmedSpeakers: FilmedSpeaker[] = [];
  for (const session of filmedSessions) {
    const plenary = session.kind === 'plenary';
    const ids = session.speakerIds;
    for (let j = 0; j < ids.length; j += 1) {
      const id = ids[j] as string;
      const index = indexOf.get(id);
      const known = index === undefined ? unlisted?.get(id) : slots[index];
      if (known === undefined) {
        const speaker = index === undefined ? undefined : speakers[index];
        const filmed: Filmed = {
          id,
          speaker,
          sessions: [session],
          plenary,
          informedAt: speaker?.informedAt === undefined ? undefined : instantOf(speaker.informedAt),
          profileCompletedAt: speaker?.profileCompletedAt === undefined ? undefined : instantOf(speaker.profileCompletedAt),
          // Set below, once every filmed session listing the id is known.
          releaseFacts: undefined as unknown as FilmedSpeaker['releaseFacts'],
        };
        if (index === undefined) (unlisted ??= new Map()).set(id, filmed);
        else slots[index] = filmed;
        filmedSpeakers.push(filmed);
      } else {
        if (plenary) known.plenary = true;
        // A session listing the same id twice counts once.
        if (known.sessions[known.sessions.length - 1] !== session) known.sessions = [...known.sessions, session];
      }
    }
  }
  const start = instantMs(request.event.start) ?? 0;
  // A deadline depends on the start and the number of days only, so it is kept with the request's facts.
  const deadlines = new Map<number, Deadline>();
  const due = (days: number): Deadline => {
    let deadline = deadlines.get(days);
    if (deadline === undefined) {
      deadline = deadlineBefore(request.event.start, start, days);
      deadlines.set(days, deadline);
    }
    return deadline;
  };
  // The last speaker listed with an id, as a map by id would keep.
  const speakerOf = (id: string): Speaker | undefined => {
    const index = indexOf.get(id);
    return index === undefined ? undefined : speakers[index];
  };
  const added = contractUses(request.contract);
  for (const filmed of filmedSpeakers as Filmed[]) filmed.releaseFacts = releaseFacts(filmed.speaker?.release, filmed.sessions, added);
  const sponsorUsability = request.mode === 'partnership' ? usability(request) : [];
  const eventDays = spanDays(request.event.start, request.event.end);
  const derived = new Map<string, unknown>();
  const once = <T>(key: string, compute: (request: CoverageRequest) => T): T => {
    if (derived.has(key)) return derived.get(key) as T;
    const value = compute(request);
    derived.set(key, value);
    return value;
  };
  return { filmedSessions, filmedSpeakers, start, eventDays, due, speakerOf, contractUses: added, sponsorUsability, usableSponsors: sponsorUsability.filter((s) => s.usable).length, once };
}

// The facts of the last parsed request evaluated, computed on its first evaluation. What the parser
// returns is deeply frozen by construction, so it can never change; any other request may change
// between calls and is read afresh every time. Nothing here depends on `asOf`, the policy or the
// availability. One request only, held strongly: keeping more (a WeakMap, or the last 2, 4, 16)
// made a loop that parses and evaluates request after request spend most of its time collecting
// garbage (30 speakers: 120-179 µs per request against 56-64 µs keeping one; issue 15, see
// docs/rules.md), while evaluating one request again and again, at several dates or
// under several policies, is what the facts are kept for.
const REQUESTS_KEPT = 1;
const requestFacts = new Map<object, RequestFacts>();

/**
 * The facts of `request`: kept when the parser returned it (deeply frozen), read afresh otherwise.
 * `kept: false` for a request no later call can see (one the evaluator parsed itself from JSON):
 * keeping it would only push out another.
 */
export function factsOf(request: CoverageRequest, kept = true): RequestFacts {
  if (!kept || !isParsedRequest(request)) return factsFrom(request);
  let facts = requestFacts.get(request);
  if (facts === undefined) {
    facts = factsFrom(request);
    if (requestFacts.size >= REQUESTS_KEPT) requestFacts.delete(requestFacts.keys().next().value as object);
    requestFacts.set(request, facts);
  }
  return facts;
}
