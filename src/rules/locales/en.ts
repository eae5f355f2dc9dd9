import type { Catalogue } from '../messages.js';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * The English words of findings and remedies, by message code (see `MessageParams` for each
 * code's parameters).
 */
export const en: Catalogue = {
  locale: 'en',
  more: (n) => `and ${n} more`,
  date: (t) => `${t.day} ${t.monthName} ${t.year}, ${pad2(t.hour)}:${pad2(t.minute)}${t.second === 0 ? '' : `:${pad2(t.second)}`} event time`,
  messages: {
    'engine.too_late': (p, f) => `Too late: it was due by ${f.date(p.due)}.`,
    'engine.remedy.too_late': (p, f) =>
      `This could not be confirmed in time: it was due by ${f.date(p.due)}, ${f.count(p.days, { one: 'day', other: 'days' })} before the event. It can no longer be met for this event.`,
    // ---- C0 to C5 (rules of the first half) ----
    'C1.met': () => 'The platform is the only film crew.',
    'C1.unmet': (p, f) => `We are not partners of events we do not film: another film crew is present (${f.list(p.crews)}).`,
    'C1.remedy.other_film_crew': (p, f) => `Make the platform the only film crew at the event (present now: ${f.list(p.crews)}), or buy the filming as a paid service.`,

    // ---- end of C0 to C5 ----

    // ---- C6 to C11 (rules of the second half) ----

    // ---- end of C6 to C11 ----
  },
};
