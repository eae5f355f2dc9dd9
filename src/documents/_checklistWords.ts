// The words the organizer's calendar says around the rules' own remedies, in English and French.
// What to do is never written here: it is the remedy the rules' catalogues say.
import type { Locale } from '../rules/types.js';

/** The calendar's words in one language; `{name}` placeholders are filled by {@link fill}. */
export interface ChecklistWords {
  /** The calendar's name. */
  readonly calendar: string;
  /** An event's summary. */
  readonly summary: string;
  /** The description's lines. */
  readonly rule: string;
  readonly due: string;
  readonly concerns: string;
  readonly organizer: string;
  readonly request: string;
  /** The reminder's text, and its number of days (one, other). */
  readonly reminder: string;
  readonly days: readonly [one: string, other: string];
}

/** The words of each language shipped. */
export const CHECKLIST_WORDS: Readonly<Record<Locale, ChecklistWords>> = {
  en: {
    calendar: '{event}: checklist',
    summary: '{event} · {rule}: {todo}',
    rule: 'Rule {rule} ({clause}), {status}.',
    due: 'Due by {said} ({local}, {at}).',
    concerns: 'Concerns: {who}.',
    organizer: 'the organizer',
    request: 'Request {request}, evaluated as of {asOf} (policy {policy}).',
    reminder: 'Due in {days}: {todo}',
    days: ['{n} day', '{n} days'],
  },
  fr: {
    calendar: '{event} : actions à mener',
    summary: '{event} · {rule} : {todo}',
    rule: 'Règle {rule} ({clause}), {status}.',
    due: 'À faire avant le {said} ({local}, {at}).',
    concerns: 'Concerne : {who}.',
    organizer: "l'organisateur",
    request: 'Demande {request}, évaluée au {asOf} (politique {policy}).',
    reminder: 'Échéance dans {days} : {todo}',
    days: ['{n} jour', '{n} jours'],
  },
};

/** The statuses of an action, as the description says them. */
export const STATUS_WORDS: Readonly<Record<Locale, Readonly<Record<'pending' | 'unknown' | 'unmet', string>>>> = {
  en: { pending: 'pending', unknown: 'information missing', unmet: 'not met' },
  fr: { pending: 'en attente', unknown: 'information manquante', unmet: 'non remplie' },
};

/** `template` with each `{name}` replaced by its value, in one pass. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}
