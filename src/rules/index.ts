export { RULE_IDS, isRuleId } from './ids.js';
export type { RuleId } from './ids.js';
export { RULES } from './catalogue.js';
export { evaluateEligibility } from './evaluateEligibility.js';
export { blockingUnmet } from './blockingUnmet.js';
export type { EvaluateEligibilityOptions } from './evaluateEligibility.js';
export type {
  Evidence,
  EvidenceValue,
  EligibilityReport,
  Finding,
  FindingStatus,
  Locale,
  Remedy,
  Rule,
  RuleKind,
  SponsorBlock,
  SponsorUsability,
} from './types.js';
