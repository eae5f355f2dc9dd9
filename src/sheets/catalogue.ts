import { RULE_IDS } from '../models/ruleIds.js';
import { TRACKER_COLUMNS } from './row.js';

/** The size of what a function returns: fixed, or the shape of one of its range parameters. */
export type SheetResultSize = { readonly columns: number; readonly rows: number } | { readonly shapeOf: string };

/** What a host needs to register one custom function: its name, its parameters and the size of its result. */
export interface SheetFunction {
  readonly name:
    | 'PARTNERSHIP_SPLIT'
    | 'PARTNERSHIP_SETTLE'
    | 'PARTNERSHIP_ALLOCATE'
    | 'PARTNERSHIP_CHECK'
    | 'PARTNERSHIP_EXPLAIN'
    | 'PARTNERSHIP_NEXT_DEADLINE'
    | 'PARTNERSHIP_TRACKER_HEADERS';
  readonly summary: string;
  /** In order; `range` parameters take a range, the others one cell. */
  readonly parameters: readonly { readonly name: string; readonly optional: boolean; readonly range: boolean }[];
  /** How large the result is, for hosts that size a result before computing it (HyperFormula). */
  readonly result: SheetResultSize;
}

const header = [
  { name: 'header_row', optional: false, range: true },
  { name: 'value_row', optional: false, range: true },
] as const;
const locale = { name: 'locale', optional: true, range: false } as const;
const asOf = { name: 'as_of', optional: true, range: false } as const;

/** The custom functions, for hosts that register functions from a list (HyperFormula, Apps Script wrappers). */
export const SHEET_FUNCTIONS: readonly SheetFunction[] = [
  {
    name: 'PARTNERSHIP_SPLIT',
    summary: 'One payment shared out: platform, organizer.',
    parameters: [
      { name: 'received', optional: false, range: false },
      { name: 'breakeven', optional: false, range: false },
      { name: 'organizer_share', optional: true, range: false },
      { name: 'currency', optional: true, range: false },
    ],
    result: { columns: 2, rows: 1 },
  },
  {
    name: 'PARTNERSHIP_SETTLE',
    summary: "The organizer's payout per receipt, by the cumulative rule.",
    parameters: [
      { name: 'receipts_column', optional: false, range: true },
      { name: 'breakeven', optional: false, range: false },
      { name: 'organizer_share', optional: true, range: false },
      { name: 'currency', optional: true, range: false },
    ],
    result: { shapeOf: 'receipts_column' },
  },
  {
    name: 'PARTNERSHIP_ALLOCATE',
    summary: 'An amount split by weights, exactly.',
    parameters: [
      { name: 'amount', optional: false, range: false },
      { name: 'weights_row', optional: false, range: true },
      { name: 'currency', optional: true, range: false },
    ],
    result: { shapeOf: 'weights_row' },
  },
  {
    name: 'PARTNERSHIP_CHECK',
    summary: 'The decision for one tracker row, its unmet rules and its preference.',
    parameters: [...header, locale, asOf],
    result: { columns: 3, rows: 1 },
  },
  {
    name: 'PARTNERSHIP_EXPLAIN',
    summary: 'One row per rule for a tracker row: id, name, status, due (local time), what to do.',
    parameters: [...header, locale, asOf],
    result: { columns: 5, rows: RULE_IDS.length },
  },
  {
    name: 'PARTNERSHIP_NEXT_DEADLINE',
    summary: 'The next deadline of a tracker row: when (local time), the rule, what to do.',
    parameters: [...header, asOf, locale],
    result: { columns: 3, rows: 1 },
  },
  {
    name: 'PARTNERSHIP_TRACKER_HEADERS',
    summary: 'The header row of a tracker, to paste.',
    parameters: [locale],
    result: { columns: TRACKER_COLUMNS.length, rows: 1 },
  },
];
