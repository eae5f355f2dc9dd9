/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON, changed one field at a time */
// The engine's own behaviour: its refusals (exact code, path, message), sponsor usability, who is
// filmed (one entry per speaker, uses and plenary merged), the key order of findings, the
// checked-once policy and availability, and blockingUnmet on hand-built findings.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, isPartnershipError, parsePolicy } from '../../src/index.js';
import { blockingUnmet, evaluateEligibility } from '../../src/rules/index.js';
import { RULES } from '../../src/rules/catalogue.js';
import type { Finding } from '../../src/rules/types.js';
import { ASOF, freeAvailability, validInput, withChange } from '../utils/factory.js';
import { evaluate, findingOf, findingsOf } from '../utils/evaluate.js';
import { caught as thrown } from '../utils/thrown.js';

describe('evaluateEligibility', () => {
  describe('refusals', () => {
    const base = (): any => ({ policy: DEFAULT_POLICY, asOf: ASOF, availability: freeAvailability() });
    const CASES: readonly { name: string; options: any; expected: { code: string; path: string; expected: string; got: string } }[] = [
      { name: 'null options', options: null, expected: { code: 'invalid_options', path: 'options', expected: 'an options object `{ policy, asOf }`', got: 'null' } },
      { name: 'options given as a string', options: 'fast', expected: { code: 'invalid_options', path: 'options', expected: 'an options object `{ policy, asOf }`', got: '`fast`' } },
      {
        name: 'an invalid Date as asOf',
        options: { ...base(), asOf: new Date(Number.NaN) },
        expected: { code: 'invalid_as_of', path: 'asOf', expected: 'an ISO 8601 instant with an offset, a calendar date or a valid Date', got: 'a value of type object' },
      },
      {
        name: 'a number as asOf',
        options: { ...base(), asOf: 12.5 },
        expected: { code: 'invalid_as_of', path: 'asOf', expected: 'an ISO 8601 instant with an offset, a calendar date or a valid Date', got: '`12.5`' },
      },
      {
        name: 'a calendar date that does not exist as asOf',
        options: { ...base(), asOf: '2026-02-30' },
        expected: { code: 'invalid_as_of', path: 'asOf', expected: 'an ISO 8601 instant with an offset, a calendar date or a valid Date', got: '`2026-02-30`' },
      },
      {
        // It used to be refused as "looks like contact details": shown as given now.
        name: 'a date and time with a space and no offset as asOf',
        options: { ...base(), asOf: '2026-04-10 10:00' },
        expected: { code: 'invalid_as_of', path: 'asOf', expected: 'an ISO 8601 instant with an offset, a calendar date or a valid Date', got: '`2026-04-10 10:00`' },
      },
      { name: 'an unknown locale', options: { ...base(), locale: 'de' }, expected: { code: 'invalid_locale', path: 'locale', expected: '`en`, `fr` or a catalogue', got: '`de`' } },
      {
        name: 'a null policy',
        options: { ...base(), policy: null },
        expected: { code: 'invalid_policy', path: 'policy', expected: 'a policy (`DEFAULT_POLICY`, or one from `parsePolicy` or `policyFor`)', got: 'null' },
      },
      {
        name: 'no policy at all',
        options: { asOf: ASOF },
        expected: { code: 'invalid_policy', path: 'policy', expected: 'a policy (`DEFAULT_POLICY`, or one from `parsePolicy` or `policyFor`)', got: 'nothing' },
      },
      {
        name: 'a null availability',
        options: { ...base(), availability: null },
        expected: { code: 'invalid_availability', path: 'availability', expected: 'a crew availability `{ eventId, freeCrews, conflicts }`', got: 'null' },
      },
      {
        name: 'an availability given as a string',
        options: { ...base(), availability: 'busy' },
        expected: { code: 'invalid_availability', path: 'availability', expected: 'a crew availability `{ eventId, freeCrews, conflicts }`', got: '`busy`' },
      },
      {
        name: 'an availability for another event',
        options: { ...base(), availability: freeAvailability('evt-2') },
        expected: { code: 'availability_mismatch', path: 'availability.eventId', expected: "the event's id `evt-1`", got: '`evt-2`' },
      },
    ];
    for (const c of CASES) {
      it(`refuses ${c.name} with its code, path and message`, () => {
        const error = thrown(() => evaluateEligibility(validInput(), c.options));
        expect(isPartnershipError(error)).toBe(true);
        const { code, path, expected, got } = c.expected;
        expect(error.code).toBe(code);
        expect(error.message).toBe(`Expected \`${path}\` to be ${expected}, got ${got}`);
        expect(error.issues).toEqual([{ code, path, message: `Expected ${expected}, got ${got}` }]);
      });
    }
  });

  describe('sponsor usability', () => {
    const sponsor = (over: Record<string, unknown>): any => ({ id: 'csp-1', name: 'CloudCo', sector: 'hosting', contribution: { amount: '1500', currency: 'EUR' }, status: 'accepted', ...over });
    const CASES: readonly { name: string; sponsor: any; eventSponsors?: any[]; expected: { usable: boolean; reasons: string[] } }[] = [
      { name: 'a withdrawn sponsor is not usable', sponsor: sponsor({ status: 'withdrawn' }), expected: { usable: false, reasons: ['withdrawn'] } },
      { name: 'a proposed sponsor awaits the organizer', sponsor: sponsor({ status: 'proposed' }), expected: { usable: false, reasons: ['awaiting_organizer'] } },
      { name: 'reasons are sorted: awaiting before exclusivity', sponsor: sponsor({ status: 'proposed', sector: 'telecom' }), expected: { usable: false, reasons: ['awaiting_organizer', 'exclusivity_conflict'] } },
      { name: 'a vetoed competitor has both reasons', sponsor: sponsor({ status: 'vetoed', sector: 'telecom' }), expected: { usable: false, reasons: ['exclusivity_conflict', 'vetoed'] } },
      { name: 'sectors are compared trimmed and case-blind', sponsor: sponsor({ sector: '  TeleCom ' }), expected: { usable: false, reasons: ['exclusivity_conflict'] } },
      { name: 'the exclusive holder itself is recognised by its trimmed, case-blind name', sponsor: sponsor({ name: ' bigtel ', sector: 'telecom' }), expected: { usable: true, reasons: [] } },
      { name: 'sectors are compared in lower case: ß is not ss', sponsor: sponsor({ sector: 'Straße' }), eventSponsors: [{ name: 'Holder', sector: 'x', exclusiveCategory: 'STRASSE' }], expected: { usable: true, reasons: [] } },
      { name: 'an event sponsor without exclusive category excludes nobody', sponsor: sponsor({ sector: 'telecom' }), eventSponsors: [{ name: 'BigTel', sector: 'telecom' }], expected: { usable: true, reasons: [] } },
    ];
    for (const c of CASES) {
      it(c.name, () => {
        const input = withChange((i) => {
          i.sponsors = [c.sponsor];
          if (c.eventSponsors !== undefined) i.event.sponsors = c.eventSponsors;
        });
        expect(evaluate(input).sponsors).toStrictEqual([{ sponsorId: 'csp-1', ...c.expected }]);
      });
    }

    it('lists sponsors by their ids as given, in code-unit order, in the list and in per-sponsor findings', () => {
      // Ids are unique (duplicate_id), and shown as given: no two sponsors ever tie.
      const input = withChange((i) => {
        i.sponsors = [sponsor({ id: 'b@cloud.example' }), sponsor({ id: 'a@cloud.example', status: 'vetoed' }), sponsor({ id: 'B@cloud.example' })];
      });
      const report = evaluate(input);
      expect(report.sponsors).toStrictEqual([
        { sponsorId: 'B@cloud.example', usable: true, reasons: [] },
        { sponsorId: 'a@cloud.example', usable: false, reasons: ['vetoed'] },
        { sponsorId: 'b@cloud.example', usable: true, reasons: [] },
      ]);
      expect(findingsOf(report, 'C2.3').map((f) => [f.sponsorId, f.status])).toEqual([
        ['B@cloud.example', 'met'],
        ['a@cloud.example', 'unmet'],
        ['b@cloud.example', 'met'],
      ]);
    });
  });

  describe('filmed speakers', () => {
    it('counts a speaker listed in two filmed sessions once', () => {
      const input = withChange((i) => i.event.sessions[1].speakerIds.push('spk-1'));
      expect(findingOf(evaluate(input), 'C6.1').evidence).toMatchObject({ filmedSpeakers: 3 });
      expect(findingOf(evaluate(input), 'C6.2').evidence).toMatchObject({ filmedSpeakers: 3 });
    });

    it('counts an unknown speaker id listed in two filmed plenaries once', () => {
      const input = withChange((i) => {
        i.event.sessions[0].speakerIds.push('spk-x');
        i.event.sessions[1].speakerIds.push('spk-x');
      });
      const report = evaluate(input);
      expect(findingOf(report, 'C8').evidence).toStrictEqual({ filmedPlenaries: 2, sessionsWithoutSpeakers: [], unknownSpeakerIds: ['spk-x'] });
      expect(findingOf(report, 'C6.1').evidence).toMatchObject({ filmedSpeakers: 4, notInformed: ['spk-x'] });
    });

    it('requires a release covering the uses of every filmed session a speaker is in', () => {
      // spk-3's release covers on_demand (ses-2); a later live session with spk-3 adds live.
      const input = withChange((i) =>
        i.event.sessions.push({ id: 'ses-3', kind: 'plenary', start: '2026-03-14T16:00:00+01:00', end: '2026-03-14T17:00:00+01:00', speakerIds: ['spk-3'], uses: ['live'] }),
      );
      expect(findingOf(evaluate(input), 'C6.2')).toMatchObject({ status: 'pending', evidence: { filmedSpeakers: 3, uncovered: [{ speaker: 'spk-3', sessions: ['ses-3'], uses: ['live'] }] } });
    });

    it('lists a session once for a speaker id it lists twice', () => {
      const input = withChange((i) => {
        i.event.sessions[1].speakerIds.push('spk-3');
        i.speakers[2].release.covers = ['on_demand'];
      });
      expect(findingOf(evaluate(input), 'C6.2')).toMatchObject({ status: 'pending', evidence: { filmedSpeakers: 3, uncovered: [{ speaker: 'spk-3', sessions: ['ses-2'], uses: ['clip'] }] } });
    });

    const workshop = (id: string, start: string, end: string): any => ({ id, kind: 'workshop', start, end, speakerIds: ['spk-x'], uses: ['on_demand'] });

    it('treats a speaker first met in a workshop and then in a plenary as a plenary speaker', () => {
      const input = withChange((i) => {
        i.event.sessions.unshift(workshop('ses-w', '2026-03-14T09:00:00+01:00', '2026-03-14T09:25:00+01:00'));
        i.event.sessions[2].speakerIds.push('spk-x');
      });
      expect(findingOf(evaluate(input), 'C8').evidence).toMatchObject({ unknownSpeakerIds: ['spk-x'] });
    });

    it('does not treat a speaker of two workshops as a plenary speaker', () => {
      const input = withChange((i) => {
        i.event.sessions.push(workshop('ses-w1', '2026-03-14T16:00:00+01:00', '2026-03-14T16:30:00+01:00'));
        i.event.sessions.push(workshop('ses-w2', '2026-03-14T16:30:00+01:00', '2026-03-14T17:00:00+01:00'));
      });
      const report = evaluate(input);
      expect(findingOf(report, 'C8')).toMatchObject({ status: 'met', evidence: { unknownSpeakerIds: [] } });
      expect(findingOf(report, 'C6.1').evidence).toMatchObject({ filmedSpeakers: 4, notInformed: ['spk-x'] });
    });
  });

  describe('findings', () => {
    const KEYS = ['rule', 'name', 'clause', 'kind', 'status', 'evidence', 'parameters', 'dueAt', 'dueLocal', 'message'];

    it('gives an event-wide met finding no sponsorId and no remedy key', () => {
      expect(Object.keys(findingOf(evaluate(validInput()), 'C1'))).toEqual(KEYS);
    });

    it('adds sponsorId then remedy, only when present', () => {
      const vetoed = evaluate(withChange((i) => (i.sponsors[0].status = 'vetoed')));
      expect(Object.keys(findingOf(vetoed, 'C2.3', 'csp-1'))).toEqual([...KEYS, 'sponsorId', 'remedy']);
      expect(Object.keys(findingOf(evaluate(validInput()), 'C2.3', 'csp-1'))).toEqual([...KEYS, 'sponsorId']);
      const crew = evaluate(withChange((i) => (i.event.otherFilmCrews = [{ name: 'TV' }])));
      expect(Object.keys(findingOf(crew, 'C1'))).toEqual([...KEYS, 'remedy']);
      // C2.5 has no deadline: no dueAt, no dueLocal.
      expect(Object.keys(findingOf(evaluate(validInput()), 'C2.5'))).toEqual(['rule', 'name', 'clause', 'kind', 'status', 'evidence', 'parameters', 'message']);
    });

    it('writes counts in the singular for one speaker and in the plural for several', () => {
      const one = findingOf(evaluate(withChange((i) => delete i.speakers[0].release)), 'C6.2');
      const two = findingOf(evaluate(withChange((i) => [0, 1].forEach((n) => delete i.speakers[n].release))), 'C6.2');
      expect(one.message).toBe('1 speaker has not signed a release covering every planned use: Ana (spk-1); due by 7 March 2026, 09:00 event time.');
      expect(two.message).toBe('2 speakers have not signed a release covering every planned use: Ana (spk-1), Ben (spk-2); due by 7 March 2026, 09:00 event time.');
    });
  });

  describe('checked once', () => {
    it('reads a policy object once: a later change to the same object is not seen', () => {
      const policy: any = { ...DEFAULT_POLICY, blocking: [...DEFAULT_POLICY.blocking] };
      const input = withChange((i) => (i.event.otherFilmCrews = [{ name: 'TV' }]));
      const first = evaluateEligibility(input, { policy, asOf: ASOF, availability: freeAvailability() });
      policy.blocking = DEFAULT_POLICY.blocking.filter((id) => id !== 'C1');
      const second = evaluateEligibility(input, { policy, asOf: ASOF, availability: freeAvailability() });
      expect(findingOf(first, 'C1').kind).toBe('blocking');
      expect(second).toEqual(first);
      // A fresh object with the same change is read.
      const fresh = evaluateEligibility(input, { policy: { ...policy }, asOf: ASOF, availability: freeAvailability() });
      expect([findingOf(fresh, 'C1').kind, fresh.decision]).toEqual(['weighing', 'eligible']);
    });

    it('reads an availability object once: a later change to the same object is not seen', () => {
      const availability: any = freeAvailability();
      const first = evaluateEligibility(validInput(), { policy: DEFAULT_POLICY, asOf: ASOF, availability });
      availability.freeCrews = [];
      const second = evaluateEligibility(validInput(), { policy: DEFAULT_POLICY, asOf: ASOF, availability });
      expect(findingOf(first, 'C3').status).toBe('met');
      expect(second).toEqual(first);
      const fresh = evaluateEligibility(validInput(), { policy: DEFAULT_POLICY, asOf: ASOF, availability: { ...availability } });
      expect(findingOf(fresh, 'C3').status).toBe('unmet');
    });
  });
});

describe('RULES', () => {
  it('makes C2.2 and C2.3 per sponsor, every other rule event-wide', () => {
    const scopes = Object.fromEntries(RULES.map((r) => [r.id, r.scope]));
    expect(Object.entries(scopes).filter(([, scope]) => scope !== 'event')).toEqual([['C2.2', 'sponsor'], ['C2.3', 'sponsor']]);
    expect(scopes.C9).toBe('event');
  });
});

describe('blockingUnmet', () => {
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
});
