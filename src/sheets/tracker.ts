import { amount } from './cells.js';
import { TRACKER_COLUMNS, bad, count, flag, list, shareOf, text, when, type TrackerColumn, type TrackerRow } from './row.js';

function defined<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The release of each speaker (by index) that the release columns describe as counts: the first
 * `releases_signed` speakers signed on `releases_signed_on` (every speaker when that date is filled
 * and the count blank), the next `releases_refused` refused on `releases_refused_on`, the others'
 * releases asked for on `releases_requested_on` (no release when blank). Which speaker is which does
 * not matter to a rule: C6.2 counts them.
 */
function trackerReleases(row: TrackerRow, speakers: number, covers: readonly string[]): (index: number) => Record<string, unknown> | undefined {
  const requestedAt = when(row, 'releases_requested_on');
  const signedAt = when(row, 'releases_signed_on');
  const refusedAt = when(row, 'releases_refused_on');
  const signed = row.releases_signed === undefined ? (signedAt === undefined ? 0 : speakers) : count(row, 'releases_signed');
  const refused = count(row, 'releases_refused');
  if (signed > speakers) bad('releases_signed', `at most \`speakers\` (${speakers})`, row.releases_signed);
  if (signed + refused > speakers) bad('releases_refused', `at most \`speakers\` less \`releases_signed\` (${speakers - signed})`, row.releases_refused);
  if (signed > 0 && signedAt === undefined) bad('releases_signed_on', 'filled in: `releases_signed` speakers signed', undefined);
  if (refused > 0 && refusedAt === undefined) bad('releases_refused_on', 'filled in: `releases_refused` speakers refused', undefined);
  return (index) => {
    if (index < signed) return defined({ state: 'signed', requestedAt, signedAt, covers });
    if (index < signed + refused) return defined({ state: 'refused', requestedAt, refusedAt });
    return requestedAt === undefined ? undefined : { state: 'requested', requestedAt };
  };
}

/**
 * Builds the coverage request (plain JSON, for `parseCoverageRequest`) that a tracker row describes.
 * The speakers are described as a group: `speakers` of them, all informed, signed and profiled as the
 * columns say; they are named `speaker-1` … `speaker-N`.
 */
export function trackerRequest(row: TrackerRow): Record<string, unknown> {
  const start = when(row, 'start', true) ?? bad('start', 'the event start (an ISO 8601 instant with an offset)', undefined);
  const end = when(row, 'end', true) ?? bad('end', 'the event end (an ISO 8601 instant with an offset)', undefined);
  const speakerIds = Array.from({ length: count(row, 'speakers') }, (_, i) => `speaker-${i + 1}`);
  const uses = list(row, 'uses');
  const sessionUses = uses.length === 0 ? ['live', 'on_demand'] : uses;
  const sessions: Record<string, unknown>[] = [{ id: 'plenary', kind: 'plenary', start, end, speakerIds, uses: sessionUses }];
  if (flag(row, 'workshop_in_partnership') === true) sessions.push({ id: 'workshop', kind: 'workshop', start, end, speakerIds: [], uses: sessionUses });
  const covers = list(row, 'release_covers');
  // A blank `release_covers`: the releases cover every use the row plans, the post-event clip
  // included when the contract plans one (C6.2 asks for it).
  const clip = row.breakeven !== undefined && flag(row, 'clip_planned') !== false;
  const planned = clip && !sessionUses.includes('clip') ? [...sessionUses, 'clip'] : sessionUses;
  const releases = trackerReleases(row, speakerIds.length, covers.length === 0 ? planned : covers);
  const profileCompletedAt = when(row, 'profiles_completed_on');
  const speakers = speakerIds.map((id, i) =>
    defined({
      id,
      name: id,
      informedAt: when(row, 'speakers_informed_on'),
      release: releases(i),
      platformAccount: profileCompletedAt === undefined ? undefined : id,
      profileCompletedAt,
    }),
  );
  const organizer = text(row, 'organizer');
  const breakeven = row.breakeven;
  // A clause lives in a contract, and a contract in the tracker starts with its breakeven.
  if (breakeven === undefined && row.workshop_organizer_share !== undefined) bad('breakeven', 'filled in: `workshop_organizer_share` is a clause of the contract', breakeven);
  const contract =
    breakeven === undefined
      ? undefined
      : defined({
          parties: {
            platform: defined({ name: 'platform', signedAt: when(row, 'contract_signed_platform_on') }),
            organizer: defined({ name: organizer, signedAt: when(row, 'contract_signed_organizer_on') }),
          },
          // A sheet number is read through its shortest decimal, and rejected if the currency cannot hold it.
          breakeven: amount(breakeven, text(row, 'currency', 'EUR').toUpperCase(), 'breakeven', 'column '),
          organizerShare: shareOf(row, 'organizer_share'),
          // A paid workshop clause (C9.3): the organizer's share of the workshop revenue; the
          // workshops are paid coverage, outside the breakeven.
          clauses:
            row.workshop_organizer_share === undefined ? undefined : { workshop: { organizerShare: shareOf(row, 'workshop_organizer_share'), countsTowardBreakeven: false } },
          clipPlanned: flag(row, 'clip_planned'),
          postEventMailing: flag(row, 'post_event_mailing'),
        });
  return defined({
    id: text(row, 'request_id'),
    mode: text(row, 'mode', 'partnership'),
    event: {
      id: text(row, 'event_id', text(row, 'request_id')),
      title: text(row, 'title'),
      organizerId: organizer,
      start,
      end,
      sessions,
      venue: { name: text(row, 'venue', text(row, 'city')), city: text(row, 'city'), scouting: defined({ doneAt: when(row, 'venue_scouted_on'), lightUsable: flag(row, 'light_usable') }) },
      audio: defined({
        organizerManagesSound: flag(row, 'organizer_manages_sound'),
        feed: row.audio_feed === undefined ? undefined : text(row, 'audio_feed').toLowerCase(),
        confirmedAt: when(row, 'audio_confirmed_on'),
      }),
      otherFilmCrews: list(row, 'other_film_crews').map((name) => ({ name })),
      ...(row.cameras === undefined ? {} : { cameras: count(row, 'cameras') }),
    },
    partner: {
      id: organizer,
      organization: organizer,
      commitments: {
        mediaPartnerCredit: flag(row, 'media_partner_credit') ?? false,
        postEventMailing: flag(row, 'post_event_mailing') ?? false,
        promotion: { links: count(row, 'promotion_links'), tweets: count(row, 'promotion_tweets'), blogPosts: count(row, 'promotion_blog_posts') },
        speakerEmailsProvided: flag(row, 'speaker_emails_provided') ?? false,
        lightingAdviceAsked: flag(row, 'lighting_advice_asked') ?? false,
        stagingAdviceAsked: flag(row, 'staging_advice_asked') ?? false,
        onlineConversation: flag(row, 'online_conversation') ?? false,
        monetization: list(row, 'monetization'),
      },
    },
    speakers,
    contract,
    editorialVerdict:
      row.editorial_verdict === undefined ? undefined : defined({ verdict: text(row, 'editorial_verdict').toLowerCase(), at: when(row, 'editorial_verdict_on') }),
  });
}

