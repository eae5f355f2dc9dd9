import type { Catalogue } from '../messages.js';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * The English words of findings and remedies, by message code (see `MessageParams` for each
 * code's parameters).
 */
export const en: Catalogue = {
  locale: 'en',
  more: (n) => `and ${n} more`,
  date: (t) => `${t.day} ${t.monthName} ${t.year}, ${pad2(t.hour)}:${pad2(t.minute)}${t.second === 0 ? '' : `:${pad2(t.second)}`} event time`,
  messages: {
    'engine.too_late': (p, f) => `Too late: it was due by ${f.date(p.due)}.`,
    'engine.remedy.too_late': (p, f) =>
      `This could not be confirmed in time: it was due by ${f.date(p.due)}, ${f.count(p.days, { one: 'day', other: 'days' })} before the event. It can no longer be met for this event.`,
    // ---- C0 to C5 (rules of the first half) ----
    'C0.met': (p, f) => `The organizer commits to ${f.count(p.total, { one: 'promotion action', other: 'promotion actions' })} (links, tweets, blog posts).`,
    'C0.unmet': (p, f) => `A free or semi-free deal carries a symbolic promotion effort: ${f.count(p.total, { one: 'promotion action', other: 'promotion actions' })}, at least ${p.required} expected.`,
    'C0.remedy.promotion_effort_missing': (p, f) =>
      `Commit to at least ${f.count(p.required, { one: 'promotion action', other: 'promotion actions' })}: exchanged links, tweets or blog posts about the event and its coverage.`,
    'NB.met': (p, f) =>
      `The set-up stays simple (${f.count(p.cameras, { one: 'camera', other: 'cameras' })}, ${f.count(p.days, { one: 'day', other: 'days' })}): at most ${f.count(p.maxCameras, { one: 'camera', other: 'cameras' })} and ${f.count(p.maxDays, { one: 'day', other: 'days' })} under partnership.`,
    'NB.unmet': (p, f) =>
      `A partnership must not need a set-up too complex: ${[
        p.cameras === undefined ? '' : `${f.count(p.cameras, { one: 'camera', other: 'cameras' })} where a partnership takes at most ${p.maxCameras}`,
        p.days === undefined ? '' : `${f.count(p.days, { one: 'day', other: 'days' })} where a partnership takes at most ${p.maxDays}`,
      ].filter((part) => part !== '').join(' and ')}.`,
    'NB.remedy.setup_too_complex': (p, f) =>
      `Lighten the set-up (${[
        p.maxCameras === undefined ? '' : `film with at most ${f.count(p.maxCameras, { one: 'camera', other: 'cameras' })}`,
        p.maxDays === undefined ? '' : `ask coverage for at most ${f.count(p.maxDays, { one: 'day', other: 'days' })}`,
      ].filter((part) => part !== '').join(' and ')}), or buy the coverage as a client: a heavier set-up is not filmed under partnership.`,
    'C1.met': () => 'The platform is the only film crew.',
    'C1.unmet': (p, f) => `We are not partners of events we do not film: another film crew is present (${f.list(p.crews)}).`,
    'C1.remedy.other_film_crew': (p, f) => `Make the platform the only film crew at the event (present now: ${f.list(p.crews)}), or buy the filming as a paid service.`,
    'C2.met': (p) => `Commercial approach agreed: breakeven ${p.amount} ${p.currency}, organizer's share ${p.share} above it.`,
    'C2.pending.no_contract': (p, f) => `No commercial approach agreed: no breakeven nor share fixed (due by ${f.date(p.due)}).`,
    'C2.pending.draft': (p, f) => `No commercial approach agreed: the contract is not signed by both parties, and a draft is not an agreement (due by ${f.date(p.due)}).`,
    'C2.unmet.no_contract': () => 'No commercial approach agreed: no breakeven nor share fixed.',
    'C2.unmet.draft': () => 'No commercial approach agreed: the contract is not signed by both parties, and a draft is not an agreement.',
    'C2.remedy.funding_not_agreed': (p, f) =>
      `Agree the commercial approach in a contract signed by both parties: the platform looks for the sponsor, with the breakeven and the organizer's share fixed before the event${p.due === undefined ? '' : ` (by ${f.date(p.due)})`}.`,
    'C2.unmet.breakeven_zero': () => 'Never an absolutely free deal: a breakeven of zero makes a 100% free partnership.',
    'C2.remedy.breakeven_zero': () => 'Fix a breakeven above zero in the contract: symbolic, but it covers at least the fundamental costs.',
    'C2.2.met': (p) => `Sponsor ${p.sponsor} conflicts with none of the event's sponsors.`,
    'C2.2.unmet': (p, f) => `Sponsor ${p.sponsor} (sector ${p.sector}) conflicts with the category exclusivity of ${f.list(p.holders)}: it cannot be attached.`,
    'C2.2.remedy.sponsor_exclusivity_conflict': (p, f) =>
      `Propose a capture sponsor outside the ${p.sector} sector, which ${f.list(p.holders)} holds exclusively; the event stays eligible without ${p.sponsor}.`,
    'C2.3.met.accepted': (p) => `The organizer accepted sponsor ${p.sponsor}.`,
    'C2.3.met.withdrawn': (p) => `Sponsor ${p.sponsor} withdrew; no veto.`,
    'C2.3.pending': (p) => `Sponsor ${p.sponsor} awaits the organizer's acceptance or veto.`,
    'C2.3.remedy.sponsor_awaiting_organizer': (p) => `Accept sponsor ${p.sponsor}, or veto it if it does not suit your criteria.`,
    'C2.3.unmet': (p) => `The organizer vetoed sponsor ${p.sponsor}: it is never attached.`,
    'C2.3.remedy.sponsor_vetoed': (p) => `Sponsor ${p.sponsor} is vetoed and will not be attached: let the platform propose another capture sponsor.`,
    'C2.5.met': (p, f) =>
      p.usable === 0 ? 'No acceptable sponsor yet: the platform films anyway, at its producer risk.' : `${f.count(p.usable, { one: 'usable capture sponsor', other: 'usable capture sponsors' })}.`,
    'C3.unknown': () => 'Crew availability unknown: no crew plan was given.',
    'C3.remedy.crew_availability_unknown': () => "Check the platform's crew plan for the event's dates (findAvailableCrews) and evaluate again with it.",
    'C3.met': (p, f) => `A production crew is free for the whole event (${f.list(p.crews)}).`,
    'C3.unmet': (p, f) => `No production crew is free: the event overlaps ${f.list(p.events)}.`,
    'C3.remedy.no_crew_available': () => "Propose other dates, when one of the platform's production crews is free for the whole event.",
    'C4.met': () => "The editors judge the event's editorial quality and fit with the platform's content lines.",
    'C4.unmet.rejected': () => "The editors judge the event does not fit the platform's content lines and community.",
    'C4.remedy.editorial_fit_rejected': () => "Rework the programme toward the platform's content lines and ask the editors to review it again.",
    'C4.unmet.no_verdict': (p, f) => `The editors gave no verdict in time (due by ${f.date(p.due)}).`,
    'C4.unmet.approved_late': (p, f) => `The editors approved the event on ${p.approvedOn}, after the verdict was due (${f.date(p.due)}): too late to promote it.`,
    'C4.remedy.editorial_verdict_late': (p, f) =>
      `The editors' verdict was due by ${f.date(p.due)}, before the platform promotes the event: that came too late for this date; ask for the next edition or a later date, with the programme sent to the editors early.`,
    'C4.pending': (p, f) => `The editors have not given their verdict yet; due by ${f.date(p.due)}.`,
    'C4.remedy.editorial_fit_pending': (p, f) => `Send the editors the programme and speakers so they can judge the event's editorial fit by ${f.date(p.due)}.`,
    'C4.unknown': (p, f) => `No editorial verdict was asked for; due by ${f.date(p.due)}.`,
    'C4.remedy.editorial_fit_unknown': (p, f) => `Ask the platform's editors for their verdict on the event's editorial quality and fit, due by ${f.date(p.due)}.`,
    'C5.met': (p) => `The venue (${p.venue}) was scouted and its light gives usable images.`,
    'C5.unmet.badly_lit': () => 'Scouting found the images risk being murky or badly lit: the platform does not film.',
    'C5.remedy.venue_badly_lit': () => 'Light the stage (or move to a better-lit room) and ask the platform to scout the venue again.',
    'C5.unmet.not_scouted': (p, f) => `The venue (${p.venue}) and its light were not scouted in time (due by ${f.date(p.due)}).`,
    'C5.unmet.scouted_late': (p, f) => `The venue (${p.venue}) was scouted on ${p.scoutedOn}, after the deadline (${f.date(p.due)}): too late.`,
    'C5.unmet.light_late': (p, f) => `The venue (${p.venue}) was scouted but its light was not assessed in time (due by ${f.date(p.due)}).`,
    'C5.remedy.venue_scouted_late': (p, f) =>
      `Scouting was due by ${f.date(p.due)}, before the crew commits its gear: that came too late for this date; ask for a later date and let the platform see the venue early.`,
    'C5.pending': (p, f) => `The venue (${p.venue}) has not been scouted yet; scouting due by ${f.date(p.due)}.`,
    'C5.remedy.venue_not_scouted': (p, f) => `Let the platform visit the venue to check its light by ${f.date(p.due)}.`,
    'C5.unknown': (p, f) => `The venue was scouted but its light was not assessed; due by ${f.date(p.due)}.`,
    'C5.remedy.venue_light_unknown': (p, f) => `Ask the platform's scout to record whether the venue's light gives usable images, by ${f.date(p.due)}.`,
    'C5.b.met': () => "The organizer asked the platform's advice on lighting and on staging the talks.",
    'C5.b.pending': (p, f) =>
      `The organizer has not asked the platform's advice ${p.notAsked.length === 2 ? 'on lighting and on staging the talks' : p.notAsked[0] === 'lighting' ? 'on lighting' : 'on staging the talks'}; due by ${f.date(p.due)}.`,
    'C5.b.unmet': (p) =>
      `The organizer has not asked the platform's advice ${p.notAsked.length === 2 ? 'on lighting and on staging the talks' : p.notAsked[0] === 'lighting' ? 'on lighting' : 'on staging the talks'}.`,
    'C5.b.remedy.lighting_advice_not_asked': (p, f) =>
      `Ask the platform's advice ${p.notAsked.length === 2 ? 'on lighting and on staging the talks' : 'on lighting'}${p.due === undefined ? '' : ` by ${f.date(p.due)}`}: asking is half the job of motivating the crew.`,
    'C5.b.remedy.staging_advice_not_asked': (p, f) => `Ask the platform's advice on staging the talks${p.due === undefined ? '' : ` by ${f.date(p.due)}`}: asking is half the job of motivating the crew.`,

    // ---- end of C0 to C5 ----

    // ---- C6 to C11 (rules of the second half) ----

    // ---- end of C6 to C11 ----
  },
};
