import type { Stream } from '../money/streams.js';
import type { Locale } from '../rules/types.js';

/** The words of a period statement in English: the reference every language follows. */
const en = {
  /** `Intl` locale of the numbers and dates. */
  intl: 'en',
  title: 'Statement for the period',
  period: 'Period:',
  periodFrom: 'period from',
  periodTo: 'period to',
  currency: 'currency',
  breakeven: 'breakeven',
  recovered: 'recovered',
  uncovered: 'uncovered',
  dueToOrganizer: 'due to the organizer',
  dueForPeriod: 'Due to the organizer for the period',
  stream: 'stream',
  share: 'organizer share',
  figure: 'figure',
  prior: 'prior',
  thisPeriod: 'this period',
  cumulative: 'cumulative',
  total: 'total',
  receipt: 'receipt',
  receivedAt: 'received at',
  receiptsOfPeriod: 'Receipts of the period',
  noReceipts: 'No receipt in this period.',
  byStream: 'By stream',
  breakevenAtEnd: 'Breakeven at the end of the period',
  note: 'A receipt belongs to the period when its UTC date falls within it. Amounts in {currency}; refunds are negative.',
  figures: { received: 'received', toBreakeven: 'to breakeven', platform: 'platform', organizer: 'organizer' },
  streams: { sponsorship: 'sponsorship', pay_per_view: 'pay-per-view', dvd: 'DVD', workshop: 'paid workshops' } satisfies Record<Stream, string>,
};

/** The shape of a catalogue: {@link en}'s keys, any strings. */
export type StatementWords = { readonly [K in keyof typeof en]: (typeof en)[K] extends string ? string : { readonly [J in keyof (typeof en)[K]]: string } };

/** The words of a period statement in French. */
const fr: StatementWords = {
  intl: 'fr',
  title: 'Relevé de la période',
  period: 'Période\u00a0:',
  periodFrom: 'période du',
  periodTo: 'au',
  currency: 'devise',
  breakeven: 'point mort',
  recovered: 'recouvré',
  uncovered: 'non couvert',
  dueToOrganizer: "dû à l'organisateur",
  dueForPeriod: "Dû à l'organisateur pour la période",
  stream: 'flux',
  share: "part de l'organisateur",
  figure: 'poste',
  prior: 'antérieur',
  thisPeriod: 'cette période',
  cumulative: 'cumul',
  total: 'total',
  receipt: 'recette',
  receivedAt: 'reçu le',
  receiptsOfPeriod: 'Recettes de la période',
  noReceipts: 'Aucune recette sur cette période.',
  byStream: 'Par flux',
  breakevenAtEnd: 'Point mort en fin de période',
  note: "Une recette appartient à la période quand sa date UTC y tombe. Montants en {currency} ; les remboursements sont négatifs.",
  figures: { received: 'reçu', toBreakeven: 'au point mort', platform: 'plateforme', organizer: 'organisateur' },
  streams: { sponsorship: 'sponsoring', pay_per_view: 'pay-per-view', dvd: 'DVD', workshop: 'ateliers payants' },
};

/** The catalogues, one per language. @internal */
export const STATEMENT_WORDS: Readonly<Record<Locale, StatementWords>> = { en, fr };
