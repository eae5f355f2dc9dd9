import { describe, expect, it } from 'vitest';
import { validInput, withChange } from '../utils/factory.js';
import { evaluate, findingOf, unmetBlocking } from '../utils/evaluate.js';

// Scenarios straight from the seed (issue 4). The factory event starts 2026-03-14T09:00:00+01:00.
describe('seed scenarios', () => {
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

  it('inaudible conferences are not an option: no XLR feed is ineligible on C7', () => {
    expect(unmetBlocking(evaluate(withChange((i) => (i.event.audio.xlrFeed = false))))).toEqual(['C7']);
  });

  it('the factory itself is eligible', () => {
    expect(evaluate(validInput()).decision).toBe('eligible');
  });
});
