// The framework contract's clauses in English, written from the platform's published conditions
// (the seed, § 1 to § 11 and its overview); each article names the condition it carries out.
import type { ContractFacts, SessionLine, StreamTerms } from './_contractFacts.js';
import type { ContractClauses, Section } from './_contractTypes.js';
import type { AudioFeed, Use } from '../models/event.js';

const USE: Readonly<Record<Use, string>> = { live: 'live stream', on_demand: 'video on demand', dvd: 'DVD', clip: 'post-event clip' };

const FEED: Readonly<Record<AudioFeed, string>> = {
  xlr: 'a professional XLR cable',
  line: 'a line-level analogue feed',
  digital: 'a digital feed (such as AES67 or Dante)',
  none: 'a professional feed (none is planned yet)',
};

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function session(s: SessionLine): string {
  return `${s.title === undefined ? s.id : `${s.title} (${s.id})`}, ${s.when}: ${list(s.uses.map((u) => USE[u]))}`;
}

function counts(terms: StreamTerms): string {
  return terms.countsTowardBreakeven
    ? 'This revenue first counts toward the breakeven, with the sponsor money, in the order received; only what is above the breakeven is shared.'
    : 'This revenue does not count toward the breakeven: it is shared from the first unit received.';
}

function streamSection(heading: string, what: string): (f: ContractFacts, terms: StreamTerms) => Section {
  return (_f, terms) => ({
    heading,
    paragraphs: [what, `Of this revenue, the organizer receives ${terms.organizerShare} and the platform ${terms.platformShare}. ${counts(terms)}`],
  });
}

