import { SHEET_FUNCTIONS } from '../sheets/catalogue.js';
import { SHEET_FUNCTION_NAMES_FR } from './functionNamesFr.js';

const english: Readonly<Record<string, string>> = Object.fromEntries(SHEET_FUNCTIONS.map((fn) => [fn.name, fn.name]));

/**
 * The function names by HyperFormula language code, in the shape of its translation packages:
 * the English names for `enGB` (HyperFormula's default) and `enUS`, the French ones for `frFR`.
 *
 * @example
 * PARTNERSHIP_FUNCTION_TRANSLATIONS.frFR.PARTNERSHIP_CHECK //=> 'PARTENARIAT_VERIFIER'
 */
export const PARTNERSHIP_FUNCTION_TRANSLATIONS: Readonly<Record<'enGB' | 'enUS' | 'frFR', Readonly<Record<string, string>>>> = {
  enGB: english,
  enUS: english,
  frFR: SHEET_FUNCTION_NAMES_FR,
};
