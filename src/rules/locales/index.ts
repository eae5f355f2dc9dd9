import { en } from './en.js';
import { fr } from './fr.js';

/**
 * The shipped catalogues, by locale: the words of every finding and remedy. A report's messages
 * are said in one of them (`locale: 'en'`, the default, or `'fr'`) or in a catalogue of your own
 * built on them (`{ ...CATALOGUES.en, locale: 'en-GB', messages: { ...CATALOGUES.en.messages, ... } }`).
 *
 * @example
 * Object.keys(CATALOGUES) //=> ['en', 'fr']
 */
export const CATALOGUES = Object.freeze({ en, fr });
