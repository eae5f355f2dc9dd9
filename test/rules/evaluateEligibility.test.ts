/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, isPartnershipError, parseCoverageRequest, parsePolicy } from '../../src/index.js';
import { RULE_IDS, evaluateEligibility } from '../../src/rules/index.js';
import { ASOF, busyAvailability, freeAvailability, validInput, withChange } from '../utils/factory.js';
import { evaluate, findingOf, findingsOf, unmetBlocking } from '../utils/evaluate.js';
import { caught as thrown } from '../utils/thrown.js';

describe('evaluateEligibility', () => {
  it('finds the factory request eligible, every rule met, preference 1', () => {
    const report = evaluate(validInput());
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
      i.event.audio.xlrFeed = false;
      i.editorialFit = 'rejected';
    });
    const report = evaluate(input);
    expect(report.findings).toHaveLength(RULE_IDS.length);
    expect(unmetBlocking(report)).toEqual(['C1', 'C4', 'C7']);
    expect(report.decision).toBe('ineligible');
  });

  it('is incomplete when nothing blocking is unmet but something is pending or unknown', () => {
    expect(evaluate(validInput(), { availability: null }).decision).toBe('incomplete');
    expect(evaluate(withChange((i) => delete i.speakers[0].releaseSignedAt)).decision).toBe('incomplete');
  });

  it('is ineligible once a pending requirement passes its deadline', () => {
    const input = withChange((i) => delete i.speakers[0].releaseSignedAt);
    expect(evaluate(input, { asOf: '2026-03-07T07:59:59Z' }).decision).toBe('incomplete');
    expect(evaluate(input, { asOf: '2026-03-07T08:00:01Z' }).decision).toBe('ineligible');
  });

  it('gives a pending remedy the date it is due by', () => {
    const finding = findingOf(evaluate(withChange((i) => delete i.speakers[0].releaseSignedAt)), 'C6.2');
    expect(finding.remedy).toMatchObject({ code: 'release_not_signed', dueBy: '2026-03-07' });
    expect(finding.remedy?.en).toContain('by 2026-03-07');
    expect(finding.remedy?.fr).toContain('avant le 2026-03-07');
  });

  it('applies only C3 and C9 in client mode', () => {
    const input = withChange((i) => {
      i.mode = 'client';
      i.event.otherFilmCrews = [{ name: 'TV' }];
      i.event.sessions[1].kind = 'workshop';
    });
    const report = evaluate(input);
    expect(report.findings.map((f) => f.rule)).toEqual(['C3', 'C9']);
    expect(report.decision).toBe('eligible');
    expect(report.preference).toBe(0);
    expect(report.sponsors).toEqual([]);
    expect(evaluate(input, { availability: busyAvailability() }).decision).toBe('ineligible');
  });

  it('never lets C2.5 block: a policy listing it is refused', () => {
    const policy = { ...DEFAULT_POLICY, blocking: [...DEFAULT_POLICY.blocking, 'C2.5'] } as any;
    expect(thrown(() => parsePolicy(policy)).issues[0]).toMatchObject({ code: 'rule_never_blocks', path: 'blocking[16]' });
    const error = thrown(() => evaluateEligibility(validInput(), { policy, asOf: ASOF }));
    expect(error.issues[0]).toMatchObject({ code: 'rule_never_blocks', path: 'policy.blocking[16]' });
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
    // DEFAULT_POLICY weights: C5.b 2, C8.b 2, C9.4 3, C10 1, C2.5 0 (total 8).
    expect(evaluate(withChange((i) => (i.partner.commitments.mediaPartnerCredit = false))).preference).toBe(0.875); // 7/8
    const none = withChange((i) => {
      Object.assign(i.partner.commitments, { mediaPartnerCredit: false, lightingAdviceAsked: false, speakerEmailsProvided: false, monetization: [] });
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
    expect(report.preference).toBe(0.6667); // 8 / 12
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
    const b = evaluateEligibility(validInput(), { policy: DEFAULT_POLICY, asOf: new Date(Date.UTC(2026, 1, 10, 12)), availability: freeAvailability() });
    expect(a).toEqual(b);
    expect(evaluate(validInput(), { asOf: '2026-02-10' }).asOf).toBe('2026-02-10T00:00:00.000Z');
  });

  it('rejects a bad asOf, locale or an availability for another event', () => {
    expect(thrown(() => evaluate(validInput(), { asOf: '2026-02-30' })).code).toBe('invalid_as_of');
    expect(thrown(() => evaluate(validInput(), { locale: 'de' as any })).code).toBe('invalid_locale');
    expect(thrown(() => evaluate(validInput(), { availability: freeAvailability('evt-2') })).code).toBe('availability_mismatch');
    expect(thrown(() => evaluate(validInput(), { availability: { eventId: 'evt-1' } as any })).issues.map((i: any) => i.path)).toEqual(['availability.freeCrews', 'availability.conflicts']);
    expect(thrown(() => evaluateEligibility(validInput(), { asOf: ASOF } as any)).code).toBe('invalid_policy');
    expect(thrown(() => evaluate(validInput(), { policy: { version: '1' } as any })).issues.map((i: any) => i.path)).toEqual(['policy.appliesFrom', 'policy.parameters', 'policy.blocking', 'policy.weights']);
    expect(thrown(() => evaluateEligibility(validInput(), null as any)).code).toBe('invalid_options');
  });

  it('throws a PartnershipError with every path for an invalid request', () => {
    const error = thrown(() => evaluate(withChange((i) => {
      delete i.event.title;
      i.speakers[2].releaseSignedAt = 'yesterday';
    })));
    expect(isPartnershipError(error)).toBe(true);
    expect(error.issues.map((i: any) => i.path)).toEqual(['event.title', 'speakers[2].releaseSignedAt']);
  });

  it('gives the same bytes for the same input', () => {
    const golden = JSON.stringify(evaluate(withChange((i) => delete i.speakers[0].releaseSignedAt)));
    expect(JSON.stringify(evaluate(withChange((i) => delete i.speakers[0].releaseSignedAt)))).toBe(golden);
    expect(golden).toContain('"decision":"incomplete"');
  });
});

