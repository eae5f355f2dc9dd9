/** What a host needs to register one custom function: its name and its parameters. */
export interface SheetFunction {
  readonly name: 'PARTNERSHIP_SPLIT' | 'PARTNERSHIP_SETTLE' | 'PARTNERSHIP_ALLOCATE' | 'PARTNERSHIP_CHECK';
  readonly summary: string;
  /** In order; `range` parameters take a range, the others one cell. */
  readonly parameters: readonly { readonly name: string; readonly optional: boolean; readonly range: boolean }[];
}

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
  },
  {
    name: 'PARTNERSHIP_ALLOCATE',
    summary: 'An amount split by weights, exactly.',
    parameters: [
      { name: 'amount', optional: false, range: false },
      { name: 'weights_row', optional: false, range: true },
      { name: 'currency', optional: true, range: false },
    ],
  },
  {
    name: 'PARTNERSHIP_CHECK',
    summary: 'The decision for one tracker row, its unmet rules and its preference.',
    parameters: [
      { name: 'header_row', optional: false, range: true },
      { name: 'value_row', optional: false, range: true },
      { name: 'locale', optional: true, range: false },
    ],
  },
];
