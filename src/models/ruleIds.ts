/**
 * The rule ids, in the order reports list them: C0 (the overview), NB (the note before the
 * conditions), then C1 to C11 with their sub-clauses.
 *
 * @example
 * RULE_IDS[0] //=> 'C0'
 */
export const RULE_IDS = Object.freeze([
  'C0',
  'NB',
  'C1',
  'C2',
  'C2.2',
  'C2.3',
  'C2.5',
  'C3',
  'C4',
  'C5',
  'C5.b',
  'C6.1',
  'C6.2',
  'C6.3',
  'C6.4',
  'C7',
  'C8',
  'C8.b',
  'C9',
  'C9.3',
  'C9.4',
  'C10',
  'C11',
] as const);

/** A rule id: `'C6.2'`. */
export type RuleId = (typeof RULE_IDS)[number];

/**
 * Tells whether a value is a known rule id.
 *
 * @example
 * isRuleId('C6.2') //=> true
 * isRuleId('C12') //=> false
 */
export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);
}