/** The `crew_available` column as the availability C3 reads, or undefined when blank. */
export function trackerAvailability(row: TrackerRow, eventId: string): { eventId: string; freeCrews: string[]; conflicts: [] } | undefined {
  const available = flag(row, 'crew_available');
  return available === undefined ? undefined : { eventId, freeCrews: available ? ['tracker'] : [], conflicts: [] };
}

/**
 * The fields of the request built by {@link trackerRequest} whose column is not their name in
 * snake_case (`feed` comes from `audio_feed`, `editorialVerdict.at` from `editorial_verdict_on`).
 */
const COLUMN_OF_FIELD: Readonly<Record<string, TrackerColumn | ((row: TrackerRow) => TrackerColumn)>> = {
  organizerId: 'organizer',
  organization: 'organizer',
  doneAt: 'venue_scouted_on',
  feed: 'audio_feed',
  confirmedAt: 'audio_confirmed_on',
  at: 'editorial_verdict_on',
  links: 'promotion_links',
  tweets: 'promotion_tweets',
  blogPosts: 'promotion_blog_posts',
  informedAt: 'speakers_informed_on',
  requestedAt: 'releases_requested_on',
  refusedAt: 'releases_refused_on',
  profileCompletedAt: 'profiles_completed_on',
  platformAccount: 'profiles_completed_on',
  speakerIds: 'speakers',
  // A blank `release_covers` means the releases cover the `uses`: a bad use is that column's.
  covers: (row) => (row.release_covers === undefined ? 'uses' : 'release_covers'),
};

/**
 * Names the tracker column behind a core path: a field of the request parsed under the root
 * `row` (`row.event.sessions[0].start` → `start`), the evaluation date (`asOf` → `as_of`) or the
 * breakeven's currency (`breakeven.currency` → `currency`). The path is read from its last field
 * up to the first one a column feeds (`row.event.otherFilmCrews[1].name` → `other_film_crews`);
 * the rest of the request is the `value_row`. Paths the edge already named are kept.
 */
export function trackerColumnNamer(row: TrackerRow): (path: string) => string | undefined {
  return (path) => {
    const fields = path.replace(/\[\d+\]/g, '').split('.');
    const inRow = fields[0] === 'row';
    for (let i = fields.length - 1; i >= (inRow ? 1 : 0); i--) {
      const field = fields[i]!;
      const parent = fields[i - 1];
      if (field === 'signedAt') return parent === 'release' ? 'releases_signed_on' : `contract_signed_${parent}_on`;
      if (field === 'organizerShare' && parent === 'workshop') return 'workshop_organizer_share';
      if (field === 'id' && i === 1) return 'request_id';
      if (field === 'id' && parent === 'event') return row.event_id === undefined ? 'request_id' : 'event_id';
      if (field === 'id' && parent === 'partner') return 'organizer';
      if (field === 'name' && parent === 'venue') return row.venue === undefined ? 'city' : 'venue';
      const column = COLUMN_OF_FIELD[field] ?? field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
      if (typeof column === 'function') return column(row);
      if ((TRACKER_COLUMNS as readonly string[]).includes(column)) return column;
    }
    return inRow ? 'value_row' : undefined;
  };
}

/** How a message names a tracker column (`` column `start` ``) or an argument (`` `value_row` ``). */
export function trackerSubject(name: string): string {
  return (TRACKER_COLUMNS as readonly string[]).includes(name) ? `column \`${name}\`` : `\`${name}\``;
}
