export { RULE_IDS, isRuleId } from './ids.js';
export type { RuleId } from './ids.js';
