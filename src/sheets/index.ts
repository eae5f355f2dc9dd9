/**
 * The spreadsheet wrapper: custom functions in the conventions of sheet formulas
 * (scalars and ranges in, 2-D arrays out, numbers where the sheet computes further).
 * Bad input throws a `PartnershipError`, which a sheet shows as its error value
 * carrying the library's message.
 *
 * @packageDocumentation
 */
export { PartnershipError, isPartnershipError } from '../errors.js';
export { PARTNERSHIP_SPLIT, PARTNERSHIP_SETTLE, PARTNERSHIP_ALLOCATE, PARTNERSHIP_CHECK } from './functions.js';
export type { CellRows } from './functions.js';
export type { CellValue, CellRange, CellArgument } from './cells.js';
export { TRACKER_COLUMNS } from './tracker.js';
export type { TrackerColumn } from './tracker.js';
export { SHEET_FUNCTIONS } from './catalogue.js';
export type { SheetFunction } from './catalogue.js';
