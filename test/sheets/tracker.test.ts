import { describe, expect, it } from 'vitest';
import { PARTNERSHIP_CHECK, PARTNERSHIP_EXPLAIN } from '../../src/sheets/index.js';
import { readTrackerRow } from '../../src/sheets/row.js';
import { trackerRequest } from '../../src/sheets/tracker.js';
import { thrown, trackerRow, typed } from './_tracker.js';

const check = (changes: Parameters<typeof trackerRow>[0], asOf?: unknown) => {
  const [header, row] = trackerRow(changes);
  return PARTNERSHIP_CHECK(header, row, 'en', asOf as never);
};
const request = (changes: Parameters<typeof trackerRow>[0]) => {
  const [header, row] = trackerRow(changes);
  return trackerRequest(readTrackerRow(header[0]!, row[0]!)) as { event: { start: string; end: string }; speakers: { informedAt?: string; release?: unknown }[] };
};
// 2026-03-14 is serial 46,095 (days from 1899-12-30); 09:00 is 0.375 of a day, 18:00 0.75.
const MARCH_14 = 46_095;

describe('as_of', () => {
  it('is the argument, or the as_of column: the same answer either way', () => {
    expect(check({}, '2026-02-10')).toEqual([['eligible', '', 0.4]]);
    expect(check({ as_of: '2026-02-10' })).toEqual([['eligible', '', 0.4]]);
  });

  it('is as_of_missing when neither is given: the functions never read the clock', () => {
    const error = thrown(() => check({}));
    expect(error.code).toBe('as_of_missing');
    expect(error.issues.map((issue) => issue.path)).toEqual(['as_of']);
    expect(error.message).toBe('Expected `as_of`, the date to check the row as of, got nothing: give `=TODAY()` as the argument, or fill in the `as_of` column (the functions never read the clock)');
    expect(thrown(() => check({}, '')).code).toBe('as_of_missing');
  });

  it('is an error when given twice, argument and column, rather than a guess of which counts', () => {
    const error = thrown(() => check({ as_of: '2026-02-10' }, '2026-02-11'));
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe('Expected `as_of` once, as the argument or as the column, got both: `2026-02-11` and `2026-02-10`');
  });

  it('reads =TODAY() (a whole serial) as that calendar date, as the text would be', () => {
    // 2026-02-10 is serial 46,063.
    expect(check({}, 46_063)).toEqual(check({}, '2026-02-10'));
    expect(check({}, typed('NUMBER_DATE', 46_063))).toEqual(check({}, '2026-02-10'));
    // As of the day after the event's releases were due (2026-03-08), a row without releases is ineligible.
    expect(check({ releases_signed_on: undefined }, 46_089)[0]![0]).toBe('ineligible');
    expect(check({ releases_signed_on: undefined }, 46_063)[0]![0]).toBe('incomplete');
  });

  it('refuses =NOW() (milliseconds), a time, a boolean, naming as_of', () => {
    expect(thrown(() => check({}, 46_063.123_456_789)).message).toBe('Expected `as_of` to be a date, or a date and time to the whole second, got `46063.123456789`');
    expect(thrown(() => check({}, typed('NUMBER_TIME', 0.5))).message).toBe('Expected `as_of` to be a date (a date cell, or text such as 2026-03-14), got a time cell (`0.5`)');
    expect(thrown(() => check({}, true)).message).toBe('Expected `as_of` to be a date, got `true`');
  });
});

