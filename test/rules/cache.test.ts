/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON */
// What depends on a request alone (filmed speakers and their instants, the speaker map, sponsor usability,
// deadlines by days) is computed once for a deeply frozen parsed request, and afresh for any other request.
// The reports stay byte for byte what a fresh computation gives.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCoverageRequest } from '../../src/models/coverageRequest.js';
import type { CoverageRequest } from '../../src/models/coverageRequest.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import type { Policy } from '../../src/models/policy.js';
import type { CrewAvailability } from '../../src/models/availability.js';
import { contextOf, evaluateEligibility } from '../../src/rules/evaluateEligibility.js';
import type { EvaluateEligibilityOptions } from '../../src/rules/evaluateEligibility.js';
import { en } from '../../src/rules/locales/en.js';
import { CORPUS, mutatedInput } from '../utils/corpus.js';
import { FIXED_POLICY, clone, findingOf } from '../utils/evaluate.js';
import { ASOF, busyAvailability, freeAvailability, validInput } from '../utils/factory.js';
import { MUTATIONS } from '../utils/mutations.js';

/** Freezes a value and everything it holds. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const held of Object.values(value)) deepFreeze(held);
  }
  return value;
}

/** The request parsed and deeply frozen: the cached path. */
function frozenRequest(input: unknown): CoverageRequest {
  return deepFreeze(parseCoverageRequest(clone(input) as any));
}

/** The report computed from scratch: a request parsed anew, a new object, so nothing of an earlier evaluation is reused. */
function freshReport(input: unknown, options: EvaluateEligibilityOptions): string {
  const request = parseCoverageRequest(clone(input) as any);
  return JSON.stringify(evaluateEligibility(request, options));
}

/** A mutable copy of a parsed request (a parsed request is deeply frozen): the path that keeps nothing. */
function mutableRequest(input: unknown): CoverageRequest {
  return clone(parseCoverageRequest(clone(input) as any));
}

function optionsOf(asOf: string, policy: Policy, availability: CrewAvailability | undefined, locale: 'en' | 'fr' = 'en'): EvaluateEligibilityOptions {
  return { policy, asOf, locale, ...(availability === undefined ? {} : { availability }) };
}

const data = (file: string): any => JSON.parse(readFileSync(new URL(`../../examples/data/${file}`, import.meta.url), 'utf8'));
const ASOFS = ['2026-01-05T12:00:00Z', '2026-02-10T12:00:00Z', '2026-03-01T00:00:00+01:00', '2026-03-10', '2026-03-14T08:30:00+01:00', '2026-04-01T12:00:00-05:00'];
const POLICIES = [DEFAULT_POLICY, FIXED_POLICY];

