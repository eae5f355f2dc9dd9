/**
 * The spreadsheet wrapper: custom functions in the conventions of sheet formulas
 * (scalars and ranges in, 2-D arrays out, numbers where the sheet computes further).
 * Bad input throws a `PartnershipError`, which a sheet shows as its error value
 * carrying the library's message.
 *
 * @packageDocumentation
 */
export { PartnershipError, isPartnershipError } from '../errors.js';
export {
  PARTNERSHIP_SPLIT,
  PARTNERSHIP_SETTLE,
  PARTNERSHIP_ALLOCATE,
  PARTNERSHIP_CHECK,
  PARTNERSHIP_EXPLAIN,
  PARTNERSHIP_NEXT_DEADLINE,
  PARTNERSHIP_TRACKER_HEADERS,
} from './functions.js';
export type { CellRows } from './functions.js';
export type { CellValue, CellRange, CellArgument, TypedNumber } from './cells.js';
export { TRACKER_COLUMNS } from './row.js';
export { TRACKER_COLUMNS_FR } from './trackerColumnsFr.js';
export type { TrackerColumn } from './row.js';
export { SHEET_FUNCTIONS } from './catalogue.js';
export type { SheetFunction, SheetResultSize } from './catalogue.js';
