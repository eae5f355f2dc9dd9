import { timestampMs } from '../_lib/instant.js';
import { agreedAt } from '../models/contract.js';
import type { Message, SpeakerRef } from './messages.js';
import type { Advice, Deadline, RuleContext } from './types.js';

// The instant of each dated text, read once: a frozen request is read again on every evaluation, and
// the requests of a batch share their dates. Bounded, since a long-running host sees many texts.
const INSTANTS_KEPT = 4096;
const instants = new Map<string, number>();

/** `timestampMs(text)`, kept for the next time the same text comes. @internal */
export function instantOf(text: string): number | undefined {
  const found = instants.get(text);
  if (found !== undefined) return found;
  const ms = timestampMs(text);
  if (ms !== undefined) {
    if (instants.size >= INSTANTS_KEPT) instants.clear();
    instants.set(text, ms);
  }
  return ms;
}

/**
 * When both parties had signed the contract, if they had by `asOf` (`agreedAt`); the instant both
 * signed is read once per request. @internal
 */
export function agreedBy(context: RuleContext): number | undefined {
  const at = context.once('agreedAt', (request) => agreedAt(request.contract, Number.POSITIVE_INFINITY));
  return at !== undefined && at <= context.asOf ? at : undefined;
}

/** When something happened, if it did by `asOf` (a date after `asOf` has not happened yet). @internal */
export function happened(context: RuleContext, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = instantOf(text);
  return ms !== undefined && ms <= context.asOf ? ms : undefined;
}

/** A dated fact as known at `asOf`: its instant (epoch ms) and the text the caller gave. @internal */
export interface KnownFact {
  readonly at: number;
  readonly text: string;
}

/**
 * A dated fact (`profileCompletedAt`, `scouting.doneAt`, `audio.confirmedAt`, `editorialVerdict.at`)
 * if it is known at `asOf`: absent, or dated after `asOf`, it is not known yet. @internal
 */
export function known(context: RuleContext, text: string | undefined): KnownFact | undefined {
  const at = happened(context, text);
  return at === undefined || text === undefined ? undefined : { at, text };
}

/**
 * Caller strings (ids, names) for a report's evidence: exactly as given, sorted by code unit,
 * the same everywhere (no locale). @internal
 */
export function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}

/** A remedy: its stable code, its text as a message, and its deadline when still ahead. @internal */
export function advise(code: string, text: Message, due?: Deadline): Advice {
  return due === undefined ? { code, text } : { code, text, due };
}

/** Speakers for a message, by id, with their names when the request has them ({@link SpeakerRef}). @internal */
export function refs(context: RuleContext, ids: readonly string[]): SpeakerRef[] {
  return ids.map((id) => {
    const speaker = context.speakerOf(id);
    return speaker === undefined ? { id } : { id, name: speaker.name };
  });
}

function norm(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * The event sponsors whose exclusive category is a capture sponsor's sector (the same
 * sponsor excepted), by name, sorted. @internal
 */
export function exclusiveHolders(
  eventSponsors: readonly { readonly name: string; readonly exclusiveCategory?: string | undefined }[],
  sponsor: { readonly name: string; readonly sector: string },
): string[] {
  const sector = norm(sponsor.sector);
  const name = norm(sponsor.name);
  const holders: string[] = [];
  // Indexed: a parsed request's arrays are frozen, which V8 iterates slowly with `for…of`.
  for (let i = 0; i < eventSponsors.length; i += 1) {
    const s = eventSponsors[i] as (typeof eventSponsors)[number];
    if (s.exclusiveCategory !== undefined && norm(s.exclusiveCategory) === sector && norm(s.name) !== name) holders.push(s.name);
  }
  return sorted(holders);
}
