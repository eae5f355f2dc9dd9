import type { Catalogue } from '../messages.js';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Les mots français des constats et des remèdes, par code de message (voir `MessageParams` pour les
 * paramètres de chaque code).
 */
export const fr: Catalogue = {
  locale: 'fr',
  more: (n, f) => `et ${n} ${f.plural(n, { one: 'autre', other: 'autres' })}`,
  // « 1er » pour le premier du mois, « 9 h 00 » comme l'écrit le français.
  date: (t) => `${t.day === 1 ? '1er' : t.day} ${t.monthName} ${t.year}, ${t.hour} h ${pad2(t.minute)}${t.second === 0 ? '' : ` ${pad2(t.second)} s`}, heure de l'événement`,
  messages: {
    'engine.too_late': (p, f) => `Trop tard : c'était attendu avant le ${f.date(p.due)}.`,
    'engine.remedy.too_late': (p, f) =>
      `Ceci n'a pas pu être confirmé à temps : c'était attendu avant le ${f.date(p.due)}, ${f.count(p.days, { one: 'jour', other: 'jours' })} avant l'événement. Ce n'est plus possible pour cet événement.`,
    // ---- C0 to C5 (rules of the first half) ----
    'C1.met': () => 'Nous sommes la seule équipe de tournage.',
    'C1.unmet': (p, f) => `Nous ne sommes pas partenaires d'événements que nous ne filmons pas : autre équipe de tournage présente (${f.list(p.crews)}).`,
    'C1.remedy.other_film_crew': (p, f) => `Faites de la plateforme la seule équipe de tournage de l'événement (présentes : ${f.list(p.crews)}), ou achetez la captation comme prestation.`,

    // ---- end of C0 to C5 ----

    // ---- C6 to C11 (rules of the second half) ----

    // ---- end of C6 to C11 ----
  },
};
