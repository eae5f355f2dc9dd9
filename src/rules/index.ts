/**
 * `webcast-partnership/rules`: the seed's eleven conditions as 21 explainable rules, and the
 * eligibility report that gives every rule's status, evidence and remedy in English and French.
 * Requests, policies and availability are parsed with the models of the core entry.
 *
 * @packageDocumentation
 */
export { RULE_IDS, isRuleId } from '../models/ruleIds.js';
export type { RuleId } from '../models/ruleIds.js';
export { RULES } from './catalogue.js';
export { evaluateEligibility } from './evaluateEligibility.js';
export { blockingUnmet } from './blockingUnmet.js';
export { CATALOGUES } from './locales/index.js';
export type { Catalogue, DateParts, Format, Message, MessageCode, MessageParams, PluralForms, SpeakerRef } from './messages.js';
export type { EvaluateEligibilityOptions } from './evaluateEligibility.js';
export type {
  Evidence,
  EvidenceValue,
  EligibilityReport,
  Finding,
  FindingStatus,
  Locale,
  LocaleOption,
  DeadlineWords,
  Remedy,
  Rule,
  RuleKind,
  SponsorBlock,
  SponsorUsability,
} from './types.js';
