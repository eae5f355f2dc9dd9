import type { CellValue } from './cells.js';
import { amount, argumentError, isBlank } from './cells.js';

/**
 * The columns of an event-tracker sheet that `PARTNERSHIP_CHECK` reads, by header name.
 * A row describes one event and its speakers as a group; docs/spreadsheets.md explains each.
 */
export const TRACKER_COLUMNS = Object.freeze([
  'request_id',
  'mode',
  'event_id',
  'title',
  'organizer',
  'start',
  'end',
  'city',
  'venue',
  'cameras',
  'venue_scouted_on',
  'light_usable',
  'lighting_advice_asked',
  'staging_advice_asked',
  'organizer_manages_sound',
  'audio_feed',
  'audio_confirmed_on',
  'other_film_crews',
  'workshop_in_partnership',
  'workshop_organizer_share',
  'uses',
  'speakers',
  'speakers_informed_on',
  'releases_signed_on',
  'release_covers',
  'profiles_completed_on',
  'online_conversation',
  'speaker_emails_provided',
  'editorial_verdict',
  'editorial_verdict_on',
  'crew_available',
  'media_partner_credit',
  'post_event_mailing',
  'promotion_links',
  'promotion_tweets',
  'promotion_blog_posts',
  'monetization',
  'contract_signed_platform_on',
  'contract_signed_organizer_on',
  'breakeven',
  'currency',
  'organizer_share',
  'clip_planned',
  'as_of',
] as const);

/** A tracker column name. */
export type TrackerColumn = (typeof TRACKER_COLUMNS)[number];

/** A tracker row read by header: blanks left out. */
export type TrackerRow = Partial<Record<TrackerColumn, CellValue>>;

function bad(column: string, expected: string, got: unknown): never {
  return argumentError(column, expected, got, 'column ');
}

/** Pairs a header row with a value row; unknown headers are errors, so a typo is not silently ignored. */
export function readTrackerRow(headers: readonly CellValue[], values: readonly CellValue[]): TrackerRow {
  const row: TrackerRow = {};
  headers.forEach((header, i) => {
    if (isBlank(header)) return;
    if (typeof header !== 'string') bad('header_row', 'text naming a tracker column', header);
    const name = header.trim().toLowerCase();
    if (!(TRACKER_COLUMNS as readonly string[]).includes(name)) bad('header_row', `a tracker column (${TRACKER_COLUMNS.join(', ')})`, header);
    const value: unknown = values[i];
    if (isBlank(value)) return;
    // A cell is text, a number, a boolean or a date; anything else did not come from a sheet.
    if (!['string', 'number', 'boolean'].includes(typeof value) && !(value instanceof Date)) bad(name, 'a cell value', value);
    if (typeof value === 'number' && !Number.isFinite(value)) bad(name, 'a finite number', value);
    row[name as TrackerColumn] = value as CellValue;
  });
  return row;
}

function text(row: TrackerRow, column: TrackerColumn, fallback?: string): string {
  const value = row[column];
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    return bad(column, 'filled in', value);
  }
  if (value instanceof Date) return bad(column, 'text', value);
  return String(value).trim();
}

function flag(row: TrackerRow, column: TrackerColumn): boolean | undefined {
  const value = row[column];
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  const word = String(value).trim().toLowerCase();
  if (['true', 'yes', 'oui', 'vrai', '1'].includes(word)) return true;
  if (['false', 'no', 'non', 'faux', '0'].includes(word)) return false;
  return bad(column, 'TRUE or FALSE', value);
}

function count(row: TrackerRow, column: TrackerColumn): number {
  const value = row[column];
  if (value === undefined) return 0;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(n) || n < 0 || n > 10_000) return bad(column, 'a whole number from 0 to 10000', value);
  return n;
}

/** A date or instant cell: a sheet Date is an instant; text is passed on for the core to check. */
function when(row: TrackerRow, column: TrackerColumn): string | undefined {
  const value = row[column];
  if (value === undefined) return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return bad(column, 'a valid date', value);
    return value.toISOString();
  }
  if (typeof value !== 'string') return bad(column, 'a date (text such as 2026-03-14, or a date cell)', value);
  return value.trim();
}

function list(row: TrackerRow, column: TrackerColumn): string[] {
  const value = row[column];
  if (value === undefined) return [];
  return String(value)
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function defined<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Builds the coverage request (plain JSON, for `parseCoverageRequest`) that a tracker row describes.
 * The speakers are described as a group: `speakers` of them, all informed, signed and profiled as the
 * columns say; they are named `speaker-1` … `speaker-N`.
 */
export function trackerRequest(row: TrackerRow): Record<string, unknown> {
  const start = when(row, 'start') ?? bad('start', 'the event start (an ISO 8601 instant with an offset)', undefined);
  const end = when(row, 'end') ?? bad('end', 'the event end (an ISO 8601 instant with an offset)', undefined);
  const speakerIds = Array.from({ length: count(row, 'speakers') }, (_, i) => `speaker-${i + 1}`);
  const uses = list(row, 'uses');
  const sessionUses = uses.length === 0 ? ['live', 'on_demand'] : uses;
  const sessions: Record<string, unknown>[] = [{ id: 'plenary', kind: 'plenary', start, end, speakerIds, uses: sessionUses }];
  if (flag(row, 'workshop_in_partnership') === true) sessions.push({ id: 'workshop', kind: 'workshop', start, end, speakerIds: [], uses: sessionUses });
  const covers = list(row, 'release_covers');
  const signedAt = when(row, 'releases_signed_on');
  // A blank `release_covers`: the releases cover every use the row plans, the post-event clip
  // included when the contract plans one (C6.2 asks for it).
  const clip = row.breakeven !== undefined && flag(row, 'clip_planned') !== false;
  const planned = clip && !sessionUses.includes('clip') ? [...sessionUses, 'clip'] : sessionUses;
  const release = signedAt === undefined ? undefined : { state: 'signed', signedAt, covers: covers.length === 0 ? planned : covers };
  const profileCompletedAt = when(row, 'profiles_completed_on');
  const speakers = speakerIds.map((id) =>
    defined({
      id,
      name: id,
      informedAt: when(row, 'speakers_informed_on'),
      release,
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
          breakeven: amount(breakeven, text(row, 'currency', 'EUR'), 'breakeven'),
          organizerShare: row.organizer_share === undefined ? undefined : String(row.organizer_share).trim(),
          // A paid workshop clause (C9.3): the organizer's share of the workshop revenue; the
          // workshops are paid coverage, outside the breakeven.
          clauses:
            row.workshop_organizer_share === undefined ? undefined : { workshop: { organizerShare: String(row.workshop_organizer_share).trim(), countsTowardBreakeven: false } },
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

/** The `as_of` column, if filled in. */
export function trackerAsOf(row: TrackerRow): string | undefined {
  return when(row, 'as_of');
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
