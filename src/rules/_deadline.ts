import { DAY_MS, formatInstant, formatLocal, localTime, offsetMinutes } from '../_lib/instant.js';
import type { Deadline } from './types.js';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * A deadline `days` whole days before the event's start (`start`, an instant with its offset), said
 * in the event's local time: `7 March 2026, 09:00 event time` and `7 mars 2026, 9 h 00, heure de
 * l'événement` (`1er` for the first of a month, as French writes dates). Whole days are 24 hours:
 * the offset is the start's, so a deadline across a change of summer time keeps the start's clock.
 *
 * @internal
 */
export function deadlineBefore(start: string, startMs: number, days: number): Deadline {
  const at = startMs - days * DAY_MS;
  const offset = offsetMinutes(start) ?? 0;
  const t = localTime(at, offset);
  const seconds = t.second === 0 ? '' : `:${pad2(t.second)}`;
  return {
    at,
    offset,
    dueAt: formatInstant(at),
    dueLocal: formatLocal(at, offset),
    en: `${t.day} ${MONTHS_EN[t.month - 1]} ${t.year}, ${pad2(t.hour)}:${pad2(t.minute)}${seconds} event time`,
    fr: `${t.day === 1 ? '1er' : t.day} ${MONTHS_FR[t.month - 1]} ${t.year}, ${t.hour} h ${pad2(t.minute)}${t.second === 0 ? '' : ` ${pad2(t.second)} s`}, heure de l'événement`,
  };
}
