// Programmes for the speaker and session rules' cases (C6.1 to C6.3, C8, C9.3): six speakers, a
// session at a given slot, and the met message read for none, one or several filmed speakers.
import { manySpeakersInput } from './factory.js';
import { evaluate, findingOf } from './evaluate.js';
import type { Json } from './evaluate.js';

/** Six speakers spk-01…spk-06, each alone in a plenary; sessions listed in reverse, so the rules must sort. */
export function six(change: (speaker: (id: string) => Json, input: Json) => void): Json {
  const input = manySpeakersInput(6);
  input.event.sessions.reverse();
  change((id) => input.speakers.find((s: Json) => s.id === id), input);
  return input;
}

/** A filmed session of the factory's event, 16:00 + `slot` × 10 minutes (Paris time). */
export function session(id: string, kind: 'plenary' | 'workshop', slot: number, speakerIds: string[] = []): Json {
  const minute = (m: number) => `2026-03-14T${String(16 + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+01:00`;
  return { id, kind, start: minute(slot * 10), end: minute(slot * 10 + 9), speakerIds, uses: ['on_demand'] };
}

/** The first five of {@link six} speakers in a sentence, by name and id. */
export const FIVE_NAMED = 'Speaker 1 (spk-01), Speaker 2 (spk-02), Speaker 3 (spk-03), Speaker 4 (spk-04), Speaker 5 (spk-05)';

/** A finding's status and its message in both languages, as an organizer reads them. */
export function messagesOf(input: unknown, rule: string): { status: string; en: string; fr: string } {
  const en = findingOf(evaluate(input, { locale: 'en' }), rule);
  const fr = findingOf(evaluate(input, { locale: 'fr' }), rule);
  return { status: en.status, en: en.message, fr: fr.message };
}
