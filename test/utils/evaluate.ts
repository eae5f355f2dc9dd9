/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON */
// Helpers to evaluate a factory input and pick findings out of the report.
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import type { CrewAvailability } from '../../src/models/availability.js';
import type { Policy } from '../../src/models/policy.js';
import { evaluateEligibility } from '../../src/rules/evaluateEligibility.js';
import type { EligibilityReport, Finding, Locale } from '../../src/rules/types.js';
import { ASOF, freeAvailability } from './factory.js';

/**
 * The shipped policy with the deadlines the golden cases of test/rules were written for: the contract
 * and the editors' verdict at the event's start, speakers told 14 days before, releases, profiles,
 * scouting and audio 7 days before. Golden cases test each rule's branches at and around its deadline,
 * not the shipped values, which test/models/policy.test.ts checks with the reason for each.
 */
export const FIXED_POLICY: Policy = Object.freeze({
  ...DEFAULT_POLICY,
  version: 'fixed-deadlines',
  parameters: Object.freeze({
    ...DEFAULT_POLICY.parameters,
    speakerNoticeDays: 14,
    releaseLeadDays: 7,
    profileLeadDays: 7,
    contractLeadDays: 0,
    scoutingLeadDays: 7,
    audioLeadDays: 7,
    editorialLeadDays: 0,
    crewLeadDays: 7,
    sponsorLeadDays: 0,
  }),
}) as Policy;

/** How one case is evaluated: defaults are the factory's date, a free crew, {@link FIXED_POLICY}, English. */
export interface CaseOptions {
  readonly asOf?: string;
  readonly availability?: CrewAvailability | null;
  readonly policy?: Policy;
  readonly locale?: Locale;
}

/** Evaluates a (JSON) input with the case's options. */
export function evaluate(input: unknown, options: CaseOptions = {}): EligibilityReport {
  const availability = options.availability === null ? undefined : (options.availability ?? freeAvailability());
  return evaluateEligibility(input, {
    policy: options.policy ?? FIXED_POLICY,
    asOf: options.asOf ?? ASOF,
    ...(availability === undefined ? {} : { availability }),
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
}

/** The findings of one rule (several for a per-sponsor rule). */
export function findingsOf(report: EligibilityReport, rule: string): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

/** The one finding of an event-wide rule; throws when there is not exactly one. */
export function findingOf(report: EligibilityReport, rule: string, sponsorId?: string): Finding {
  const found = findingsOf(report, rule).filter((f) => sponsorId === undefined || f.sponsorId === sponsorId);
  if (found.length !== 1) throw new Error(`expected one ${rule} finding, got ${found.length}`);
  return found[0] as Finding;
}

/** The ids of the blocking rules an event is unmet on (per-sponsor rules excluded), sorted. */
export function unmetBlocking(report: EligibilityReport): string[] {
  return report.findings.filter((f) => f.kind === 'blocking' && f.status === 'unmet' && f.sponsorId === undefined).map((f) => f.rule);
}

/** A plain deep copy of JSON input. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export type Json = Record<string, any>;
