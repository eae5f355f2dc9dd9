import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { validInput, withChange } from '../utils/factory.js';
import { clone, evaluate, findingOf, unmetBlocking } from '../utils/evaluate.js';

// Scenarios straight from the seed (issue 4). The factory event starts 2026-03-14T09:00:00+01:00.
describe('seed scenarios', () => {
  it('« ne négligez pas, par pitié, le travail conséquent que représente la recherche d’un sponsor captation »: a contract signed two weeks ahead is too late for the shipped policy', () => {
    // DEFAULT_POLICY: the contract is due 21 days before the start (2026-02-21T09:00+01:00), before every
    // speaker deadline and in time for the sponsor search; 0 days used to let it be signed at 08:59.
    const late = withChange((i) => {
      i.contract.parties.platform.signedAt = '2026-02-28';
      i.contract.parties.organizer.signedAt = '2026-02-28';
    });
    const report = evaluate(late, { policy: DEFAULT_POLICY, asOf: '2026-03-01T12:00:00Z' });
    expect(findingOf(report, 'C9')).toMatchObject({ status: 'unmet', parameters: { contractLeadDays: 21 }, dueLocal: '2026-02-21T09:00+01:00', evidence: { signedLateBy: ['platform', 'organizer'] } });
    expect(findingOf(report, 'C9').message).toBe('Contract required: it was not signed by both parties by 21 February 2026, 09:00 event time.');
    expect(unmetBlocking(report)).toContain('C9');
    // Signed three weeks and a day ahead, the same request is eligible.
    const early = withChange((i) => {
      i.contract.parties.platform.signedAt = '2026-02-20';
      i.contract.parties.organizer.signedAt = '2026-02-20';
    });
    expect(findingOf(evaluate(early, { policy: DEFAULT_POLICY, asOf: '2026-03-01T12:00:00Z' }), 'C9').status).toBe('met');
  });

  it('another crew films: ineligible on C1 only', () => {
    const report = evaluate(withChange((i) => (i.event.otherFilmCrews = [{ name: 'Concurrent TV' }])));
    expect(report.decision).toBe('ineligible');
    expect(unmetBlocking(report)).toEqual(['C1']);
  });

  it('a speaker signed the release yesterday for an event tomorrow: unmet, releases are due in advance', () => {
    const report = evaluate(withChange((i) => (i.speakers[0].release.signedAt = '2026-03-12T18:00:00+01:00')), { asOf: '2026-03-13T10:00:00+01:00' });
    const finding = findingOf(report, 'C6.2');
    expect(finding.status).toBe('unmet');
    expect(finding.evidence).toMatchObject({ late: ['spk-1'] });
    expect(finding.dueAt).toBe('2026-03-07T08:00:00.000Z');
    expect(report.decision).toBe('ineligible');
    expect(unmetBlocking(report)).toEqual(['C6.2']);
  });

  it('« Ne signent pas bien en amont des autorisations de cession de droit à l’image et de diffusion »: a release asked for but unsigned is pending, then too late', () => {
    // The organizer sent Ben the release in January; he has not signed it. The contract sells DVDs.
    const input = withChange((i) => {
      i.speakers[1].release = { state: 'requested', requestedAt: '2026-01-20', covers: ['live', 'on_demand', 'dvd', 'clip'] };
      i.contract.clauses.dvd = { organizerShare: '0.5', countsTowardBreakeven: true };
      for (const n of [0, 2]) i.speakers[n].release.covers.push('dvd');
    });
    const month = findingOf(evaluate(input), 'C6.2');
    expect(month).toMatchObject({ status: 'pending', evidence: { contractUses: ['dvd', 'clip'], unsigned: ['spk-2'] }, remedy: { code: 'release_not_signed', dueLocal: '2026-03-07T09:00+01:00' } });
    expect(month.remedy?.en).toBe('Have Ben (spk-2) sign the image-rights and broadcast release, covering the live stream, the on-demand video, the DVD and the post-event clip, by 7 March 2026, 09:00 event time.');
    const week = evaluate(input, { asOf: '2026-03-08T12:00:00Z' });
    expect(week.decision).toBe('ineligible');
    expect(unmetBlocking(week)).toEqual(['C6.2']);
    expect(findingOf(week, 'C6.2')).toMatchObject({ status: 'unmet', evidence: { unsigned: ['spk-2'], notFilmable: ['ses-1'] }, remedy: { code: 'release_signed_late' } });
    // Marking his session not filmed, as the remedy says, leaves a request the platform can film.
    const without = structuredClone(input);
    without.event.sessions[0].filmed = false;
    expect(evaluate(without, { asOf: '2026-03-08T12:00:00Z' }).decision).toBe('eligible');
  });

  it('a speaker refuses the release a month ahead: unmet at once, not pending; marking her session not filmed makes the request eligible', () => {
    const input = withChange((i) => (i.speakers[2].release = { state: 'refused', requestedAt: '2026-01-21', refusedAt: '2026-02-05' }));
    const report = evaluate(input);
    expect(report.decision).toBe('ineligible');
    expect(unmetBlocking(report)).toEqual(['C6.2']);
    expect(findingOf(report, 'C6.2')).toMatchObject({
      status: 'unmet',
      evidence: { refused: ['spk-3'], notFilmable: ['ses-2'] },
      remedy: { code: 'release_refused', en: "Mark the sessions of Chloé (spk-3) not filmed (`filmed: false`, pretalx's `do_not_record`): ses-2." },
    });
    input.event.sessions[1].filmed = false;
    expect(evaluate(input).decision).toBe('eligible');
  });

  it('« ne plus jamais filmer, à plus forte raison en mode partenariat, d’événements pour lesquels les noms des intervenants ne sont pas […] disponibles »: a client who pays is refused too', () => {
    // An organizer buys the filming of a plenary whose speakers it never names, nor asks to sign a release.
    const report = evaluate(
      withChange((i) => {
        i.mode = 'client';
        i.event.sessions[1].speakerIds = [];
        delete i.speakers[0].release;
      }),
      { asOf: '2026-03-13T10:00:00+01:00' },
    );
    expect(report.decision).toBe('ineligible');
    expect(unmetBlocking(report)).toEqual(['C6.2', 'C8']);
  });

  it('the organizer asks partnership coverage for a workshop: ineligible on C9.3', () => {
    const report = evaluate(withChange((i) => (i.event.sessions[0].kind = 'workshop')));
    expect(report.decision).toBe('ineligible');
    expect(unmetBlocking(report)).toEqual(['C9.3']);
    expect(findingOf(report, 'C9.3').remedy?.code).toBe('workshop_in_partnership');
  });

  it('the organizer wants it fully free with no promotion effort: ineligible on C0', () => {
    const report = evaluate(withChange((i) => (i.partner.commitments.promotion = { links: 0, tweets: 0, blogPosts: 0 })));
    expect(report.decision).toBe('ineligible');
    expect(unmetBlocking(report)).toEqual(['C0']);
    // Fully free also means a breakeven of zero: then C2 fails as well ("pas de gratuité absolue").
    const zero = evaluate(withChange((i) => {
      i.partner.commitments.promotion = {};
      i.contract.breakeven.amount = '0';
    }));
    expect(unmetBlocking(zero)).toEqual(['C0', 'C2']);
  });

  it('no sponsor yet: still eligible', () => {
    const report = evaluate(withChange((i) => (i.sponsors = [])));
    expect(report.decision).toBe('eligible');
    expect(findingOf(report, 'C2.5').status).toBe('met');
    expect(report.findings.some((f) => f.rule === 'C2.2' || f.rule === 'C2.3')).toBe(false);
  });

  it('every proposed sponsor vetoed or conflicting: the event stays eligible, the sponsors are unusable', () => {
    const report = evaluate(withChange((i) => {
      i.sponsors = [
        { id: 'csp-1', name: 'CloudCo', sector: 'hosting', status: 'vetoed' },
        { id: 'csp-2', name: 'RivalTel', sector: 'telecom', status: 'accepted' },
      ];
    }));
    expect(report.decision).toBe('eligible');
    expect(report.sponsors.every((s) => !s.usable)).toBe(true);
  });

  it('the venue’s light gives murky images: we do not film', () => {
    const report = evaluate(withChange((i) => (i.event.venue.scouting.lightUsable = false)), { locale: 'fr' });
    expect(unmetBlocking(report)).toEqual(['C5']);
    expect(findingOf(report, 'C5').message).toContain('images poisseuses, mal éclairées');
  });

  it('inaudible conferences are not an option: no professional feed is ineligible on C7', () => {
    expect(unmetBlocking(evaluate(withChange((i) => (i.event.audio.feed = 'none'))))).toEqual(['C7']);
  });

  it('« nous ne couvrons en mode partenariat que les conférences plénières : les ateliers commerciaux, c’est payant »: one request holds both, plenaries in partnership and workshops under a paid clause', () => {
    // The organizer wants its sponsor's workshop filmed alongside the plenaries.
    const asked = withChange((i) => i.event.sessions.push({ id: 'ws-1', kind: 'workshop', start: '2026-03-14T16:00:00+01:00', end: '2026-03-14T17:00:00+01:00', speakerIds: ['spk-1'], uses: ['on_demand'] }));
    // For free, in the signed contract: ineligible, and the remedy offers both ways out.
    const free = evaluate(asked);
    expect(unmetBlocking(free)).toEqual(['C9.3']);
    const remedy = findingOf(free, 'C9.3').remedy;
    expect(remedy?.code).toBe('workshop_in_partnership');
    expect(remedy?.en).toContain('add a paid workshop clause');
    expect(remedy?.en).toContain('not filmed');
    // Paid, under a workshop clause of the signed contract with a generous share: eligible.
    const paid = clone(asked);
    paid.contract.clauses = { workshop: { organizerShare: '0.7', countsTowardBreakeven: false } };
    expect(evaluate(paid).decision).toBe('eligible');
    expect(findingOf(evaluate(paid), 'C9.3').evidence).toMatchObject({ workshops: ['ws-1'], workshopClause: true, contractSigned: true });
    // Or the workshop is not filmed: eligible too.
    const dropped = clone(asked);
    dropped.event.sessions[2].filmed = false;
    expect(evaluate(dropped).decision).toBe('eligible');
  });

  it('« les dispositifs de partenariat ne doivent évidemment pas exiger un "set up" trop complexe »: five cameras over three days is not a partnership, but can be bought', () => {
    const heavy = withChange((i) => {
      i.event.cameras = 5;
      i.event.start = '2026-03-12T09:00:00+01:00';
    });
    const report = evaluate(heavy);
    expect(report.decision).toBe('ineligible');
    expect(unmetBlocking(report)).toEqual(['NB']);
    expect(findingOf(report, 'NB')).toMatchObject({ evidence: { cameras: 5, days: 3, maxCameras: 3, maxDays: 2 }, remedy: { code: 'setup_too_complex' } });
    // The same set-up bought as a client: the NB does not apply.
    const client = clone(heavy);
    client.mode = 'client';
    expect(evaluate(client).findings.some((f) => f.rule === 'NB')).toBe(false);
    expect(evaluate(client).decision).toBe('eligible');
  });

  it('« il faut aussi poursuivre la conversation en ligne … assumez la conversation »: speakers who will not carry it on lower the preference, never the decision', () => {
    const silent = withChange((i) => (i.partner.commitments.onlineConversation = false));
    const early = evaluate(silent);
    expect(early.decision).toBe('eligible');
    expect(findingOf(early, 'C6.4')).toMatchObject({ kind: 'weighing', status: 'pending', remedy: { code: 'conversation_not_committed' } });
    // DEFAULT_POLICY weights: C5.b 2, C6.4 4, C8.b 2, C9.4 3, C10 4: (2 + 2 + 3 + 4) / 15.
    expect(early.preference).toBe(0.7333);
    const late = evaluate(silent, { asOf: '2026-03-08T12:00:00Z' });
    expect(findingOf(late, 'C6.4').status).toBe('unmet');
    expect(late.decision).toBe('eligible');
  });

  it('« nous demander notre avis sur la gestion de la lumière et la scénarisation des prises de parole »: each counts, so asking about the light alone does not meet C5.b', () => {
    const lightOnly = evaluate(withChange((i) => (i.partner.commitments.stagingAdviceAsked = false)), { asOf: '2026-03-08T12:00:00Z', locale: 'fr' });
    const finding = findingOf(lightOnly, 'C5.b');
    expect(finding).toMatchObject({ status: 'unmet', evidence: { lightingAdviceAsked: true, stagingAdviceAsked: false, notAsked: ['staging'] }, remedy: { code: 'staging_advice_not_asked' } });
    expect(finding.message).toContain('scénarisation des prises de parole');
    expect(lightOnly.decision).toBe('eligible');
  });

  it('« Il doit impérativement exister un contrat signé entre nos deux entités »: an unsigned draft fixes no breakeven and commits to no mailing', () => {
    // The draft says everything, but the organizer has not signed it; nor has it committed outside the contract.
    const draft = withChange((i) => {
      delete i.contract.parties.organizer.signedAt;
      i.partner.commitments.postEventMailing = false;
    });
    const early = evaluate(draft);
    expect(early.decision).toBe('incomplete');
    expect(early.findings.filter((f) => f.status === 'pending').map((f) => f.rule)).toEqual(['C2', 'C9', 'C11']);
    // Once the contract's deadline has passed unsigned, the draft never became an agreement.
    const late = evaluate(draft, { asOf: '2026-03-14T08:00:01Z' });
    expect(unmetBlocking(late)).toEqual(['C2', 'C9', 'C11']);
    // Signed the day after the evaluation: nothing was agreed yet on the evaluation date.
    const tomorrow = withChange((i) => (i.contract.parties.organizer.signedAt = '2026-02-11'));
    expect(findingOf(evaluate(tomorrow), 'C2').status).toBe('pending');
    expect(findingOf(evaluate(tomorrow, { asOf: '2026-02-11T12:00:00Z' }), 'C2').status).toBe('met');
  });

  it('the factory itself is eligible', () => {
    expect(evaluate(validInput()).decision).toBe('eligible');
  });
});

