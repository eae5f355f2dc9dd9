/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON, changed one field at a time */
// The tables a rule's test file runs (test/rules/<ruleName>.test.ts): each case evaluated in English
// and in French, the finding checked whole (`findingCases`) or in outline (`outlineCases`).
import { expect, it } from 'vitest';
import { RULES } from '../../src/rules/catalogue.js';
import type { Evidence, Finding, FindingStatus, ParameterName, Remedy, Rule } from '../../src/rules/types.js';
import { evaluate, findingOf, FIXED_POLICY } from './evaluate.js';
import type { CaseOptions } from './evaluate.js';

/** The rule with that id, from the public catalogue. */
export function ruleOf(id: string): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  return rule;
}

/** What the catalogue says of a rule: id, name, clause, default kind, scope. */
export function described(rule: Rule): { id: string; name: string; clause: string; defaultKind: string; scope: string } {
  return { id: rule.id, name: rule.name, clause: rule.clause, defaultKind: rule.defaultKind, scope: rule.scope };
}

/** A finding as a caller reads it: status, evidence, the message in each language, the remedy. */
export interface Verdict {
  readonly status: FindingStatus;
  readonly evidence: Evidence;
  readonly en: string;
  readonly fr: string;
  readonly remedy?: Remedy;
}

/** One case: an input, how it is evaluated (defaults in `CaseOptions`), the finding expected (per sponsor: `sponsorId`). */
export interface FindingCase {
  readonly name: string;
  readonly input: Record<string, any>;
  readonly options?: CaseOptions;
  readonly sponsorId?: string;
  /** The rule's deadline when the case moves the event's start (else the {@link Declared} one). */
  readonly due?: { readonly dueAt: string; readonly dueLocal: string };
  readonly expected: Verdict;
}

/**
 * What every finding of the rule reports besides its verdict: the names of the policy parameters it
 * used (their values come from the case's policy) and, for a rule with a deadline, the deadline
 * under {@link FIXED_POLICY}.
 */
export interface Declared {
  readonly parameters: readonly ParameterName[];
  readonly due?: { readonly dueAt: string; readonly dueLocal: string };
}

/**
 * One `it` per case: the finding, whole and exact, in English (the message in English) and in French
 * (the same finding, the message in French).
 */
export function findingCases(id: string, declared: Declared, cases: readonly FindingCase[]): void {
  const rule = ruleOf(id);
  for (const c of cases) {
    it(c.name, () => {
      const { en, fr, remedy, ...rest } = c.expected;
      const policy = c.options?.policy ?? FIXED_POLICY;
      const parameters = Object.fromEntries(declared.parameters.map((name) => [name, policy.parameters[name]]));
      const expected: Finding = {
        rule: rule.id,
        name: rule.name,
        clause: rule.clause,
        kind: rule.defaultKind,
        ...(c.sponsorId === undefined ? {} : { sponsorId: c.sponsorId }),
        ...rest,
        parameters,
        message: en,
        ...(c.due ?? declared.due ?? {}),
        ...(remedy === undefined ? {} : { remedy }),
      };
      expect(findingOf(evaluate(c.input, { ...c.options, locale: 'en' }), id, c.sponsorId)).toStrictEqual(expected);
      expect(findingOf(evaluate(c.input, { ...c.options, locale: 'fr' }), id, c.sponsorId)).toStrictEqual({ ...expected, message: fr });
    });
  }
}

/** A case checked in outline: the status, and when given, part of the evidence, the remedy's local deadline and code. */
export interface OutlineCase {
  readonly name: string;
  readonly input: Record<string, any>;
  readonly options?: CaseOptions;
  readonly sponsorId?: string;
  readonly expected: { readonly status: FindingStatus; readonly evidence?: Record<string, unknown>; readonly dueLocal?: string; readonly code?: string };
}

/**
 * One `it` per case, in both languages: the status, the evidence given (as a subset), the remedy's
 * `dueLocal` and `code` when given; no remedy when met, else a remedy in both languages; a message.
 */
export function outlineCases(id: string, cases: readonly OutlineCase[]): void {
  for (const c of cases) {
    it(c.name, () => {
      for (const locale of ['en', 'fr'] as const) {
        const finding = findingOf(evaluate(c.input, { ...c.options, locale }), id, c.sponsorId);
        expect(finding.status).toBe(c.expected.status);
        if (c.expected.evidence !== undefined) expect(finding.evidence).toMatchObject(c.expected.evidence);
        if (c.expected.dueLocal !== undefined) expect(finding.remedy?.dueLocal).toBe(c.expected.dueLocal);
        if (c.expected.code !== undefined) expect(finding.remedy?.code).toBe(c.expected.code);
        if (finding.status === 'met') expect(finding.remedy).toBeUndefined();
        else {
          expect(finding.remedy?.en).toBeTruthy();
          expect(finding.remedy?.fr).toBeTruthy();
        }
        expect(finding.message.length).toBeGreaterThan(10);
      }
    });
  }
}

// The factory's event starts 2026-03-14T08:00Z (09:00 in Paris). Under FIXED_POLICY the contract's,
// the editors' and the sponsors' deadlines are that instant; the crew's, scouting's, releases',
// profiles' and audio's a week before.
/** A deadline at the event's start, as a finding reports it. */
export const START_DUE = { dueAt: '2026-03-14T08:00:00.000Z', dueLocal: '2026-03-14T09:00+01:00' } as const;
export const START_EN = '14 March 2026, 09:00 event time';
export const START_FR = "14 mars 2026, 9 h 00, heure de l'événement";
/** A deadline a week before the event's start. */
export const WEEK_DUE = { dueAt: '2026-03-07T08:00:00.000Z', dueLocal: '2026-03-07T09:00+01:00' } as const;
export const WEEK_EN = '7 March 2026, 09:00 event time';
export const WEEK_FR = "7 mars 2026, 9 h 00, heure de l'événement";
