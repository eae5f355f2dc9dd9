/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, isPartnershipError, parseCoverageRequest, parsePolicy } from '../../src/index.js';
import { RULE_IDS, evaluateEligibility } from '../../src/rules/index.js';
import { ASOF, busyAvailability, freeAvailability, validInput, withChange } from '../utils/factory.js';
import { evaluate, findingOf, findingsOf, FIXED_POLICY, unmetBlocking } from '../utils/evaluate.js';
import { caught as thrown } from '../utils/thrown.js';

describe('evaluateEligibility', () => {
  it('finds the factory request eligible, every rule met, preference 1', () => {
    const report = evaluate(validInput(), { policy: DEFAULT_POLICY });
    expect(report).toMatchObject({ requestId: 'req-1', eventId: 'evt-1', mode: 'partnership', policyVersion: '2009-04', asOf: '2026-02-10T12:00:00.000Z', decision: 'eligible', preference: 1 });
    expect(report.findings.map((f) => f.rule)).toEqual([...RULE_IDS]);
    expect(report.findings.every((f) => f.status === 'met')).toBe(true);
    expect(report.sponsors).toEqual([{ sponsorId: 'csp-1', usable: true, reasons: [] }]);
  });

  it('accepts an already-parsed request and gives the same report', () => {
    const parsed = parseCoverageRequest(validInput());
    expect(evaluate(parsed)).toEqual(evaluate(validInput()));
  });

  it('reports every rule, never only the first failure', () => {
    const input = withChange((i) => {
      i.event.otherFilmCrews = [{ name: 'TV' }];
      i.event.audio.feed = 'none';
      i.editorialVerdict = { verdict: 'rejected', at: '2026-01-15' };
    });
    const report = evaluate(input);
    expect(report.findings).toHaveLength(RULE_IDS.length);
    expect(unmetBlocking(report)).toEqual(['C1', 'C4', 'C7']);
    expect(report.decision).toBe('ineligible');
  });

  it('is incomplete when nothing blocking is unmet but something is pending or unknown', () => {
    expect(evaluate(validInput(), { availability: null }).decision).toBe('incomplete');
    expect(evaluate(withChange((i) => delete i.speakers[0].release)).decision).toBe('incomplete');
  });

  it('is ineligible once a pending requirement passes its deadline', () => {
    const input = withChange((i) => delete i.speakers[0].release);
    expect(evaluate(input, { asOf: '2026-03-07T07:59:59Z' }).decision).toBe('incomplete');
    expect(evaluate(input, { asOf: '2026-03-07T08:00:01Z' }).decision).toBe('ineligible');
  });

  it('gives a pending remedy the date it is due by', () => {
    const finding = findingOf(evaluate(withChange((i) => delete i.speakers[0].release)), 'C6.2');
    expect(finding.remedy).toMatchObject({ code: 'release_not_signed', dueAt: '2026-03-07T08:00:00.000Z', dueLocal: '2026-03-07T09:00+01:00' });
    expect(finding.remedy?.en).toContain('by 7 March 2026, 09:00 event time');
    expect(finding.remedy?.fr).toContain('avant le 7 mars 2026, 9 h 00, heure de l\'événement');
  });

  it('applies C3, C6.2, C8 and C9 in client mode, as DEFAULT_POLICY.modes says', () => {
    const input = withChange((i) => {
      i.mode = 'client';
      i.event.otherFilmCrews = [{ name: 'TV' }];
      i.event.sessions[1].kind = 'workshop';
    });
    const report = evaluate(input);
    expect(report.findings.map((f) => f.rule)).toEqual(['C3', 'C6.2', 'C8', 'C9']);
    expect(report.findings.every((f) => f.status === 'met')).toBe(true);
    expect(report.decision).toBe('eligible');
    expect(report.preference).toBe(0);
    expect(report.sponsors).toEqual([]);
    expect(evaluate(input, { availability: busyAvailability() }).decision).toBe('ineligible');
  });

  describe('modes: which rules apply in which mode is policy data', () => {
    const client = (change: (i: any) => void = () => {}) =>
      withChange((i) => {
        i.mode = 'client';
        change(i);
      });
    // Seed § 8: « ne plus jamais filmer, à plus forte raison en mode partenariat, d'événements pour lesquels
    // les noms des intervenants ne sont pas facilement et immédiatement disponibles »: every mode.
    const cases = [
      {
        name: 'client mode, a release unsigned before its deadline: C6.2 pending, incomplete',
        input: client((i) => delete i.speakers[0].release),
        asOf: ASOF,
        expected: { rule: 'C6.2', status: 'pending', decision: 'incomplete' },
      },
      {
        name: 'client mode, a release still unsigned after its deadline: C6.2 unmet, ineligible',
        input: client((i) => delete i.speakers[0].release),
        asOf: '2026-03-07T08:00:01Z',
        expected: { rule: 'C6.2', status: 'unmet', decision: 'ineligible' },
      },
      {
        name: 'client mode, a filmed plenary without speakers after the notice deadline: C8 unmet, ineligible',
        input: client((i) => (i.event.sessions[1].speakerIds = [])),
        asOf: '2026-02-28T08:00:01Z',
        expected: { rule: 'C8', status: 'unmet', decision: 'ineligible' },
      },
    ] as const;

    it.each(cases)('$name', ({ input, asOf, expected }) => {
      const report = evaluate(input, { asOf });
      expect({ rule: expected.rule, status: findingOf(report, expected.rule).status, decision: report.decision }).toEqual(expected);
    });

    it('does not evaluate C8 in client mode under a policy whose client list omits it', () => {
      const policy = parsePolicy({ ...DEFAULT_POLICY, modes: { ...DEFAULT_POLICY.modes, client: ['C3', 'C6.2', 'C9'] } });
      const report = evaluate(client((i) => (i.event.sessions[1].speakerIds = [])), { asOf: '2026-02-28T08:00:01Z', policy });
      expect(report.findings.map((f) => f.rule)).toEqual(['C3', 'C6.2', 'C9']);
      expect(report.decision).toBe('eligible');
    });

    it('applies in partnership mode only the rules its list names', () => {
      const policy = parsePolicy({ ...DEFAULT_POLICY, modes: { ...DEFAULT_POLICY.modes, partnership: ['C1', 'C7'] } });
      const report = evaluate(withChange((i) => (i.event.otherFilmCrews = [{ name: 'TV' }])), { policy });
      expect(report.findings.map((f) => f.rule)).toEqual(['C1', 'C7']);
      expect(report.decision).toBe('ineligible');
    });
  });

  it('never lets C2.5 block: a policy listing it is refused', () => {
    const policy = { ...DEFAULT_POLICY, blocking: [...DEFAULT_POLICY.blocking, 'C2.5'] } as any;
    expect(thrown(() => parsePolicy(policy)).issues[0]).toMatchObject({ code: 'rule_never_blocks', path: 'blocking[17]' });
    const error = thrown(() => evaluateEligibility(validInput(), { policy, asOf: ASOF }));
    expect(error.issues[0]).toMatchObject({ code: 'rule_never_blocks', path: 'policy.blocking[17]' });
    const report = evaluate(withChange((i) => (i.sponsors = [])));
    expect(findingOf(report, 'C2.5').kind).toBe('weighing');
    expect(report.decision).toBe('eligible');
  });

  it('gives one finding per capture sponsor, sorted by sponsor id, and a vetoed one blocks only itself', () => {
    const input = withChange((i) => {
      i.sponsors = [
        { id: 'csp-3', name: 'RivalTel', sector: 'telecom', status: 'accepted' },
        { id: 'csp-1', name: 'CloudCo', sector: 'hosting', status: 'vetoed', veto: { by: 'Olga' } },
        { id: 'csp-2', name: 'PrintCo', sector: 'print', status: 'accepted' },
      ];
    });
    const report = evaluate(input);
    expect(findingsOf(report, 'C2.2').map((f) => [f.sponsorId, f.status])).toEqual([['csp-1', 'met'], ['csp-2', 'met'], ['csp-3', 'unmet']]);
    expect(findingsOf(report, 'C2.3').map((f) => [f.sponsorId, f.status])).toEqual([['csp-1', 'unmet'], ['csp-2', 'met'], ['csp-3', 'met']]);
    expect(report.sponsors).toEqual([
      { sponsorId: 'csp-1', usable: false, reasons: ['vetoed'] },
      { sponsorId: 'csp-2', usable: true, reasons: [] },
      { sponsorId: 'csp-3', usable: false, reasons: ['exclusivity_conflict'] },
    ]);
    expect(findingOf(report, 'C2.5').evidence).toEqual({ sponsors: 3, usableSponsors: 1 });
    expect(report.decision).toBe('eligible');
  });

  it('computes the preference from the weights of met weighing rules', () => {
    // DEFAULT_POLICY weights: C5.b 2, C6.4 4, C8.b 2, C9.4 3, C10 4, C2.5 0 (total 15).
    expect(evaluate(withChange((i) => (i.partner.commitments.mediaPartnerCredit = false))).preference).toBe(0.7333); // 11/15
    const none = withChange((i) => {
      Object.assign(i.partner.commitments, { mediaPartnerCredit: false, lightingAdviceAsked: false, onlineConversation: false, speakerEmailsProvided: false, monetization: [] });
      delete i.speakers[0].email;
    });
    const report = evaluate(none);
    expect(report.preference).toBe(0);
    expect(report.decision).toBe('eligible');
    const oneThird = parsePolicy({ ...DEFAULT_POLICY, weights: { C10: 1, 'C9.4': 2 } });
    expect(evaluate(withChange((i) => (i.partner.commitments.monetization = [])), { policy: oneThird }).preference).toBe(0.3333);
  });

  it('follows the policy: a rule it does not list as blocking only weighs', () => {
    const policy = parsePolicy({ ...DEFAULT_POLICY, version: 'lenient', blocking: DEFAULT_POLICY.blocking.filter((id) => id !== 'C1'), weights: { ...DEFAULT_POLICY.weights, C1: 4 } });
    const report = evaluate(withChange((i) => (i.event.otherFilmCrews = [{ name: 'TV' }])), { policy });
    expect(report.policyVersion).toBe('lenient');
    expect(findingOf(report, 'C1')).toMatchObject({ kind: 'weighing', status: 'unmet' });
    expect(report.decision).toBe('eligible');
    expect(report.preference).toBe(0.7895); // (2 + 4 + 2 + 3 + 4) / (2 + 4 + 2 + 3 + 4 + 4) = 15 / 19
  });

  it('writes messages in the requested locale and remedies in both', () => {
    const input = withChange((i) => (i.event.otherFilmCrews = [{ name: 'TV' }]));
    const fr = findingOf(evaluate(input, { locale: 'fr' }), 'C1');
    const en = findingOf(evaluate(input, { locale: 'en' }), 'C1');
    expect(fr.message).toContain("Nous ne sommes pas partenaires d'événements que nous ne filmons pas");
    expect(en.message).toContain('We are not partners of events we do not film');
    expect(fr.remedy).toEqual(en.remedy);
    expect(findingOf(evaluate(input), 'C1').message).toBe(en.message);
  });

  it('reads asOf as an instant with its offset, a UTC calendar date or a Date, never the process time zone', () => {
    const a = evaluate(validInput(), { asOf: '2026-02-10T13:00:00+01:00' });
    const b = evaluateEligibility(validInput(), { policy: FIXED_POLICY, asOf: new Date(Date.UTC(2026, 1, 10, 12)), availability: freeAvailability() });
    expect(a).toEqual(b);
    expect(evaluate(validInput(), { asOf: '2026-02-10' }).asOf).toBe('2026-02-10T00:00:00.000Z');
  });

  it('rejects a bad asOf, locale or an availability for another event', () => {
    expect(thrown(() => evaluate(validInput(), { asOf: '2026-02-30' })).code).toBe('invalid_as_of');
    expect(thrown(() => evaluate(validInput(), { locale: 'de' as any })).code).toBe('invalid_locale');
    expect(thrown(() => evaluate(validInput(), { availability: freeAvailability('evt-2') })).code).toBe('availability_mismatch');
    expect(thrown(() => evaluate(validInput(), { availability: { eventId: 'evt-1' } as any })).issues.map((i: any) => i.path)).toEqual(['availability.freeCrews', 'availability.conflicts']);
    expect(thrown(() => evaluateEligibility(validInput(), { asOf: ASOF } as any)).code).toBe('invalid_policy');
    expect(thrown(() => evaluate(validInput(), { policy: { version: '1' } as any })).issues.map((i: any) => i.path)).toEqual(['policy.appliesFrom', 'policy.parameters', 'policy.modes', 'policy.blocking', 'policy.weights']);
    expect(thrown(() => evaluateEligibility(validInput(), null as any)).code).toBe('invalid_options');
  });

  it('throws a PartnershipError with every path for an invalid request', () => {
    const error = thrown(() => evaluate(withChange((i) => {
      delete i.event.title;
      i.speakers[2].release.signedAt = 'yesterday';
    })));
    expect(isPartnershipError(error)).toBe(true);
    expect(error.issues.map((i: any) => i.path)).toEqual(['event.title', 'speakers[2].release.signedAt']);
  });

  it('gives the same bytes for the same input', () => {
    const golden = JSON.stringify(evaluate(withChange((i) => delete i.speakers[0].release)));
    expect(JSON.stringify(evaluate(withChange((i) => delete i.speakers[0].release)))).toBe(golden);
    expect(golden).toContain('"decision":"incomplete"');
  });

  // The engine's own behaviour: its refusals (exact code, path, message), sponsor usability, who is
  // filmed (one entry per speaker, uses and plenary merged), the key order of findings, and the
  // checked-once policy and availability.
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
      // Ids are unique (id_duplicate), and shown as given: no two sponsors ever tie.
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

const CONTACT = /@|\+33|\d{2} \d{2} \d{2} \d{2}/;

describe('privacy', () => {
  const twoCaptureSponsors = (): any =>
    withChange((i) => {
      i.sponsors = [
        { id: 'csp-2026-03-01-02', name: 'B', sector: 'hosting', contribution: { amount: '100', currency: 'EUR' }, status: 'proposed' },
        { id: 'csp-2026-03-01-01', name: 'A', sector: 'hosting', contribution: { amount: '100', currency: 'EUR' }, status: 'accepted' },
      ];
    });

  it('gives capture sponsors back by their ids as given: sponsorUsability, evidence and remedies', () => {
    for (const locale of ['en', 'fr'] as const) {
      const report = evaluate(twoCaptureSponsors(), { locale });
      expect(report.sponsors).toStrictEqual([
        { sponsorId: 'csp-2026-03-01-01', usable: true, reasons: [] },
        { sponsorId: 'csp-2026-03-01-02', usable: false, reasons: ['awaiting_organizer'] },
      ]);
      expect(findingsOf(report, 'C2.3').map((f) => [f.sponsorId, f.evidence.sponsorId, f.status])).toEqual([
        ['csp-2026-03-01-01', 'csp-2026-03-01-01', 'met'],
        ['csp-2026-03-01-02', 'csp-2026-03-01-02', 'pending'],
      ]);
      expect(findingsOf(report, 'C2.2').map((f) => f.evidence.sponsorId)).toEqual(['csp-2026-03-01-01', 'csp-2026-03-01-02']);
      const remedy = findingOf(report, 'C2.3', 'csp-2026-03-01-02').remedy;
      expect(remedy?.en).toBe('Accept sponsor csp-2026-03-01-02, or veto it if it does not suit your criteria.');
      expect(remedy?.fr).toBe("Acceptez le sponsor csp-2026-03-01-02, ou émettez un veto s'il ne convient pas selon vos critères.");
      expect(JSON.stringify(report)).not.toContain('hidden');
    }
  });

  it('shows ids and names shaped like phone numbers or e-mail addresses exactly as given: they are not personal-data fields', () => {
    const input = withChange((i) => {
      i.id = 'ada.lovelace@example.org';
      i.speakers[0].id = '0612345678';
      i.event.sessions[0].speakerIds[0] = '0612345678';
      delete i.speakers[0].release;
      i.speakers[1].name = '+33 6 12 34 56 78';
      i.event.otherFilmCrews = [{ name: '+33 6 12 34 56 78' }];
      i.sponsors[0].id = '06.12.34.56.78';
    });
    const report = evaluate(input, { availability: { eventId: 'evt-1', freeCrews: ['crew@x.example'], conflicts: [] } });
    expect(report.requestId).toBe('ada.lovelace@example.org');
    expect(findingOf(report, 'C6.2').evidence).toMatchObject({ unsigned: ['0612345678'] });
    expect(findingOf(report, 'C6.2').remedy?.en).toContain('Have Ana (0612345678) sign');
    expect(findingOf(report, 'C1').evidence).toStrictEqual({ otherFilmCrews: ['+33 6 12 34 56 78'] });
    expect(findingOf(report, 'C3').evidence).toMatchObject({ freeCrews: ['crew@x.example'] });
    expect(report.sponsors.map((s) => s.sponsorId)).toEqual(['06.12.34.56.78']);
  });

  it('tells sponsors with numeric ids apart', () => {
    const input = withChange((i) => {
      i.sponsors = [
        { id: '1000002', name: 'B', sector: 'hosting', contribution: { amount: '100', currency: 'EUR' }, status: 'accepted' },
        { id: '1000001', name: 'A', sector: 'hosting', contribution: { amount: '100', currency: 'EUR' }, status: 'proposed' },
        { id: '06.12.34.56.78', name: 'C', sector: 'hosting', contribution: { amount: '100', currency: 'EUR' }, status: 'accepted' },
      ];
    });
    expect(evaluate(input).sponsors.map((s) => s.sponsorId)).toEqual(['06.12.34.56.78', '1000001', '1000002']);
  });

  it('keeps long names whole in evidence and cuts them in sentences, saying their length', () => {
    const long = 'x'.repeat(500);
    const input = withChange((i) => (i.event.otherFilmCrews = [{ name: 'TV 2026-03-14' }, { name: long }]));
    const finding = findingOf(evaluate(input), 'C1');
    expect(finding.evidence.otherFilmCrews).toEqual(['TV 2026-03-14', long]);
    expect(finding.message).toBe(`We are not partners of events we do not film: another film crew is present (TV 2026-03-14, ${'x'.repeat(120)}… (500 characters)).`);
  });

  it('keeps control characters in evidence (JSON escapes them) and escapes them in sentences', () => {
    const input = withChange((i) => (i.event.otherFilmCrews = [{ name: 'TV\x1b[2J\u202e' }]));
    const finding = findingOf(evaluate(input), 'C1');
    expect(finding.evidence.otherFilmCrews).toEqual(['TV\x1b[2J\u202e']);
    expect(JSON.stringify(finding.evidence)).toContain('TV\\u001b[2J');
    expect(finding.message).toContain('(TV\\x1b[2J\\u202e)');
    expect(finding.remedy?.en).not.toContain('\x1b');
  });

  const contacts = (): any =>
    withChange((i) => {
      i.partner.contacts.push({ name: 'Press', email: 'press@webdays.example', phone: '+33 (0)1 98 76 54 32' });
      i.speakers.forEach((s: any, n: number) => Object.assign(s, { email: `speaker${n}@mail.example`, phone: `+33 6 11 22 33 4${n}` }));
      i.event.audio.soundEngineer = { name: 'Sam', email: 'sam@sound.example', phone: '06 12 34 56 78' };
    });

  it('never puts an e-mail address or a phone number in a report, met or not, in either language', () => {
    const broken = contacts();
    Object.assign(broken.partner.commitments, { speakerEmailsProvided: false, postEventMailing: false });
    broken.contract.postEventMailing = false;
    delete broken.speakers[1].email;
    delete broken.speakers[0].profileCompletedAt;
    for (const input of [contacts(), broken]) {
      for (const locale of ['en', 'fr'] as const) {
        for (const asOf of [ASOF, '2026-03-20']) {
          const text = JSON.stringify(evaluate(input, { locale, asOf, availability: busyAvailability() }));
          expect(text).not.toMatch(CONTACT);
        }
      }
    }
  });

  describe('properties', () => {
    // Where personal data goes (PERSONAL_DATA_FIELDS): a speaker's e-mail and phone, a contact's, and whole contacts.
    const SLOTS: readonly ((i: any, value: unknown) => void)[] = [
      (i, v) => (i.speakers[0].email = v),
      (i, v) => (i.speakers[2].phone = v),
      (i, v) => (i.partner.contacts[0].email = v),
      (i, v) => (i.partner.contacts[0].phone = v),
      (i, v) => (i.event.audio.soundEngineer = { name: 'Sam', email: v }),
      (i, v) => (i.event.audio.soundEngineer = { name: 'Sam', phone: v }),
      (i, v) => (i.event.audio.soundEngineer = v),
      (i, v) => (i.partner.contacts = [v]),
      (i, v) => (i.partner.contacts = v),
    ];
    // A marker first, so that any echo of the value, even escaped or cut, shows.
    const MARK = '\u260e';
    const personal = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }).map((text) => MARK + text),
      fc.emailAddress(),
      fc.integer({ min: 100_000_000, max: 2 ** 31 }),
    );

    it('never shows a value given in a personal-data field: not in a report, not in an error', () => {
      let reports = 0;
      let errors = 0;
      fc.assert(
        fc.property(fc.nat(SLOTS.length - 1), fc.array(personal, { minLength: 1, maxLength: 3 }), fc.constantFrom('en', 'fr'), (slot, values, locale) => {
          const input = withChange((i) => values.forEach((value, k) => SLOTS[(slot + k) % SLOTS.length]!(i, value)));
          let text: string;
          try {
            text = JSON.stringify(evaluate(input, { locale: locale as 'en' | 'fr', availability: busyAvailability() }));
            reports += 1;
          } catch (error) {
            if (!isPartnershipError(error)) throw error;
            text = error.message + JSON.stringify(error.issues);
            errors += 1;
          }
          expect(text).not.toContain(MARK);
          for (const value of values) expect(text).not.toContain(String(value));
        }),
        // One valid e-mail (a report) and one number where an e-mail goes (an error) are always tried,
        // whatever the run count (Stryker runs 100).
        { numRuns: 300, examples: [[0, ['ana.real@example.org'], 'en'], [0, [612345678], 'fr']] },
      );
      // Both outcomes were tried: valid personal data (a report) and invalid (an error).
      expect(reports).toBeGreaterThan(0);
      expect(errors).toBeGreaterThan(0);
    });
  });
});