describe('evaluateEligibility, facts kept per frozen request', () => {
  it('golden: one frozen request at two dates and under two policies says what each asks for, then the first again', () => {
    const request = frozenRequest(validInput());
    const first = evaluateEligibility(request, optionsOf(ASOF, FIXED_POLICY, freeAvailability()));
    // Every speaker was told by 2026-01-21, before FIXED_POLICY's deadline: 14 days before 2026-03-14T08:00Z.
    expect(findingOf(first, 'C6.1')).toMatchObject({
      status: 'met',
      evidence: { filmedSpeakers: 3, late: [], notInformed: [] },
      parameters: { speakerNoticeDays: 14 },
      dueAt: '2026-02-28T08:00:00.000Z',
      dueLocal: '2026-02-28T09:00+01:00',
    });
    expect(first.sponsors).toEqual([{ sponsorId: 'csp-1', usable: true, reasons: [] }]);

    // On 2026-01-20 at noon, Chloé (told on 2026-01-21) is not told yet; DEFAULT_POLICY asks 21 days: 2026-02-21T08:00Z.
    const earlier = evaluateEligibility(request, optionsOf('2026-01-20T12:00:00Z', DEFAULT_POLICY, undefined));
    expect(findingOf(earlier, 'C6.1')).toMatchObject({
      status: 'pending',
      evidence: { filmedSpeakers: 3, late: [], notInformed: ['spk-3'] },
      parameters: { speakerNoticeDays: 21 },
      dueAt: '2026-02-21T08:00:00.000Z',
      dueLocal: '2026-02-21T09:00+01:00',
    });
    expect(earlier.asOf).toBe('2026-01-20T12:00:00.000Z');
    expect(earlier.policyVersion).toBe('2009-04');

    expect(JSON.stringify(evaluateEligibility(request, optionsOf(ASOF, FIXED_POLICY, freeAvailability())))).toBe(JSON.stringify(first));
  });

  it('reuses the facts of a deeply frozen request, and only of one', () => {
    const frozen = frozenRequest(validInput());
    const a = contextOf(frozen, DEFAULT_POLICY, undefined, en, Date.UTC(2026, 0, 5));
    const b = contextOf(frozen, FIXED_POLICY, freeAvailability(), en, Date.UTC(2026, 2, 10));
    expect(b.filmedSpeakers).toBe(a.filmedSpeakers);
    expect(b.speakerOf).toBe(a.speakerOf);
    expect(b.sponsorUsability).toBe(a.sponsorUsability);
    expect([b.asOf, b.policy, b.availability]).toEqual([Date.UTC(2026, 2, 10), FIXED_POLICY, freeAvailability()]);

    const mutable = mutableRequest(validInput());
    expect(contextOf(mutable, DEFAULT_POLICY, undefined, en, 0).filmedSpeakers).not.toBe(contextOf(mutable, DEFAULT_POLICY, undefined, en, 0).filmedSpeakers);
    // Frozen on top only: what it holds may still change.
    const shallow = Object.freeze(mutableRequest(validInput()));
    expect(contextOf(shallow, DEFAULT_POLICY, undefined, en, 0).filmedSpeakers).not.toBe(contextOf(shallow, DEFAULT_POLICY, undefined, en, 0).filmedSpeakers);
  });

  it('gives each report its own sponsor list: changing one report changes no later one', () => {
    const input = validInput();
    input.sponsors.push({ id: 'csp-2', name: 'TelCo', sector: 'telecom', status: 'proposed' });
    const request = frozenRequest(input);
    const options = optionsOf(ASOF, FIXED_POLICY, freeAvailability());
    const before = JSON.stringify(evaluateEligibility(request, options));
    const report = evaluateEligibility(request, options) as any;
    report.sponsors[1].reasons.push('vetoed');
    report.sponsors[0].usable = false;
    report.sponsors.pop();
    expect(JSON.stringify(evaluateEligibility(request, options))).toBe(before);
    expect(before).toBe(freshReport(input, options));
  });

  it('gives each report its own lists and objects: a caller who changes every part of one report changes no later one', () => {
    // Every list the evaluator may keep with a frozen request is in the report: a release gap, an exclusivity
    // conflict, workshops, monetization efforts, speakers without a record, the contract's uses.
    const input = validInput();
    input.speakers[2].release.covers = ['on_demand'];
    input.sponsors.push({ id: 'csp-9', name: 'RivalTel', sector: 'telecom', status: 'accepted' });
    input.event.sessions[1].kind = 'workshop';
    input.event.sessions[0].speakerIds.push('spk-404');
    const request = frozenRequest(input);
    const options = optionsOf(ASOF, FIXED_POLICY, freeAvailability());
    const before = JSON.stringify(evaluateEligibility(request, options));
    expect(before).toContain('"uncovered":[{"speaker":"spk-3","sessions":["ses-2"],"uses":["clip"]}]');
    expect(before).toContain('"exclusiveHolders":["BigTel"]');
    expect(before).toContain('"workshops":["ses-2"]');
    expect(before).toContain('"unknownSpeakerIds":["spk-404"]');
    const scribble = (value: unknown): void => {
      if (Array.isArray(value)) {
        for (const item of value) scribble(item);
        value.push('POISON');
      } else if (typeof value === 'object' && value !== null) {
        for (const held of Object.values(value)) scribble(held);
        (value as Record<string, unknown>).poison = 'POISON';
      }
    };
    scribble(evaluateEligibility(request, options));
    const after = JSON.stringify(evaluateEligibility(request, options));
    expect(after).not.toContain('POISON');
    expect(after).toBe(before);
    expect(after).toBe(freshReport(input, options));
  });

  it("keeps a frozen request's deadlines out of reach of a caller's catalogue: a catalogue that writes to them changes no later report", () => {
    const request = frozenRequest(validInput());
    const options = optionsOf('2026-03-20', DEFAULT_POLICY, undefined);
    const before = JSON.stringify(evaluateEligibility(request, options));
    // A catalogue whose every message tries to overwrite the deadline it is given.
    const messages = Object.fromEntries(
      Object.entries(en.messages).map(([code, say]) => [
        code,
        (p: any, f: any) => {
          if (p?.due !== undefined && typeof p.due === 'object') {
            try {
              p.due.dueAt = 'POISON';
              p.due.at = 0;
            } catch {
              // Frozen: the write is refused.
            }
          }
          return typeof say === 'function' ? (say as any)(p, f) : say;
        },
      ]),
    );
    evaluateEligibility(request, { ...options, locale: { ...en, messages } as any });
    const after = JSON.stringify(evaluateEligibility(request, options));
    expect(after).not.toContain('POISON');
    expect(after).toBe(before);
  });

  it("gives a mutable request's fresh answer after it changed between two calls", () => {
    const input = validInput();
    // A parsed request refuses the change: it is deeply frozen.
    expect(() => {
      (parseCoverageRequest(clone(input)) as any).speakers[0].id = 'spk-9';
    }).toThrow(TypeError);
    const request = mutableRequest(input) as any;
    const options = optionsOf(ASOF, FIXED_POLICY, freeAvailability());
    expect(JSON.stringify(evaluateEligibility(request, options))).toBe(freshReport(input, options));

    const change = (i: any): void => {
      delete i.speakers[2].informedAt;
      i.speakers[0].id = 'spk-9';
      i.event.sessions[1].filmed = false;
      i.sponsors[0].status = 'vetoed';
    };
    change(request);
    change(input);
    const after = evaluateEligibility(request, options);
    expect(JSON.stringify(after)).toBe(freshReport(input, options));
    expect(findingOf(after, 'C6.1').evidence).toEqual({ filmedSpeakers: 2, late: [], notInformed: ['spk-1'] });
    expect(after.sponsors).toEqual([{ sponsorId: 'csp-1', usable: false, reasons: ['vetoed'] }]);
  });

  it('gives the fresh answer for a request frozen on top only whose speakers changed', () => {
    const input = validInput();
    const request = Object.freeze(mutableRequest(input)) as any;
    const options = optionsOf(ASOF, FIXED_POLICY, freeAvailability());
    expect(JSON.stringify(evaluateEligibility(request, options))).toBe(freshReport(input, options));
    request.speakers[1].informedAt = '2026-03-01';
    input.speakers[1].informedAt = '2026-03-01';
    const after = evaluateEligibility(request, options);
    expect(JSON.stringify(after)).toBe(freshReport(input, options));
    expect(findingOf(after, 'C6.1').evidence).toEqual({ filmedSpeakers: 3, late: [], notInformed: ['spk-2'] });
  });

  it("gives the fresh report for the docs' example requests, at every date, policy and language in turn", () => {
    const examples = [data('request.json'), ...(data('requests.json') as any[])];
    for (const input of examples) {
      const request = frozenRequest(input);
      for (const asOf of ASOFS) {
        for (const policy of POLICIES) {
          for (const availability of [undefined, freeAvailability(input.event.id)]) {
            const options = optionsOf(asOf, policy, availability, asOf.endsWith('Z') ? 'fr' : 'en');
            expect(JSON.stringify(evaluateEligibility(request, options))).toBe(freshReport(input, options));
          }
        }
      }
    }
  });

  it('gives the fresh report for every request of the corpus, under its own options and then another date and policy', () => {
    for (const [n, { input, asOf, availability, policy }] of CORPUS.entries()) {
      const request = frozenRequest(input);
      const own = optionsOf(asOf, policy, availability);
      const other = optionsOf(ASOFS[n % ASOFS.length] as string, policy === DEFAULT_POLICY ? FIXED_POLICY : DEFAULT_POLICY, undefined, 'fr');
      for (const options of [own, other]) expect(JSON.stringify(evaluateEligibility(request, options))).toBe(freshReport(input, options));
    }
  });

  describe('properties', () => {
    const evaluation = fc.record({
      asOf: fc.constantFrom(...ASOFS),
      policy: fc.constantFrom(...POLICIES),
      availability: fc.constantFrom(undefined, freeAvailability(), busyAvailability()),
      locale: fc.constantFrom('en' as const, 'fr' as const),
    });
    const scenario = fc.record({
      mutations: fc.subarray(MUTATIONS.map((_, n) => n)),
      mode: fc.constantFrom('partnership', 'partnership', 'client'),
      evaluations: fc.array(evaluation, { minLength: 2, maxLength: 5 }),
    });

    it('byte-identical: a frozen request evaluated several times gives, each time, the report computed from scratch', () => {
      fc.assert(
        fc.property(scenario, ({ mutations, mode, evaluations }) => {
          const input = mutatedInput(mutations, mode);
          const request = frozenRequest(input);
          for (const e of evaluations) {
            const options = optionsOf(e.asOf, e.policy, e.availability, e.locale);
            expect(JSON.stringify(evaluateEligibility(request, options))).toBe(freshReport(input, options));
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});
