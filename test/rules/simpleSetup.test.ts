// NB `simple-setup` (src/rules/simpleSetup.ts): a partnership does not need a set-up too complex (at most
// `maxCameras` cameras, at most `maxDays` calendar days); and `spanDays`, the calendar days it counts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_MS } from '../../src/_lib/instant.js';
import { parsePolicy } from '../../src/models/policy.js';
import { spanDays } from '../../src/rules/simpleSetup.js';
import { validInput, withChange } from '../utils/factory.js';
import { FIXED_POLICY, evaluate, findingOf } from '../utils/evaluate.js';
import { described, findingCases, outlineCases, ruleOf, START_DUE } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

// Once the event started: after the contract's deadline.
const AFTER_START = '2026-03-14T10:00:00+01:00';

const FINDINGS: readonly FindingCase[] = [
  {
    name: 'met with one camera on one day, in the singular',
    input: withChange((i) => (i.event.cameras = 1)),
    expected: {
      status: 'met',
      evidence: { cameras: 1, days: 1, maxCameras: 3, maxDays: 2 },
      en: 'The set-up stays simple (1 camera, 1 day): at most 3 cameras and 2 days under partnership.',
      fr: 'Le dispositif reste simple (1 caméra, 1 jour) : au plus 3 caméras et 2 jours en partenariat.',
    },
  },
  {
    name: 'unmet with four cameras',
    input: withChange((i) => (i.event.cameras = 4)),
    expected: {
      status: 'unmet',
      evidence: { cameras: 4, days: 1, maxCameras: 3, maxDays: 2 },
      en: 'A partnership must not need a set-up too complex: 4 cameras where a partnership takes at most 3.',
      fr: 'Les dispositifs de partenariat ne doivent pas exiger un « set up » trop complexe : 4 caméras là où un partenariat en prend au plus 3.',
      remedy: {
        code: 'setup_too_complex',
        en: 'Lighten the set-up (film with at most 3 cameras), or buy the coverage as a client: a heavier set-up is not filmed under partnership.',
        fr: 'Allégez le dispositif (filmez avec au plus 3 caméras), ou achetez la captation en tant que client : un dispositif plus lourd ne se filme pas en partenariat.',
      },
    },
  },
  {
    name: 'unmet over three days',
    input: withChange((i) => (i.event.start = '2026-03-12T09:00:00+01:00')),
    due: { dueAt: '2026-03-12T08:00:00.000Z', dueLocal: '2026-03-12T09:00+01:00' },
    expected: {
      status: 'unmet',
      evidence: { cameras: 2, days: 3, maxCameras: 3, maxDays: 2 },
      en: 'A partnership must not need a set-up too complex: 3 days where a partnership takes at most 2.',
      fr: 'Les dispositifs de partenariat ne doivent pas exiger un « set up » trop complexe : 3 jours là où un partenariat en prend au plus 2.',
      remedy: {
        code: 'setup_too_complex',
        en: 'Lighten the set-up (ask coverage for at most 2 days), or buy the coverage as a client: a heavier set-up is not filmed under partnership.',
        fr: 'Allégez le dispositif (demandez la captation sur au plus 2 jours), ou achetez la captation en tant que client : un dispositif plus lourd ne se filme pas en partenariat.',
      },
    },
  },
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met with the factory’s 2 cameras on one day', input: validInput(), expected: { status: 'met', evidence: { cameras: 2, days: 1, maxCameras: 3, maxDays: 2 } } },
  { name: 'met with 3 cameras, the most a partnership takes', input: withChange((i) => (i.event.cameras = 3)), expected: { status: 'met', evidence: { cameras: 3 } } },
  { name: 'unmet with 4 cameras', input: withChange((i) => (i.event.cameras = 4)), expected: { status: 'unmet', evidence: { cameras: 4, days: 1 } } },
  { name: 'met over two days, the last one ending at midnight', input: withChange((i) => (i.event.end = '2026-03-16T00:00:00+01:00')), expected: { status: 'met', evidence: { days: 2 } } },
  { name: 'unmet over three days', input: withChange((i) => (i.event.start = '2026-03-12T09:00:00+01:00')), expected: { status: 'unmet', evidence: { cameras: 2, days: 3 } } },
  { name: 'still unmet once the deadline passed, with the same remedy', input: withChange((i) => (i.event.cameras = 5)), options: { asOf: AFTER_START }, expected: { status: 'unmet', evidence: { cameras: 5 } } },
];