describe('date cells in a tracker row', () => {
  it('reads a whole serial in a date column as that calendar date, like the text', () => {
    expect(request({ speakers_informed_on: MARCH_14 - 53 }).speakers[0]!.informedAt).toBe('2026-01-20');
    expect(request({ speakers_informed_on: typed('NUMBER_DATE', MARCH_14 - 53, 'Date()') }).speakers[0]!.informedAt).toBe('2026-01-20');
    expect(check({ venue_scouted_on: MARCH_14 - 39, speakers_informed_on: typed('NUMBER_DATE', MARCH_14 - 53) }, '2026-02-10')).toEqual(check({}, '2026-02-10'));
  });

  it("reads a date-time serial at the offset `start` is written with, when the row has no time zone", () => {
    expect(request({ end: MARCH_14 + 0.75 }).event.end).toBe('2026-03-14T18:00+01:00');
    expect(request({ speakers_informed_on: typed('NUMBER_DATETIME', MARCH_14 - 53 + 0.5) }).speakers[0]!.informedAt).toBe('2026-01-20T12:00+01:00');
  });

  it('reads date-time serials in the `timezone` column, at the offset of their own date (summer time included)', () => {
    const event = request({ timezone: 'Europe/Paris', start: MARCH_14 + 0.375, end: typed('NUMBER_DATETIME', MARCH_14 + 0.75) }).event;
    expect([event.start, event.end]).toEqual(['2026-03-14T09:00+01:00', '2026-03-14T18:00+01:00']);
    // 2026-07-14 is serial 46,217: Paris is at +02:00.
    expect(request({ timezone: 'Europe/Paris', start: 46_217.375, end: 46_217.75 }).event.start).toBe('2026-07-14T09:00+02:00');
    // `start` as a whole date cell is midnight in the zone: the event's start needs an instant.
    expect(request({ timezone: 'Europe/Paris', start: MARCH_14, end: MARCH_14 + 0.75 }).event.start).toBe('2026-03-14T00:00+01:00');
  });

  it('checks a row whose dates are all cells just as its text twin', () => {
    const cells = { timezone: 'Europe/Paris', start: MARCH_14 + 0.375, end: MARCH_14 + 0.75, releases_signed_on: typed('NUMBER_DATE', MARCH_14 - 41), editorial_verdict_on: MARCH_14 - 58 };
    expect(check(cells, 46_063)).toEqual(check({}, '2026-02-10'));
    const [header, row] = trackerRow(cells);
    const [textHeader, textRow] = trackerRow({});
    expect(PARTNERSHIP_EXPLAIN(header, row, 'en', 46_063)).toEqual(PARTNERSHIP_EXPLAIN(textHeader, textRow, 'en', '2026-02-10'));
  });

  it('asks for a time zone when a date-time serial has no offset to be read at', () => {
    const error = thrown(() => request({ start: MARCH_14 + 0.375, end: MARCH_14 + 0.75 }));
    expect(error.issues.map((issue) => issue.path)).toEqual(['start']);
    expect(error.message).toBe('Expected column `start` to be a date with its offset: a date-time cell needs a `timezone` column (`Europe/Paris`) or a `start` written with its offset, got `46095.375`');
  });

  it('refuses a zone Intl does not know, a time cell, a percentage and a serial out of range, naming the column', () => {
    expect(thrown(() => request({ timezone: 'Paris', start: MARCH_14 + 0.375 })).message).toBe('Expected column `timezone` to be an IANA time zone such as `Europe/Paris`, got `Paris`');
    expect(thrown(() => request({ end: typed('NUMBER_TIME', 0.75) })).message).toBe('Expected column `end` to be a date (a date cell, or text such as 2026-03-14), got a time cell (`0.75`)');
    expect(thrown(() => request({ venue_scouted_on: typed('NUMBER_PERCENT', 0.5) })).issues.map((issue) => issue.path)).toEqual(['venue_scouted_on']);
    expect(thrown(() => request({ venue_scouted_on: 60 })).message).toBe('Expected column `venue_scouted_on` to be a date serial from 61 (1900-03-01) to 2958465 (9999-12-31), got `60`');
  });
});

describe('other cells in a tracker row', () => {
  it('reads flags as TRUE/FALSE cells, or the words true/false, yes/no, oui/non, vrai/faux, 1/0 in any case', () => {
    const flagOf = (value: unknown) => {
      const [header, row] = trackerRow({ light_usable: value as never });
      return (trackerRequest(readTrackerRow(header[0]!, row[0]!)) as { event: { venue: { scouting: { lightUsable?: boolean } } } }).event.venue.scouting.lightUsable;
    };
    for (const yes of [true, 'TRUE', 'Vrai', 'VRAI', 'oui', 'Yes', 1, '1', typed('NUMBER_RAW', 1)]) expect(flagOf(yes), String(yes)).toBe(true);
    for (const no of [false, 'FALSE', 'faux', 'FAUX', 'Non', 'no', 0, '0']) expect(flagOf(no), String(no)).toBe(false);
    expect(thrown(() => flagOf('si')).message).toBe('Expected column `light_usable` to be TRUE or FALSE (or VRAI/FAUX, yes/no, oui/non, 1/0), got `si`');
    expect(thrown(() => flagOf(typed('NUMBER_PERCENT', 1))).code).toBe('invalid_argument');
  });

  it('reads a percentage in organizer_share and workshop_organizer_share, and a currency cell in breakeven', () => {
    expect(check({ organizer_share: typed('NUMBER_PERCENT', 0.5), breakeven: typed('NUMBER_CURRENCY', 800, '€') }, '2026-02-10')).toEqual(check({}, '2026-02-10'));
    const [header, row] = trackerRow({ organizer_share: '40%', workshop_organizer_share: typed('NUMBER_PERCENT', 0.7) });
    const { contract } = trackerRequest(readTrackerRow(header[0]!, row[0]!)) as { contract: unknown };
    expect(contract).toMatchObject({ organizerShare: '0.4', clauses: { workshop: { organizerShare: '0.7' } } });
  });

  it('refuses a date or a percentage where text or a count is expected', () => {
    expect(thrown(() => check({ title: typed('NUMBER_DATE', MARCH_14) }, '2026-02-10')).message).toBe('Expected column `title` to be text, got a date cell (`46095`)');
    expect(thrown(() => check({ speakers: typed('NUMBER_PERCENT', 0.03) }, '2026-02-10')).message).toBe('Expected column `speakers` to be a whole number from 0 to 10000, got a percentage cell (`0.03`)');
  });

  it('refuses a date cell in a list column rather than list it as text', () => {
    expect(thrown(() => check({ other_film_crews: typed('NUMBER_DATE', MARCH_14) }, '2026-02-10')).message).toBe('Expected column `other_film_crews` to be text, got a date cell (`46095`)');
    expect(thrown(() => check({ uses: new Date(0) }, '2026-02-10')).message).toBe('Expected column `uses` to be text, got the date 1970-01-01T00:00:00.000Z');
  });

  it('refuses an object that is no cell, with its column', () => {
    expect(thrown(() => check({ title: { val: 1 } as never }, '2026-02-10')).message).toBe('Expected column `title` to be a cell value, got a value of type object');
  });
});