const CONTACT = /@|\+33|\d{2} \d{2} \d{2} \d{2}/;

describe('privacy', () => {
  it('hides caller strings that look like contact details wherever a report would repeat them', () => {
    const input = withChange((i) => {
      i.id = 'ada.lovelace@example.org';
      i.event.venue.name = 'call +33 6 12 34 56 78';
      i.event.otherFilmCrews = [{ name: 'crew@tv.example' }];
      i.speakers[0].id = '+33 6 12 34 56 78';
      i.event.sessions[0].speakerIds[0] = '+33 6 12 34 56 78';
      delete i.speakers[0].releaseSignedAt;
      i.sponsors[0].id = 'sponsor@cloud.example';
      i.sponsors[0].sector = '06 12 34 56 78';
    });
    for (const locale of ['en', 'fr'] as const) {
      const report = evaluate(input, { locale, availability: { eventId: 'evt-1', freeCrews: ['crew@x.example'], conflicts: [] } });
      const text = JSON.stringify(report);
      expect(text).not.toMatch(CONTACT);
      expect(report.requestId).toBe('(hidden: looks like contact details)');
      expect(findingOf(report, 'C6.2').evidence).toMatchObject({ unsigned: ['(hidden: looks like contact details)'] });
    }
  });

  it('tells sponsors with numeric ids apart, and still hides a French-format phone', () => {
    const input = withChange((i) => {
      i.sponsors = [
        { id: '1000002', name: 'B', sector: 'hosting', contribution: { amount: '100', currency: 'EUR' }, status: 'accepted' },
        { id: '1000001', name: 'A', sector: 'hosting', contribution: { amount: '100', currency: 'EUR' }, status: 'proposed' },
        { id: '06.12.34.56.78', name: 'C', sector: 'hosting', contribution: { amount: '100', currency: 'EUR' }, status: 'accepted' },
      ];
    });
    expect(evaluate(input).sponsors.map((s) => s.sponsorId)).toEqual(['(hidden: looks like contact details)', '1000001', '1000002']);
  });

  it('shows ids and names that are not contact details as given, long ones cut', () => {
    const input = withChange((i) => (i.event.otherFilmCrews = [{ name: 'TV 2026-03-14' }, { name: 'x'.repeat(500) }]));
    const crews = findingOf(evaluate(input), 'C1').evidence.otherFilmCrews as string[];
    expect(crews).toEqual(['TV 2026-03-14', `${'x'.repeat(120)}…`]);
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
    broken.speakers[0].profileComplete = false;
    for (const input of [contacts(), broken]) {
      for (const locale of ['en', 'fr'] as const) {
        for (const asOf of [ASOF, '2026-03-20']) {
          const text = JSON.stringify(evaluate(input, { locale, asOf, availability: busyAvailability() }));
          expect(text).not.toMatch(CONTACT);
        }
      }
    }
  });
});
