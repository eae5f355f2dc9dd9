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