describe('releases as counts of signed and refused', () => {
  it('signs every speaker on releases_signed_on when the count is blank, as before', () => {
    expect(request({}).speakers.map((speaker) => speaker.release)).toEqual(
      Array.from({ length: 3 }, () => ({ state: 'signed', signedAt: '2026-02-01', covers: ['live', 'on_demand', 'clip'] })),
    );
  });

  it('gives the first speakers signed releases, the next refused ones, the others the release asked for', () => {
    const releases = request({ speakers: 4, releases_requested_on: '2026-01-22', releases_signed: 2, releases_refused: 1, releases_refused_on: '2026-01-30' }).speakers.map((speaker) => speaker.release);
    expect(releases).toEqual([
      { state: 'signed', requestedAt: '2026-01-22', signedAt: '2026-02-01', covers: ['live', 'on_demand', 'clip'] },
      { state: 'signed', requestedAt: '2026-01-22', signedAt: '2026-02-01', covers: ['live', 'on_demand', 'clip'] },
      { state: 'refused', requestedAt: '2026-01-22', refusedAt: '2026-01-30' },
      { state: 'requested', requestedAt: '2026-01-22' },
    ]);
    expect(request({ releases_signed: 0, releases_signed_on: undefined }).speakers.map((speaker) => speaker.release)).toEqual([undefined, undefined, undefined]);
  });

  it('makes C6.2 unmet for a refusal and pending for a release still asked for', () => {
    expect(check({ releases_signed: 2, releases_refused: 1, releases_refused_on: '2026-01-30' }, '2026-02-10')[0]!.slice(0, 2)).toEqual(['ineligible', 'C6.2']);
    expect(check({ releases_signed: 2, releases_requested_on: '2026-01-22' }, '2026-02-10')[0]![0]).toBe('incomplete');
  });

  it('refuses counts above the speakers, and a count without its date, naming the column', () => {
    expect(thrown(() => request({ releases_signed: 4 })).message).toBe('Expected column `releases_signed` to be at most `speakers` (3), got `4`');
    expect(thrown(() => request({ releases_signed: 2, releases_refused: 2, releases_refused_on: '2026-01-30' })).message).toBe(
      'Expected column `releases_refused` to be at most `speakers` less `releases_signed` (1), got `2`',
    );
    expect(thrown(() => request({ releases_signed: 2, releases_refused: 1 })).issues.map((issue) => issue.path)).toEqual(['releases_refused_on']);
    expect(thrown(() => request({ releases_signed: 1, releases_signed_on: undefined })).issues.map((issue) => issue.path)).toEqual(['releases_signed_on']);
  });

  it('names releases_requested_on when the core refuses its date', () => {
    const [header, row] = trackerRow({ releases_requested_on: '2026-02-30' });
    expect(thrown(() => PARTNERSHIP_CHECK(header, row, 'en', '2026-02-10')).issues.map((issue) => issue.path)).toEqual(['releases_requested_on']);
    const [lateHeader, late] = trackerRow({ releases_signed: 1, releases_refused: 1, releases_refused_on: 'soon' });
    expect(thrown(() => PARTNERSHIP_CHECK(lateHeader, late, 'en', '2026-02-10')).issues.map((issue) => issue.path)).toEqual(['releases_refused_on']);
  });
});
