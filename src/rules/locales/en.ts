import type { Use } from '../../models/event.js';
import type { MonetizationEffort } from '../../models/partner.js';
import type { Catalogue, Format, ProfessionalFeed, ReleaseGap } from '../messages.js';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * The English words of findings and remedies, by message code (see `MessageParams` for each
 * code's parameters).
 */
export const en: Catalogue = Object.freeze<Catalogue>({
  locale: 'en',
  more: (n) => `and ${n} more`,
  date: (t) => `${t.day} ${t.monthName} ${t.year}, ${pad2(t.hour)}:${pad2(t.minute)}${t.second === 0 ? '' : `:${pad2(t.second)}`} event time`,
  messages: Object.freeze<Catalogue['messages']>({
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
    'C3.unmet.too_small': (p) => `No production crew runs enough cameras${p.needed === undefined ? ' for the event' : `: the event needs ${p.needed}`}, the largest crew runs ${p.largest}.`,
    'C3.remedy.crew_too_small': (p) => `Lighten the set-up to what one of the platform's production crews runs (at most ${p.largest}), or buy the coverage as a client: other dates would not help.`,
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
    'C6.1.met': (p, f) => f.plural(p.n, { none: 'No speaker is filmed: nobody to tell.', one: 'The filmed speaker knew well in advance that they are filmed.', other: `All ${p.n} filmed speakers knew well in advance that they are filmed.` }),
    'C6.1.pending': (p, f) => `${f.count(p.speakers.length, { one: 'speaker has', other: 'speakers have' })} not been told they are filmed: ${f.speakers(p.speakers)}; due by ${f.date(p.due)}.`,
    'C6.1.remedy.speakers_not_informed': (p, f) => `Tell ${f.speakers(p.speakers)} that the platform films them, by ${f.date(p.due)} (${f.count(p.days, { one: 'day', other: 'days' })} before the event).`,
    'C6.1.unmet': (p, f) => `The platform does not film speakers who did not know well in advance: ${f.speakers(p.speakers)} (due by ${f.date(p.due)}).`,
    'C6.1.remedy.speakers_informed_late': (p, f) => `Speakers had to know by ${f.date(p.due)}: leave ${f.speakers(p.speakers)} out of the filmed sessions (set their sessions not filmed).`,
    'C6.2.met': (p, f) => f.plural(p.n, { none: 'No speaker is filmed: no release to sign.', one: 'The filmed speaker signed the image-rights and broadcast release in advance.', other: `All ${p.n} filmed speakers signed the image-rights and broadcast release in advance.` }),
    'C6.2.pending': (p, f) => `${f.count(p.speakers.length, { one: 'speaker has', other: 'speakers have' })} not signed a release covering every planned use: ${f.speakers(p.speakers)}; due by ${f.date(p.due)}.`,
    'C6.2.remedy.release_not_signed': (p, f) => `Have ${f.speakers(p.speakers)} sign the image-rights and broadcast release, covering ${usesSaid(p.uses)}${p.gaps.length === 0 ? '' : `; have ${extend(p.gaps, f)}`}, by ${f.date(p.due)}.`,
    'C6.2.remedy.release_uses_not_covered': (p, f) => `Have ${extend(p.gaps, f)}, by ${f.date(p.due)}.`,
    'C6.2.unmet': (p, f) => `The platform does not film speakers who do not sign the image-rights and broadcast release well in advance: ${[...(p.refused.length === 0 ? [] : [`${f.speakers(p.refused)} refused or withdrew it`]), ...(p.late.length === 0 ? [] : [`${f.speakers(p.late)} had no release covering every planned use signed by ${f.date(p.due)} (${f.count(p.days, { one: 'day', other: 'days' })} before the event)`])].join('; ')}.`,
    'C6.2.remedy.release_refused': (p, f) => `Mark the sessions of ${f.speakers(p.speakers)} not filmed (\`filmed: false\`, pretalx's \`do_not_record\`): ${f.list(p.sessions)}.`,
    'C6.2.remedy.release_signed_late': (p, f) => `Mark the sessions of ${f.speakers(p.speakers)} not filmed (\`filmed: false\`, pretalx's \`do_not_record\`): ${f.list(p.sessions)}.`,
    'C6.3.met': (p, f) => f.plural(p.n, { none: 'No speaker is filmed: no profile to complete.', one: 'The filmed speaker completed their profile on the platform well in advance.', other: `All ${p.n} filmed speakers completed their profile on the platform well in advance.` }),
    'C6.3.pending': (p, f) => `${f.count(p.speakers.length, { one: 'speaker has', other: 'speakers have' })} no complete profile on the platform yet: ${f.speakers(p.speakers)}; due by ${f.date(p.due)}.`,
    'C6.3.remedy.profile_incomplete': (p, f) => `Ask ${f.speakers(p.speakers)} to create their account and complete their profile on the platform by ${f.date(p.due)}: only speakers can take part in the conversation.`,
    'C6.3.unmet': (p, f) => `The platform does not film speakers without a complete profile well in advance: ${f.speakers(p.speakers)} (due by ${f.date(p.due)}).`,
    'C6.3.remedy.profile_incomplete_late': (p, f) => `Profiles were due by ${f.date(p.due)}, well in advance: that came too late; leave ${f.speakers(p.speakers)} out of the filmed sessions (set their sessions not filmed), or ask for a later date.`,
    'C6.4.met': () => 'The speakers commit to carry the conversation on online after the event.',
    'C6.4.not_committed': (p, f) => `The speakers have not committed to carry the conversation on online: the 15-minute Q&A at the end of a talk is not enough${p.due === undefined ? '' : `; due by ${f.date(p.due)}`}.`,
    'C6.4.remedy.conversation_not_committed': (p, f) => `Ask the filmed speakers to commit to answer the members' questions online after the event, and say so in the request${p.due === undefined ? '' : ` by ${f.date(p.due)}`}: own the conversation.`,
    'C7.unmet.refused': () => 'Inaudible conferences are not an option: no managed sound or no professional audio feed.',
    'C7.remedy.audio_not_professional': () => "Have the room's sound managed (by the venue's sound engineer) and a professional feed passed to the platform's desk or cameras: an XLR cable most often, or another line-level or digital (AES67, Dante) feed.",
    'C7.met': (p) => `The organizer manages the sound and provides ${FEEDS[p.feed]} to the platform's desk; confirmed.`,
    'C7.unmet.confirmed_late': (p, f) => `The audio plan was confirmed on ${p.confirmedOn}, after the deadline (${f.date(p.due)}): too late.`,
    'C7.unmet.not_confirmed': (p, f) => `The sound and the audio feed were not confirmed in time (due by ${f.date(p.due)}).`,
    'C7.remedy.audio_confirmed_late': (p, f) => `The audio plan was due by ${f.date(p.due)}: that came too late for this date; ask for a later date, with the venue's sound engineer confirming the feed early.`,
    'C7.pending': (p, f) => `The audio plan, ${FEEDS[p.feed]}, is not confirmed yet; due by ${f.date(p.due)}.`,
    'C7.remedy.audio_not_confirmed': (p, f) => `Have the venue's sound engineer confirm with the platform that they pass it the right connections, by ${f.date(p.due)}.`,
    'C7.unknown': (p, f) => `The sound management and the audio feed are not stated yet; due by ${f.date(p.due)}.`,
    'C7.remedy.audio_unknown': (p, f) => `Say whether you manage the sound and which feed the venue's sound engineer passes to the platform (XLR, line level or digital), by ${f.date(p.due)}.`,
    'C8.unknown': () => 'The programme has no filmed plenary session.',
    'C8.remedy.programme_missing': () => 'Give the programme: the plenary sessions to film, each with its speakers.',
    'C8.met': (p, f) => f.plural(p.n, { one: 'The filmed plenary session lists who speaks.', other: `Each of the ${p.n} filmed plenary sessions lists who speaks.` }),
    'C8.not_identified': (p, f) => `Not every video can be matched to who speaks: ${[...(p.sessions.length === 0 ? [] : [`sessions without speakers (${f.list(p.sessions)})`]), ...(p.speakerIds.length === 0 ? [] : [`unknown speaker ids (${f.list(p.speakerIds)})`])].join('; ')}.`,
    'C8.remedy.speakers_not_identified': (p, f) => `List the speakers of every filmed plenary session, each with a name (${f.list(p.missing)})${p.due === undefined ? '' : `, by ${f.date(p.due)}`}.`,
    'C8.b.met': () => "The organizer gives the speakers' e-mail addresses.",
    'C8.b.unmet': (p) => `The speakers' e-mail addresses are not provided (${p.withEmail} of ${p.filmed}).`,
    'C8.b.remedy.speaker_emails_missing': () => "Give the platform the filmed speakers' e-mail addresses, so it can explain why they need an account.",
    'C9.met': (p, f) => `The contract is signed by both parties by ${f.date(p.due)}.`,
    'C9.pending.no_contract': (p, f) => `A contract signed by both parties is required: no contract yet; due by ${f.date(p.due)}.`,
    'C9.pending.unsigned': (p, f) => `A contract signed by both parties is required: not signed by the ${p.parties.join(' and the ')}; due by ${f.date(p.due)}.`,
    'C9.remedy.contract_missing': (p, f) => `Ask the platform for its model contract and have it signed by both parties by ${f.date(p.due)}.`,
    'C9.remedy.contract_not_signed': (p, f) => `Have the contract signed by the ${p.parties.join(' and the ')} by ${f.date(p.due)}.`,
    'C9.unmet': (p, f) => `Contract required: it was not signed by both parties by ${f.date(p.due)}.`,
    'C9.remedy.contract_signed_late': (p, f) => `The contract had to be signed by both parties by ${f.date(p.due)}: sign it and agree a new date with the platform.`,
    'C9.3.met.plenaries_only': () => 'Only plenary sessions are asked for under partnership.',
    'C9.3.met.workshop_clause': (p, f) => `The filmed workshops (${f.list(p.workshops)}) are paid coverage under the signed contract's workshop clause; the plenaries stay under partnership.`,
    'C9.3.pending': (p, f) => `Partnership coverage is for plenary sessions only: the filmed workshops (${f.list(p.workshops)}) await a paid workshop clause in a contract signed by both parties, due by ${f.date(p.due)}.`,
    'C9.3.remedy.workshop_clause_not_agreed': (p, f) => `Commercial workshops are paid coverage: have a contract with a paid workshop clause (\`clauses.workshop\`) signed by both parties by ${f.date(p.due)}, or mark the workshops (${f.list(p.workshops)}) not filmed (\`filmed: false\`).`,
    'C9.3.unmet': (p, f) => `Partnership coverage is for plenary sessions only: workshops asked without a signed paid workshop clause (${f.list(p.workshops)}).`,
    'C9.3.remedy.workshop_in_partnership': (p, f) => `Either add a paid workshop clause (\`clauses.workshop\`, which can carry a generous revenue share) to the contract, signed by both parties, or mark the workshops (${f.list(p.workshops)}) not filmed (\`filmed: false\`).`,
    'C9.4.met': (p) => `The organizer works toward a return on the operation (${p.efforts.map((effort) => EFFORTS[effort]).join(', ')}).`,
    'C9.4.unmet': () => 'A partner who makes no effort toward any return is quickly dropped.',
    'C9.4.remedy.no_monetization_effort': () => 'Work toward some return: help the sponsor search, or agree pay-per-view, DVD orders or paid workshop coverage in the contract.',
    'C10.met': () => 'The platform is credited as a visible media partner.',
    'C10.unmet': () => 'The platform is not credited as a media partner: not required, but it weighs in the balance.',
    'C10.remedy.media_partner_credit_missing': () => "Credit the platform as a media partner, visible on the event's website.",
    'C11.met.no_clip': () => 'No clip is planned for this event.',
    'C11.met.committed': () => 'The organizer commits to send the clip in its post-event mailing.',
    'C11.not_committed': (p, f) => `The organizer has not committed to send the clip in its post-event mailing${p.draft ? ' (the draft contract says so, but a draft is not an agreement)' : ''}${p.due === undefined ? '' : `; due by ${f.date(p.due)}`}.`,
    'C11.remedy.post_event_mailing_missing': (p, f) => `Commit, in the contract signed by both parties, to send the platform's post-event clip in your post-event mailing${p.due === undefined ? '' : ` (by ${f.date(p.due)})`}.`,
    // ---- end of C6 to C11 ----
  }),
});

// ---- C6 to C11: words of the second half ----
// C6.2: the planned uses, said in a release.
const USES_SAID: Readonly<Record<Use, string>> = { live: 'the live stream', on_demand: 'the on-demand video', dvd: 'the DVD', clip: 'the post-event clip' };

/** `the live stream, the DVD and the post-event clip`. */
function usesSaid(uses: readonly Use[]): string {
  const words = uses.map((use) => USES_SAID[use]);
  const last = words.pop() as string;
  return words.length === 0 ? last : `${words.join(', ')} and ${last}`;
}

/** C6.2: the signed releases to extend, each with what it leaves out; at most five, then how many more. */
function extend(gaps: readonly ReleaseGap[], f: Format): string {
  const shown = gaps.slice(0, 5).map((gap) => `${f.speakers([gap.speaker])}: ${usesSaid(gap.uses)} (${f.list(gap.sessions)})`).join(', ');
  const said = gaps.length <= 5 ? shown : `${shown} ${en.more(gaps.length - 5, f)}`;
  return `${gaps.length === 1 ? 'the signed release extended to what it leaves' : 'the signed releases extended to what they leave'} out: ${said}`;
}

// C7: the professional feeds ("la solution la plus fréquente" is XLR, not the only one).
const FEEDS: Readonly<Record<ProfessionalFeed, string>> = { xlr: 'a professional XLR feed', line: 'a line-level feed', digital: 'a digital feed (AES67, Dante)' };

// C9.4: the monetization efforts (their codes stay in the evidence).
const EFFORTS: Readonly<Record<MonetizationEffort, string>> = { sponsor_search: 'sponsor search', pay_per_view: 'pay-per-view', dvd: 'DVD orders', paid_workshops: 'paid workshops' };
// ---- end of C6 to C11 words ----