// Issue 12 points 3 and 8: facts carry the instant they became true; the feed has a kind.
describe('seed scenarios: dated facts', () => {
  it('« Ne se créent pas bien en amont des profils complets sur cette plateforme »: a profile completed the day before the event is too late', () => {
    const input = withChange((i) => (i.speakers[0].profileCompletedAt = '2026-03-13T18:00:00+01:00'));
    const report = evaluate(input, { policy: DEFAULT_POLICY, asOf: '2026-03-13T20:00:00+01:00' });
    expect(unmetBlocking(report)).toEqual(['C6.3']);
    expect(findingOf(report, 'C6.3')).toMatchObject({ status: 'unmet', evidence: { late: ['spk-1'] }, parameters: { profileLeadDays: 14 }, remedy: { code: 'profile_incomplete_late' } });
    // The same profile, completed a month before, is "bien en amont".
    const early = withChange((i) => (i.speakers[0].profileCompletedAt = '2026-02-13'));
    expect(evaluate(early, { policy: DEFAULT_POLICY, asOf: '2026-03-13T20:00:00+01:00' }).decision).toBe('eligible');
  });

  it('replaying a request « as of » a past date sees only what was known then, not today’s data', () => {
    // The factory's facts: verdict 15 January, profiles 22–24 January, scouting 3 February, audio 4 February.
    const report = evaluate(validInput(), { policy: DEFAULT_POLICY, asOf: '2026-01-20' });
    expect(report.decision).toBe('incomplete');
    expect(['C4', 'C5', 'C6.3', 'C7'].map((rule) => [rule, findingOf(report, rule).status])).toEqual([
      ['C4', 'met'],
      ['C5', 'pending'],
      ['C6.3', 'pending'],
      ['C7', 'pending'],
    ]);
    expect(findingOf(report, 'C6.3').evidence).toMatchObject({ incomplete: ['spk-1', 'spk-2', 'spk-3'] });
    expect(evaluate(validInput(), { policy: DEFAULT_POLICY, asOf: '2026-02-10T12:00:00Z' }).decision).toBe('eligible');
  });

  it('« la solution la plus fréquente c’est qu’il nous fournisse un câble audio (XLR professionnel) »: a digital (Dante) or line-level feed is professional too', () => {
    for (const feed of ['digital', 'line']) {
      const report = evaluate(withChange((i) => (i.event.audio.feed = feed)));
      expect(report.decision).toBe('eligible');
      expect(findingOf(report, 'C7').evidence).toMatchObject({ feed });
    }
    const none = evaluate(withChange((i) => (i.event.audio.feed = 'none')), { locale: 'fr' });
    expect(unmetBlocking(none)).toEqual(['C7']);
    expect(findingOf(none, 'C7').message).toContain('Des conférences inaudibles ne sont pas une option');
  });

  it('« Nous devrons être 100% assurés que l’organisateur gère une sonorisation de qualité »: an audio plan never confirmed is unmet at its deadline, not incomplete forever', () => {
    const input = withChange((i) => delete i.event.audio.confirmedAt);
    expect(evaluate(input, { policy: DEFAULT_POLICY }).decision).toBe('incomplete');
    const report = evaluate(input, { policy: DEFAULT_POLICY, asOf: '2026-03-14T10:00:00+01:00' });
    expect(unmetBlocking(report)).toEqual(['C7']);
    expect(findingOf(report, 'C7').remedy?.code).toBe('audio_confirmed_late');
  });

  it('« jeter un coup d’œil sur le lieu de la captation »: scouting done after its deadline comes too late', () => {
    const input = withChange((i) => (i.event.venue.scouting.doneAt = '2026-03-10'));
    const report = evaluate(input, { policy: DEFAULT_POLICY, asOf: '2026-03-11' });
    expect(unmetBlocking(report)).toEqual(['C5']);
    expect(findingOf(report, 'C5')).toMatchObject({ dueLocal: '2026-02-28T09:00+01:00', parameters: { scoutingLeadDays: 14 }, remedy: { code: 'venue_scouted_late' } });
  });

  it('« s’assurer de la qualité éditoriale de l’événement »: the editors’ approval is due before the platform promotes the event, 28 days before it', () => {
    const input = withChange((i) => (i.editorialVerdict.at = '2026-03-01'));
    const report = evaluate(input, { policy: DEFAULT_POLICY, asOf: '2026-03-02' });
    expect(unmetBlocking(report)).toEqual(['C4']);
    expect(findingOf(report, 'C4')).toMatchObject({ dueLocal: '2026-02-14T09:00+01:00', parameters: { editorialLeadDays: 28 }, remedy: { code: 'editorial_verdict_late' } });
    // Before it is given, a verdict is not known: the request waits, it is not rejected.
    expect(findingOf(evaluate(input, { policy: DEFAULT_POLICY, asOf: '2026-02-10' }), 'C4').status).toBe('unknown');
  });
});
