/**
 * The HyperFormula glue: the custom functions of `webcast-partnership/sheets` as one
 * HyperFormula function plugin, with English and French names. It imports nothing of
 * hyperformula (an optional peer dependency): the host passes its HyperFormula class.
 *
 * @packageDocumentation
 */
export { registerPartnershipFunctions } from './registerPartnershipFunctions.js';
export { partnershipPlugin } from './plugin.js';
export type { HyperFormulaClass } from './plugin.js';
export { PARTNERSHIP_FUNCTION_TRANSLATIONS } from './translations.js';
export { SHEET_FUNCTION_NAMES_FR } from './functionNamesFr.js';
export { PartnershipError, isPartnershipError } from '../errors.js';