/** The framework contract's clauses in English. @internal */
export const contractClausesEn: ContractClauses = {
  title: 'Event coverage partnership agreement',
  subtitle: (f) => `${f.eventTitle} · ${f.eventWhen} (${f.offset})${f.contractId === undefined ? '' : ` · contract ${f.contractId}`} · request ${f.requestId}`,
  preamble: (f) => [
    `Draft for signature. This agreement binds ${f.platform} and ${f.organizer} only once both parties have signed it; until then it is a draft, not an agreement.`,
  ],
  parties: (f) => ({
    heading: 'Parties and purpose',
    paragraphs: [
      `This agreement is made between ${f.platform}, the web TV platform that films and broadcasts the event ("the platform"), and ${f.organizer}, the organizer of the event ("the organizer").`,
      'Its purpose is the filming of the event by the platform under partnership, its broadcast live and on demand, and the sharing of the revenue it brings, as set out below.',
    ],
  }),
  event: (f) => ({
    heading: 'The event and its coverage',
    paragraphs: [
      `The event is ${f.eventTitle} (${f.eventId}), at ${f.venue}, ${f.city}, ${f.multiDay ? 'from' : 'on'} ${f.eventWhen} (times at ${f.offset}). The platform films it with ${count(f.cameras, 'camera', 'cameras')}.`,
      f.plenaries.length === 0
        ? 'No plenary session is listed for filming yet; the parties will add them to this agreement before the event.'
        : `The partnership covers the plenary sessions: ${f.plenaries.map(session).join('; ')}.`,
      ...(f.workshops.length > 0 && !f.streams.some(([s]) => s === 'workshop')
        ? [`The following workshops are not covered by this agreement, which holds no paid workshop clause: ${f.workshops.map((w) => w.id).join(', ')}.`]
        : []),
    ],
  }),
  soleCrew: () => ({
    heading: 'Sole film crew',
    paragraphs: [
      'The platform is the only film crew at the event. The organizer admits no other crew to film the sessions covered by this agreement: the platform is not the partner of an event it does not film.',
    ],
  }),
  breakeven: (f) => ({
    heading: 'Breakeven and sharing of sponsor money',
    paragraphs: [
      'The organizer has no budget to pay for the filming: the platform looks for a sponsor of the filming on the organizer\'s behalf. The coverage is never entirely free of commitments: the organizer takes its part through the commitments of this agreement.',
      `The breakeven of this operation, set by the parties in advance according to the set-up (cameras, crew, days, travel, post-production), is ${f.breakeven}. It is an agreed figure, not an invoice.`,
      `Sponsor money first covers the breakeven and goes to the platform. What is received above the breakeven is shared: ${f.share.organizerShare} to the organizer and ${f.share.platformShare} to the platform. When several sponsors pay, at different dates, the breakeven is consumed once, cumulatively, in the order the money is received.`,
      ...(f.example === undefined
        ? []
        : [`For example, sponsor money of ${f.example.received} in all covers the breakeven and leaves ${f.example.surplus} above it, of which the organizer receives ${f.example.organizer}; the platform receives ${f.example.platform} in all.`]),
      'If no acceptable sponsor comes forward, the platform films the event all the same and bears the breakeven not recovered as its producer risk. The organizer owes nothing for it.',
    ],
  }),
  sponsors: (f) => ({
    heading: 'Sponsors of the filming and the organizer\'s veto',
    paragraphs: [
      'A sponsor of the filming is not thereby a sponsor of the event, and the platform proposes none that conflicts with the event\'s own partners.' +
        (f.exclusives.length === 0 ? '' : ` In particular, it proposes no sponsor in a category that one of them holds exclusively: ${f.exclusives.map((e) => `${e.category} (${e.sponsor})`).join(', ')}.`),
      'The platform submits each sponsor it proposes to the organizer, who may veto it, in writing, on its own criteria. A vetoed sponsor is never attached to the event.',
    ],
  }),
  stream: {
    pay_per_view: streamSection('Pay-per-view broadcasts', 'Some sessions may be broadcast in pay-per-view. The revenue of those broadcasts is shared as follows.'),
    dvd: streamSection('DVD orders', 'Attendees and speakers may order the DVD of the talks. The revenue of those orders is shared as follows.'),
    workshop: (f, terms) =>
      streamSection(
        'Paid coverage of commercial workshops',
        `Partnership covers plenary sessions only: the coverage of commercial workshops is paid for by the companies that ask for it${f.workshops.length === 0 ? '' : ` (here: ${f.workshops.map(session).join('; ')})`}. The revenue of that paid coverage is shared as follows.`,
      )(f, terms),
  },
  speakers: (f) => ({
    heading: 'Speakers and image rights',
    paragraphs: [
      `The organizer ensures that every filmed speaker${f.speakers.length === 0 ? '' : ` (${list(f.speakers)})`} knows well in advance that they are filmed, and creates a complete profile on the platform well before the event, so that every video names who speaks in it.`,
      `It is a condition of this agreement that every filmed speaker signs, in advance, a release of image rights and of broadcast covering these uses: ${list(f.uses.map((u) => USE[u]))}. A speaker who refuses or withdraws the release is not filmed.`,
      ...(f.speakerEmails ? ['The organizer gives the platform at least the e-mail addresses of the speakers, so that it can explain to them why an account is needed; the platform never hands them to third parties.'] : []),
      ...(f.onlineConversation ? ['The speakers carry the conversation on online after the event, answering the questions the platform\'s members ask under their videos.'] : []),
    ],
  }),
  venue: (f) => ({
    heading: 'Venue and light',
    paragraphs: [
      `The platform scouts the venue (${f.venue}) before the event. If the images risk being murky or badly lit, the platform does not film, and this agreement ends without cost to either party.`,
      ...(f.lightingAdvice || f.stagingAdvice
        ? [`The organizer has asked the platform's advice on ${list([...(f.lightingAdvice ? ['the lighting'] : []), ...(f.stagingAdvice ? ['the staging of the talks'] : [])])}, and follows it as far as the venue allows.`]
        : []),
    ],
  }),
  audio: (f) => ({
    heading: 'Sound',
    paragraphs: [
      `The organizer manages the sound of the room and passes ${FEED[f.audioFeed ?? 'none']} from its sound desk to the platform's desk or cameras. The platform does not sound rooms, and inaudible talks are not an option.`,
    ],
  }),
  credit: (f) => ({
    heading: 'Credit as media partner',
    paragraphs: [
      f.mediaPartnerCredit
        ? `The organizer credits ${f.platform} as a media partner, visibly, on the event's website and in its communication.`
        : `The organizer is invited to credit ${f.platform} as a media partner, visibly, on the event's website.`,
    ],
  }),
  clip: (f) => ({
    heading: 'Post-event clip',
    paragraphs: f.clipPlanned
      ? [
          'The platform makes a short clip of the event, with its logo in the picture, offered to the attendees and speakers; the organizer may reuse it to present the next edition.',
          f.postEventMailing
            ? 'The organizer sends the clip in its post-event mailing to attendees and speakers.'
            : 'The organizer is invited to send the clip in its post-event mailing to attendees and speakers.',
        ]
      : ['No post-event clip is planned for this event; the platform still offers to make one.'],
  }),
  promotion: (f) => {
    const p = f.promotion;
    const actions = [
      ...(p.links > 0 ? [count(p.links, 'exchanged link', 'exchanged links')] : []),
      ...(p.tweets > 0 ? [count(p.tweets, 'tweet', 'tweets')] : []),
      ...(p.blogPosts > 0 ? [count(p.blogPosts, 'blog post', 'blog posts')] : []),
    ];
    return {
      heading: 'Promotion',
      paragraphs: [
        `The platform promotes the event ahead of it on its site and, where relevant, on its network, and helps the organizer bring in an audience.`,
        actions.length === 0
          ? 'In return for a coverage that costs the organizer little or nothing, the organizer joins in this effort with exchanged links, tweets and blog posts, in numbers the parties will write here before signing.'
          : `In return for a coverage that costs the organizer little or nothing, the organizer joins in this effort with at least: ${list(actions)}.`,
      ],
    };
  },
  signature: () => ({
    heading: 'Signature',
    paragraphs: ['This agreement is signed by both parties before the event. Each party keeps a signed copy.'],
  }),
  roles: { platform: 'For the platform', organizer: 'For the organizer' },
  signedOn: (date) => `Signed on ${date}`,
  unsigned: 'Date and signature:',
};
