import { describe, expect, it } from 'vitest';
import { nextDeadline } from '../../src/rules/_nextDeadline.js';
import type { Finding } from '../../src/rules/types.js';

const finding = (rule: string, dueAt?: string): Finding =>
  ({
    rule,
    status: dueAt === undefined ? 'met' : 'pending',
    ...(dueAt === undefined ? {} : { remedy: { code: `${rule}_due`, dueAt, dueLocal: dueAt.slice(0, 16), en: `do ${rule}`, fr: `faire ${rule}` } }),
  }) as unknown as Finding;

describe('nextDeadline', () => {
  it('picks the earliest remedy due, whatever the order of the findings', () => {
    const report = { findings: [finding('C0'), finding('C6.2', '2026-04-02T07:00:00.000Z'), finding('C5.b', '2026-02-28T07:30:00.000Z')] };
    expect(nextDeadline(report)?.finding.rule).toBe('C5.b');
    expect(nextDeadline(report)?.remedy.en).toBe('do C5.b');
  });

  it('keeps the first finding in report order on a tie', () => {
    const report = { findings: [finding('C6.1', '2026-03-07T08:00:00.000Z'), finding('C6.2', '2026-03-07T08:00:00.000Z')] };
    expect(nextDeadline(report)?.finding.rule).toBe('C6.1');
  });

  it('is undefined when nothing is due any more', () => {
    expect(nextDeadline({ findings: [finding('C0'), finding('C1')] })).toBeUndefined();
    expect(nextDeadline({ findings: [] })).toBeUndefined();
  });
});
