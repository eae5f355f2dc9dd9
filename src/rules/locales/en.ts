import type { Use } from '../../models/event.js';
import type { MonetizationEffort } from '../../models/partner.js';
import type { Catalogue, Format, ProfessionalFeed, ReleaseGap } from '../messages.js';

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
    'C1.met': () => 'The platform is the only film crew.',
    'C1.unmet': (p, f) => `We are not partners of events we do not film: another film crew is present (${f.list(p.crews)}).`,
    'C1.remedy.other_film_crew': (p, f) => `Make the platform the only film crew at the event (present now: ${f.list(p.crews)}), or buy the filming as a paid service.`,

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
  },
};

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
