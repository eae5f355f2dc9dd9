import { messageText } from '../_lib/describe.js';
import { timestampMs } from '../_lib/instant.js';
import type { Message, SpeakerRef } from './messages.js';
import type { Advice, Deadline, Remedy, RuleContext } from './types.js';

/** When something happened, if it did by `asOf` (a date after `asOf` has not happened yet). @internal */
export function happened(context: RuleContext, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = timestampMs(text);
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

/**
 * A caller's id or name in a sentence (a message or a remedy): control characters escaped, cut
 * to `MESSAGE_TEXT_LIMIT` characters with its length said. Evidence keeps the string as given. @internal
 */
export const said = messageText;

/** Lists ids for a sentence ({@link said}, or `show`): at most five, then how many more. Evidence keeps every id. @internal */
export function list(ids: readonly string[], fr: boolean, show: (id: string) => string = said): string {
  const shown = ids.slice(0, 5).map(show).join(', ');
  if (ids.length <= 5) return shown;
  const more = ids.length - 5;
  return `${shown} ${fr ? `et ${more} autre${more > 1 ? 's' : ''}` : `and ${more} more`}`;
}

/** The sentence for none, for one, or for several: `byCount(n, 'No speaker…', 'The speaker…', `All ${n}…`)`. @internal */
export function byCount(n: number, none: string, one: string, many: string): string {
  return n === 0 ? none : n === 1 ? one : many;
}

/** `1 speaker`, `3 speakers`. @internal */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A remedy, with when it is due (the instant, and at the event's offset) when its deadline is still ahead. @internal */
export function remedy(code: string, en: string, fr: string, due?: Deadline): Remedy {
  return due === undefined ? { code, en, fr } : { code, dueAt: due.dueAt, dueLocal: due.dueLocal, en, fr };
}

/** A remedy: its stable code, its text as a message, and its deadline when still ahead. @internal */
export function advise(code: string, text: Message, due?: Deadline): Advice {
  return due === undefined ? { code, text } : { code, text, due };
}

/** Speakers for a message, by id, with their names when the request has them ({@link SpeakerRef}). @internal */
export function refs(context: RuleContext, ids: readonly string[]): SpeakerRef[] {
  return ids.map((id) => {
    const speaker = context.speakersById.get(id);
    return speaker === undefined ? { id } : { id, name: speaker.name };
  });
}

/**
 * A speaker in a sentence, by name and id: `Ana Martin (spk-11)`; the id alone when the request
 * has no speaker with that id. Both through {@link said}. @internal
 */
export function who(context: RuleContext, id: string): string {
  const speaker = context.speakersById.get(id);
  return speaker === undefined ? said(id) : `${said(speaker.name)} (${said(id)})`;
}

/** Speakers for a sentence, by name and id ({@link who}): at most five, then how many more. Evidence keeps every id. @internal */
export function speakers(context: RuleContext, ids: readonly string[], fr: boolean = context.fr): string {
  return list(ids, fr, (id) => who(context, id));
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
  for (const s of eventSponsors) {
    if (s.exclusiveCategory !== undefined && norm(s.exclusiveCategory) === sector && norm(s.name) !== name) holders.push(s.name);
  }
  return sorted(holders);
}
