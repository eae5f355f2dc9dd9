/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, parsePolicy } from '../../src/index.js';
import { blockingUnmet } from '../../src/rules/index.js';
import type { Finding } from '../../src/rules/types.js';
import { thrown } from '../utils/thrown.js';
import { validInput, withChange } from '../utils/factory.js';
import { evaluate, findingOf, findingsOf } from '../utils/evaluate.js';

// Another film crew (C1 unmet) and a vetoed capture sponsor (C2.3 unmet) that sells telecom,
// the event sponsor BigTel's exclusive category (C2.2 unmet).
const tvCrew = (): any =>
  withChange((i) => {
    i.id = 'req-tvcrew';
    i.event.otherFilmCrews = [{ name: 'TV Locale' }];
    i.sponsors = [{ id: 'csp-9', name: 'TelcoX', sector: 'telecom', contribution: { amount: '500', currency: 'EUR' }, status: 'vetoed' }];
  });

describe('blockingUnmet', () => {
  it('names the event-wide blocking rules that are unmet, never the per-sponsor C2.2 and C2.3', () => {
    const report = evaluate(tvCrew());
    expect(report.decision).toBe('ineligible');
    expect(findingOf(report, 'C2.2', 'csp-9')).toMatchObject({ kind: 'blocking', status: 'unmet' });
    expect(findingOf(report, 'C2.3', 'csp-9')).toMatchObject({ kind: 'blocking', status: 'unmet' });
    expect(blockingUnmet(report)).toEqual(['C1']);
  });

  it('keeps report order and names each rule once', () => {
    const input = withChange((i) => {
      i.editorialVerdict = { verdict: 'rejected', at: '2026-01-15' };
      i.event.otherFilmCrews = [{ name: 'TV Locale' }];
    });
    expect(blockingUnmet(evaluate(input))).toEqual(['C1', 'C4']);
    const twice = { findings: [...evaluate(input).findings, ...evaluate(input).findings] };
    expect(blockingUnmet(twice)).toEqual(['C1', 'C4']);
  });

  it('is empty for an eligible report, and leaves out unmet weighing rules', () => {
    expect(blockingUnmet(evaluate(validInput()))).toEqual([]);
    const noCredit = withChange((i) => (i.partner.commitments.mediaPartnerCredit = false));
    expect(findingOf(evaluate(noCredit), 'C10')).toMatchObject({ kind: 'weighing', status: 'unmet' });
    expect(blockingUnmet(evaluate(noCredit))).toEqual([]);
  });
});

describe('a policy that takes a rule out of blocking', () => {
  it('makes an event-wide rule weigh in preference with its weight', () => {
    // C10 (weight 4) unmet; C4 moved to weighing with weight 4 and met: (2 + 4 + 2 + 3 + 4) / (2 + 4 + 2 + 3 + 4 + 4) = 15/19.
    const policy = parsePolicy({ ...DEFAULT_POLICY, version: 'c4-weighs', blocking: DEFAULT_POLICY.blocking.filter((r) => r !== 'C4'), weights: { ...DEFAULT_POLICY.weights, C4: 4 } });
    const noCredit = withChange((i) => (i.partner.commitments.mediaPartnerCredit = false));
    const report = evaluate(noCredit, { policy });
    expect(findingOf(report, 'C4').kind).toBe('weighing');
    expect(report.preference).toBe(0.7895);
  });

  it('leaves C2.2 and C2.3 out of preference: they are reported as weighing but never weigh', () => {
    const policy = parsePolicy({
      ...DEFAULT_POLICY,
      version: 'sponsor-rules-weigh',
      blocking: DEFAULT_POLICY.blocking.filter((r) => r !== 'C2.2' && r !== 'C2.3'),
      weights: { ...DEFAULT_POLICY.weights, 'C2.2': 5, 'C2.3': 5 },
    });
    const vetoed = withChange((i) => (i.sponsors[0].status = 'vetoed'));
    const report = evaluate(vetoed, { policy });
    expect(findingsOf(report, 'C2.3').map((f) => [f.kind, f.status])).toEqual([['weighing', 'unmet']]);
    // Only C5.b, C8.b, C9.4, C10 weigh, all met: 8/8.
    expect([report.decision, report.preference]).toEqual(['eligible', 1]);
    expect(report.sponsors).toEqual([{ sponsorId: 'csp-1', usable: false, reasons: ['vetoed'] }]);
  });
});

describe('blockingUnmet on hand-built findings', () => {
  const finding = (over: Partial<Finding>): Finding => ({ rule: 'C1', name: 'sole-film-crew', clause: '§ 1', kind: 'blocking', status: 'unmet', evidence: {}, parameters: {}, message: 'm', ...over });
  const CASES: readonly { name: string; findings: Finding[]; expected: string[] }[] = [
    { name: 'names an event-wide blocking unmet finding', findings: [finding({})], expected: ['C1'] },
    { name: 'leaves out a per-sponsor rule even without a sponsorId', findings: [finding({ rule: 'C2.3', name: 'organizer-veto', clause: '§ 2.3' }), finding({ rule: 'C2.2' })], expected: [] },
    { name: 'leaves out any finding that carries a sponsorId', findings: [finding({ sponsorId: 'csp-1' })], expected: [] },
    { name: 'leaves out met, pending and weighing findings', findings: [finding({ status: 'met' }), finding({ status: 'pending' }), finding({ kind: 'weighing' })], expected: [] },
  ];
  for (const c of CASES) {
    it(c.name, () => {
      expect(blockingUnmet({ findings: c.findings })).toEqual(c.expected);
    });
  }

  it('keeps a policy-made weighing rule out, as in a real report', () => {
    const policy = parsePolicy({ ...DEFAULT_POLICY, blocking: DEFAULT_POLICY.blocking.filter((id) => id !== 'C1') });
    expect(blockingUnmet(evaluate(withChange((i) => (i.event.otherFilmCrews = [{ name: 'TV' }])), { policy }))).toEqual([]);
  });

  it('says what it expected of a value that is not a report, instead of a TypeError', () => {
    const nullProto = Object.assign(Object.create(null), { constructor: 'x' });
    const cases: [unknown, string][] = [
      [null, 'report'],
      [{}, 'report.findings'],
      [{ findings: nullProto }, 'report.findings'],
      [{ findings: [finding({}), null] }, 'report.findings[1]'],
      [{ findings: [[]] }, 'report.findings[0]'],
      // A hole in a sparse list is a finding that is not one (review: forEach skipped it).
      // eslint-disable-next-line no-sparse-arrays
      [{ findings: [finding({}), , finding({})] }, 'report.findings[1]'],
      [{ findings: [{ ...finding({}), rule: nullProto }] }, 'report.findings[0].rule'],
    ];
    for (const [report, path] of cases) {
      const error = thrown(() => blockingUnmet(report as never));
      expect([error.code, error.issues.map((i) => i.path)]).toEqual(['invalid_input', [path]]);
    }
  });
});
