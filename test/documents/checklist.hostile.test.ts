/* eslint-disable @typescript-eslint/no-explicit-any -- hostile inputs are anything */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organizerChecklist, toICalendar } from '../../src/documents/index.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { evaluateEligibility } from '../../src/rules/evaluateEligibility.js';
import { expectSafe, mutated } from '../hostile/_harness.js';
import { EARLY, freshInput } from './_checklist.js';

// The checklist's entry points on hostile input, as test/hostile/entryPoints.test.ts runs the core's:
// a report, a request, options or a checklist with one to three values replaced by fast-check's
// arbitrary JSON or the crafted values of issue 7. The only outcomes allowed: a result, or a
// PartnershipError with a code and paths.
const RUNS = 100;
const input = freshInput();
const report = JSON.parse(JSON.stringify(evaluateEligibility(input as any, { policy: DEFAULT_POLICY, asOf: EARLY })));
const checklist = JSON.parse(JSON.stringify(organizerChecklist(report, input as any, { locale: 'fr' })));

describe('hostile input', () => {
  it('golden: a speaker in a checklist that is not an object is a PartnershipError naming it', () => {
    const bad = structuredClone(checklist);
    bad.actions[2].concerns.speakers[1] = null;
    expect(expectSafe(() => toICalendar(bad), [bad])).toBe('error');
  });

  it('golden: a deadline without its local time (or the other way round) is a PartnershipError naming it', () => {
    const i = report.findings.findIndex((f: any) => f.dueAt !== undefined && f.status !== 'met');
    expect(i).toBeGreaterThanOrEqual(0);
    const cases: [Record<string, unknown>, string][] = [
      [{ dueLocal: undefined }, 'dueLocal'],
      [{ dueAt: undefined }, 'dueAt'],
      [{ dueLocal: 'tomorrow' }, 'dueLocal'],
      [{ dueLocal: '2026-03-07 09:00' }, 'dueLocal'],
      [{ dueLocal: '2000-01-01T00:00:00+01:00' }, 'dueLocal'],
    ];
    for (const [change, key] of cases) {
      const bad = structuredClone(report);
      bad.findings[i] = { ...bad.findings[i], ...change };
      const call = () => organizerChecklist(bad, input as any);
      expect(expectSafe(call, [bad])).toBe('error');
      expect(() => call()).toThrow(expect.objectContaining({ code: 'invalid_input', issues: [expect.objectContaining({ path: `report.findings[${i}].${key}` })] }));
    }
  });

  it('golden: an id with a lone surrogate (valid in a request) gives an action id, the surrogate percent-encoded as WTF-8', () => {
    const request = freshInput();
    request.id = 'req\ud800';
    request.sponsors[0].id = 'a\udfffb';
    const lone = evaluateEligibility(request as any, { policy: DEFAULT_POLICY, asOf: EARLY });
    const ids = organizerChecklist(lone, request as any).actions.map((action) => action.id);
    expect(ids).toContain('req%ED%A0%80/C2.3/a%ED%BF%BFb');
    expect(ids.every((id) => id.startsWith('req%ED%A0%80/'))).toBe(true);
    // A paired surrogate is one character, encoded as encodeURIComponent does.
    request.id = 'req\ud83d\ude00';
    expect(organizerChecklist(evaluateEligibility(request as any, { policy: DEFAULT_POLICY, asOf: EARLY }), request as any).actions[0]!.id).toMatch(/^req%F0%9F%98%80\//);
  });

  it('golden: a hole in a sparse list of findings, actions or speakers is a PartnershipError naming it', () => {
    const bad = structuredClone(report);
    delete bad.findings[1];
    expect(() => organizerChecklist(bad, input as any)).toThrow(expect.objectContaining({ code: 'invalid_input', issues: [expect.objectContaining({ path: 'report.findings[1]' })] }));
    const holes = structuredClone(checklist);
    delete holes.actions[1];
    delete holes.actions[2].concerns.speakers[0];
    const paths = ['checklist.actions[1]', 'checklist.actions[2].concerns.speakers[0]'];
    expect(() => toICalendar(holes)).toThrow(expect.objectContaining({ code: 'invalid_input', issues: paths.map((path) => expect.objectContaining({ path })) }));
  });

  it('organizerChecklist on a hostile report', () => {
    fc.assert(fc.property(mutated(report), (value) => void expectSafe(() => organizerChecklist(value as any, input as any), [value])), { numRuns: RUNS });
  });

  it('organizerChecklist on a hostile request', () => {
    fc.assert(fc.property(mutated(input), (value) => void expectSafe(() => organizerChecklist(report, value as any), [value])), { numRuns: RUNS });
  });

  it('organizerChecklist on hostile options', () => {
    fc.assert(fc.property(mutated({ locale: 'fr' }), (value) => void expectSafe(() => organizerChecklist(report, input as any, value as any), [value])), { numRuns: RUNS });
  });

  it('toICalendar on a hostile checklist and hostile options', () => {
    fc.assert(fc.property(mutated(checklist), (value) => void expectSafe(() => toICalendar(value as any), [value])), { numRuns: RUNS });
    fc.assert(fc.property(mutated({ reminderDays: 3 }), (value) => void expectSafe(() => toICalendar(checklist, value as any), [value])), { numRuns: RUNS });
  });
});