// Event start: 2026-03-14T08:00Z.
const AFTER_START = '2026-03-14T10:00:00+01:00';
// The factory's second plenary becomes a filmed workshop.
const workshop = (i: any): void => void (i.event.sessions[1].kind = 'workshop');
const noMailing = (i: any): void => {
  i.contract.postEventMailing = false;
  i.partner.commitments.postEventMailing = false;
};

// Not applicable: a rule the policy does not list for the request's mode gives no finding. With
// the default modes, a client who buys the filming is held to none of these.
describe('not applicable in client mode', () => {
  it.each(['NB', 'C2', 'C5.b', 'C6.4', 'C9.3', 'C11'])('%s gives no finding when the organizer buys the filming', (id) => {
    const heavy = withChange((i) => {
      i.mode = 'client';
      i.event.cameras = 6;
      workshop(i);
      noMailing(i);
      delete i.contract.parties.organizer.signedAt;
      Object.assign(i.partner.commitments, { lightingAdviceAsked: false, onlineConversation: false });
    });
    expect(evaluate(heavy).findings.filter((f) => f.rule === id)).toEqual([]);
  });
});

describe('C4, C5, C6.3 and C7 in client mode', () => {
  it('do not apply: a paying client gets no finding on them, even with every fact missing', () => {
    const input = withChange((i) => {
      i.mode = 'client';
      delete i.editorialVerdict;
      i.event.venue.scouting = {};
      i.event.audio = { feed: 'none' };
      for (const speaker of i.speakers) delete speaker.profileCompletedAt;
    });
    const report = evaluate(input, { asOf: AFTER_START });
    expect(report.findings.map((f) => f.rule).filter((id) => ['C4', 'C5', 'C6.3', 'C7'].includes(id))).toEqual([]);
    expect(report.decision).toBe('eligible');
  });
});
