import { PartnershipError } from '../errors.js';
import { describeValue } from '../_lib/describe.js';
import type { CellValue } from './cells.js';
import { amount, isBlank } from './cells.js';

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
  'venue_scouted',
  'light_usable',
  'lighting_advice_asked',
  'organizer_manages_sound',
  'xlr_feed',
  'other_film_crews',
  'workshop_in_partnership',
  'uses',
  'speakers',
  'speakers_informed_on',
  'releases_signed_on',
  'release_covers',
  'profiles_complete',
  'speaker_emails_provided',
  'editorial_fit',
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
  const message = `Expected column \`${column}\` to be ${expected}, got ${describeValue(got)}`;
  throw new PartnershipError('invalid_argument', message, [{ code: 'invalid_argument', path: column, message }]);
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
  const releaseSignedAt = when(row, 'releases_signed_on');
  const speakers = speakerIds.map((id) =>
    defined({
      id,
      name: id,
      informedAt: when(row, 'speakers_informed_on'),
      releaseSignedAt,
      releaseCovers: releaseSignedAt === undefined ? undefined : covers.length === 0 ? sessionUses : covers,
      platformAccount: flag(row, 'profiles_complete') === true ? id : undefined,
      profileComplete: flag(row, 'profiles_complete') ?? false,
    }),
  );
  const organizer = text(row, 'organizer');
  const breakeven = row.breakeven;
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
      venue: { name: text(row, 'venue', text(row, 'city')), city: text(row, 'city'), scouting: defined({ done: flag(row, 'venue_scouted') ?? false, lightUsable: flag(row, 'light_usable') }) },
      audio: defined({ organizerManagesSound: flag(row, 'organizer_manages_sound'), xlrFeed: flag(row, 'xlr_feed') }),
      otherFilmCrews: list(row, 'other_film_crews').map((name) => ({ name })),
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
        monetization: list(row, 'monetization'),
      },
    },
    speakers,
    contract,
    editorialFit: row.editorial_fit === undefined ? undefined : text(row, 'editorial_fit'),
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
 * The tracker column behind each field of the request that {@link trackerRequest} builds, by the
 * field's path with indexes left out (`speakers[].informedAt`). A path not listed is looked up
 * by its parent (`event.otherFilmCrews[].name` → `event.otherFilmCrews`).
 */
const COLUMN_OF_FIELD: Readonly<Record<string, TrackerColumn | ((row: TrackerRow) => TrackerColumn)>> = {
  id: 'request_id',
  mode: 'mode',
  'event.id': (row) => (row.event_id === undefined ? 'request_id' : 'event_id'),
  'event.title': 'title',
  'event.organizerId': 'organizer',
  'event.start': 'start',
  'event.end': 'end',
  'event.sessions[].start': 'start',
  'event.sessions[].end': 'end',
  'event.sessions[].uses': 'uses',
  'event.sessions[].speakerIds': 'speakers',
  'event.venue.name': (row) => (row.venue === undefined ? 'city' : 'venue'),
  'event.venue.city': 'city',
  'event.venue.scouting.done': 'venue_scouted',
  'event.venue.scouting.lightUsable': 'light_usable',
  'event.audio.organizerManagesSound': 'organizer_manages_sound',
  'event.audio.xlrFeed': 'xlr_feed',
  'event.otherFilmCrews': 'other_film_crews',
  'partner.id': 'organizer',
  'partner.organization': 'organizer',
  'partner.commitments.mediaPartnerCredit': 'media_partner_credit',
  'partner.commitments.postEventMailing': 'post_event_mailing',
  'partner.commitments.promotion.links': 'promotion_links',
  'partner.commitments.promotion.tweets': 'promotion_tweets',
  'partner.commitments.promotion.blogPosts': 'promotion_blog_posts',
  'partner.commitments.speakerEmailsProvided': 'speaker_emails_provided',
  'partner.commitments.lightingAdviceAsked': 'lighting_advice_asked',
  'partner.commitments.monetization': 'monetization',
  speakers: 'speakers',
  'speakers[].informedAt': 'speakers_informed_on',
  'speakers[].releaseSignedAt': 'releases_signed_on',
  // A blank `release_covers` means the releases cover the `uses`: a bad use is that column's.
  'speakers[].releaseCovers': (row) => (row.release_covers === undefined ? 'uses' : 'release_covers'),
  'speakers[].platformAccount': 'profiles_complete',
  'speakers[].profileComplete': 'profiles_complete',
  'contract.parties.platform.signedAt': 'contract_signed_platform_on',
  'contract.parties.organizer.signedAt': 'contract_signed_organizer_on',
  'contract.parties.organizer.name': 'organizer',
  'contract.breakeven.currency': 'currency',
  'contract.breakeven': 'breakeven',
  'contract.organizerShare': 'organizer_share',
  'contract.clipPlanned': 'clip_planned',
  'contract.postEventMailing': 'post_event_mailing',
  editorialFit: 'editorial_fit',
};

/**
 * Names the tracker column behind a core path: the request parsed under the root `row`
 * (`row.event.start` → `start`), the evaluation date (`asOf` → `as_of`) and the breakeven's
 * currency (`breakeven.currency` → `currency`). Any other part of the request is the `value_row`;
 * paths the edge already named (`start`, `header_row`) are kept.
 */
export function trackerColumnNamer(row: TrackerRow): (path: string) => string | undefined {
  return (path) => {
    if (path === 'asOf') return 'as_of';
    if (path === 'breakeven.currency') return 'currency';
    if (path !== 'row' && !path.startsWith('row.') && !path.startsWith('row[')) return undefined;
    let field = path.slice('row.'.length).replace(/\[\d+\]/g, '[]');
    while (field !== '') {
      const column = COLUMN_OF_FIELD[field];
      if (column !== undefined) return typeof column === 'string' ? column : column(row);
      // Up one level: drop the last `.name` or `[]`.
      field = field.endsWith('[]') ? field.slice(0, -2) : field.slice(0, Math.max(0, field.lastIndexOf('.')));
    }
    return 'value_row';
  };
}

/** How a message names a tracker column (`` column `start` ``) or an argument (`` `value_row` ``). */
export function trackerSubject(name: string): string {
  return (TRACKER_COLUMNS as readonly string[]).includes(name) ? `column \`${name}\`` : `\`${name}\``;
}