describe('NB simple-setup', () => {
  it('is NB, blocking by default, one finding for the event', () => {
    expect(described(ruleOf('NB'))).toStrictEqual({ id: 'NB', name: 'simple-setup', clause: 'NB', defaultKind: 'blocking', scope: 'event' });
  });

  // Every branch's finding, whole: status, evidence, parameters, deadline, message in both languages,
  // remedy (code, due instant, both texts); singular and plural, at the deadline instant and after.
  describe('findings, exact in English and French', () => findingCases('NB', { parameters: ['contractLeadDays', 'maxCameras', 'maxDays'], due: START_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('NB', OUTCOMES));

  describe('policy limits', () => {
    const strict = parsePolicy({ ...FIXED_POLICY, version: 'strict', parameters: { ...FIXED_POLICY.parameters, maxCameras: 1, maxDays: 1 } });

    it('follows the policy’s limits, reported in the finding’s parameters', () => {
      const finding = findingOf(evaluate(withChange(() => undefined), { policy: strict }), 'NB');
      expect(finding).toMatchObject({ status: 'unmet', evidence: { cameras: 2, days: 1, maxCameras: 1, maxDays: 1 }, parameters: { contractLeadDays: 0, maxCameras: 1, maxDays: 1 } });
    });

    it('says both limits when both are passed, and offers the way out as a client', () => {
      const input = withChange((i) => (i.event.start = '2026-03-13T09:00:00+01:00'));
      const en = findingOf(evaluate(input, { policy: strict }), 'NB');
      expect(en.message).toBe('A partnership must not need a set-up too complex: 2 cameras where a partnership takes at most 1 and 2 days where a partnership takes at most 1.');
      expect(en.remedy).toStrictEqual({
        code: 'setup_too_complex',
        en: 'Lighten the set-up (film with at most 1 camera and ask coverage for at most 1 day), or buy the coverage as a client: a heavier set-up is not filmed under partnership.',
        fr: 'Allégez le dispositif (filmez avec au plus 1 caméra et demandez la captation sur au plus 1 jour), ou achetez la captation en tant que client : un dispositif plus lourd ne se filme pas en partenariat.',
      });
      const fr = findingOf(evaluate(input, { policy: strict, locale: 'fr' }), 'NB');
      expect(fr.message).toBe('Les dispositifs de partenariat ne doivent pas exiger un « set up » trop complexe : 2 caméras là où un partenariat en prend au plus 1 et 2 jours là où un partenariat en prend au plus 1.');
    });

    it('says the set-up when it is met, in both languages', () => {
      const input = withChange(() => undefined);
      expect(findingOf(evaluate(input), 'NB').message).toBe('The set-up stays simple (2 cameras, 1 day): at most 3 cameras and 2 days under partnership.');
      expect(findingOf(evaluate(input, { locale: 'fr' }), 'NB').message).toBe('Le dispositif reste simple (2 caméras, 1 jour) : au plus 3 caméras et 2 jours en partenariat.');
    });
  });
});

describe('spanDays', () => {
  it('counts the calendar days at the event’s offset, golden', () => {
    expect(spanDays('2026-03-14T09:00:00+01:00', '2026-03-14T18:00:00+01:00')).toBe(1);
    expect(spanDays('2026-03-14T09:00:00+01:00', '2026-03-15T18:00:00+01:00')).toBe(2);
    // An end at midnight does not open another day.
    expect(spanDays('2026-03-14T09:00:00+01:00', '2026-03-15T00:00:00+01:00')).toBe(1);
    expect(spanDays('2026-03-14T09:00:00+01:00', '2026-03-15T00:00:01+01:00')).toBe(2);
    // An evening in New York runs past midnight there: two days, though in UTC it is 15 March only.
    expect(spanDays('2026-03-14T21:00:00-05:00', '2026-03-15T01:00:00-05:00')).toBe(2);
    // An early morning in Tokyo: one day there, though in UTC it starts on 13 March.
    expect(spanDays('2026-03-14T08:00:00+09:00', '2026-03-14T18:00:00+09:00')).toBe(1);
    // The end written at another offset (summer time began) is read at the start's offset.
    expect(spanDays('2026-03-28T09:00:00+01:00', '2026-03-29T18:00:00+02:00')).toBe(2);
  });

  describe('properties', () => {
    it('counts one day more than the whole days between the local dates, golden case above', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 3 * 365 }), fc.integer({ min: 1, max: 10 * 24 * 60 }), fc.constantFrom(-300, 0, 60, 540), (day, minutes, offset) => {
          const sign = offset < 0 ? '-' : '+';
          const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
          const mm = String(Math.abs(offset) % 60).padStart(2, '0');
          const at = (ms: number) => `${new Date(ms + offset * 60_000).toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
          const start = Date.UTC(2026, 0, 1, 9) + day * DAY_MS - offset * 60_000;
          const end = start + minutes * 60_000;
          const localDay = (ms: number) => Math.floor((ms + offset * 60_000) / DAY_MS);
          expect(spanDays(at(start), at(end))).toBe(localDay(end - 1) - localDay(start) + 1);
        }),
      );
    });
  });
});
