/**
 * The spreadsheet wrapper: custom functions in the conventions of sheet formulas.
 *
 * @packageDocumentation
 */
export { PartnershipError, isPartnershipError } from '../errors.js';
