import * as hyperformula from 'hyperformula';
import { HyperFormula, type DetailedCellError } from 'hyperformula';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPartnershipFunctions } from '../../src/hyperformula/index.js';
import { TRACKER_COLUMNS } from '../../src/sheets/index.js';
import { RULE_IDS } from '../../src/models/ruleIds.js';

// HyperFormula, a real headless spreadsheet engine, evaluating our functions from
// formulas that point at cells and ranges, through the shipped plugin (webcast-partnership/hyperformula).
let plugin: unknown;
beforeAll(() => {
  plugin = registerPartnershipFunctions(hyperformula);
});
afterAll(() => HyperFormula.unregisterFunctionPlugin(plugin as never));

function sheet(rows: unknown[][]) {
  const hf = HyperFormula.buildFromArray(rows as never, { licenseKey: 'gpl-v3' });
  return { hf, at: (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col }) };
}

describe('the custom functions in HyperFormula', () => {
  it('splits a payment from cells and spills platform and organizer into one row', () => {
    const { at } = sheet([[5000, 3000, '=PARTNERSHIP_SPLIT(A1, B1)'], [2500, 3000, '=PARTNERSHIP_SPLIT(A2, B2, 0.5, "EUR")'], [1000.01, 1000, '=PARTNERSHIP_SPLIT(A3, B3)']]);
    expect([at(0, 2), at(0, 3)]).toEqual([4000, 1000]);
    expect([at(1, 2), at(1, 3)]).toEqual([2500, 0]);
    // 1 cent of surplus: the odd cent goes to the platform.
    expect([at(2, 2), at(2, 3)]).toEqual([1000.01, 0]);
  });

  it('lets the sheet compute further with the numbers it returns', () => {
    const { at } = sheet([[5000, 3000, '=SUM(PARTNERSHIP_SPLIT(A1, B1))']]);
    expect(at(0, 2)).toBe(5000);
  });

  it('settles a column of receipts by the cumulative rule, a column out', () => {
    const { at } = sheet([
      [2000, '=PARTNERSHIP_SETTLE(A1:A4, 3000)'],
      [3000.01],
      [0.01],
      [-1000],
    ]);
    // Surplus runs 0, 2000.01, 2000.02, 1000.02: the organizer is owed 0, 1000.00, 1000.01, 500.01 in total.
    expect([at(0, 1), at(1, 1), at(2, 1), at(3, 1)]).toEqual([0, 1000, 0.01, -500]);
  });

  it('allocates an amount over a row of weights, exactly', () => {
    const { at } = sheet([[100, 1, 1, 1], ['=PARTNERSHIP_ALLOCATE(A1, B1:D1)']]);
    expect([at(1, 0), at(1, 1), at(1, 2)]).toEqual([33.34, 33.33, 33.33]);
  });

  it('checks a row of an event tracker', () => {
    const header = ['request_id', 'title', 'organizer', 'start', 'end', 'city', 'venue_scouted_on', 'light_usable', 'organizer_manages_sound', 'audio_feed', 'other_film_crews', 'speakers', 'speakers_informed_on', 'releases_signed_on', 'profiles_completed_on', 'editorial_verdict', 'crew_available', 'promotion_links', 'contract_signed_platform_on', 'contract_signed_organizer_on', 'breakeven', 'as_of', 'post_event_mailing', 'audio_confirmed_on', 'editorial_verdict_on'];
    expect(header.every((h) => (TRACKER_COLUMNS as readonly string[]).includes(h))).toBe(true);
    const row = ['req-1', 'Web Days', 'org-1', '2026-03-14T09:00:00+01:00', '2026-03-14T18:00:00+01:00', 'Paris', '2026-02-03', true, true, 'XLR', '', 3, '2026-01-20', '2026-02-01', '2026-01-25', 'approved', true, 2, '2026-02-05', '2026-02-06', 800, '2026-02-10', true, '2026-02-04', '2026-01-15'];
    const other = [...row];
    other[0] = 'req-2';
    other[10] = 'TV7';
    const { at } = sheet([header, row, other, ['=PARTNERSHIP_CHECK(A1:Y1, A2:Y2)'], ['=PARTNERSHIP_CHECK(A1:Y1, A3:Y3, "fr")']]);
    expect([at(3, 0), at(3, 1)]).toEqual(['eligible', '']);
    expect([at(4, 0), at(4, 1)]).toEqual(['ineligible', 'C1']);
    expect(typeof at(3, 2)).toBe('number');
  });

  it('reads the set-up (cameras, NB) and the commitments of C5.b and C6.4 from their columns', () => {
    const header = ['request_id', 'title', 'organizer', 'start', 'end', 'city', 'venue_scouted_on', 'light_usable', 'organizer_manages_sound', 'audio_feed', 'other_film_crews', 'speakers', 'speakers_informed_on', 'releases_signed_on', 'profiles_completed_on', 'editorial_verdict', 'crew_available', 'promotion_links', 'contract_signed_platform_on', 'contract_signed_organizer_on', 'breakeven', 'as_of', 'post_event_mailing', 'audio_confirmed_on', 'editorial_verdict_on', 'cameras', 'lighting_advice_asked', 'staging_advice_asked', 'online_conversation'];
    const row = ['req-1', 'Web Days', 'org-1', '2026-03-14T09:00:00+01:00', '2026-03-14T18:00:00+01:00', 'Paris', '2026-02-03', true, true, 'XLR', '', 3, '2026-01-20', '2026-02-01', '2026-01-25', 'approved', true, 2, '2026-02-05', '2026-02-06', 800, '2026-02-10', true, '2026-02-04', '2026-01-15', 2, true, true, true];
    const CAMERAS = 25;
    const heavy = [...row];
    heavy[0] = 'req-2';
    heavy[CAMERAS] = 5;
    const none = [...row];
    none[0] = 'req-3';
    none[CAMERAS + 1] = false;
    none[CAMERAS + 3] = false;
    const zero = [...row];
    zero[0] = 'req-4';
    zero[CAMERAS] = 0;
    const check = (n: number) => [`=PARTNERSHIP_CHECK(A1:AC1, A${n}:AC${n})`];
    const { at } = sheet([header, row, heavy, none, zero, check(2), check(3), check(4), check(5)]);
    expect([at(5, 0), at(5, 1)]).toEqual(['eligible', '']);
    expect([at(6, 0), at(6, 1)]).toEqual(['ineligible', 'NB']);
    // The row commits to C5.b (2) and C6.4 (4) only, of the weights 15 (C8.b 2, C9.4 3, C10 4 not met): 6/15.
    expect(at(5, 2)).toBe(0.4);
    // Without the lighting advice nor the conversation, nothing weighs: still eligible, preference 0.
    expect([at(7, 0), at(7, 2)]).toEqual(['eligible', 0]);
    expect((at(8, 0) as DetailedCellError).message).toContain('`cameras`');
  });

  it('reads a paid workshop clause (C9.3): a filmed workshop is met with it, unmet without, and a bad share names its column', () => {
    const header = ['request_id', 'title', 'organizer', 'start', 'end', 'city', 'venue_scouted_on', 'light_usable', 'organizer_manages_sound', 'audio_feed', 'speakers', 'speakers_informed_on', 'releases_signed_on', 'profiles_completed_on', 'editorial_verdict', 'crew_available', 'promotion_links', 'contract_signed_platform_on', 'contract_signed_organizer_on', 'breakeven', 'as_of', 'post_event_mailing', 'audio_confirmed_on', 'editorial_verdict_on', 'workshop_in_partnership', 'workshop_organizer_share'];
    const row = ['req-1', 'Web Days', 'org-1', '2026-03-14T09:00:00+01:00', '2026-03-14T18:00:00+01:00', 'Paris', '2026-02-03', true, true, 'XLR', 3, '2026-01-20', '2026-02-01', '2026-01-25', 'approved', true, 2, '2026-02-05', '2026-02-06', 800, '2026-02-10', true, '2026-02-04', '2026-01-15', true, 0.7];
    const free = [...row];
    free[0] = 'req-2';
    free[25] = '';
    const bad = [...row];
    bad[0] = 'req-3';
    bad[25] = 1.5;
    const check = (n: number) => [`=PARTNERSHIP_CHECK(A1:Z1, A${n}:Z${n})`];
    const orphan = [...row];
    orphan[0] = 'req-4';
    orphan[19] = '';
    const upper = [...row];
    upper[0] = 'req-5';
    upper[14] = 'Approved';
    const { at } = sheet([header, row, free, bad, orphan, upper, check(2), check(3), check(4), check(5), check(6)]);
    expect([at(6, 0), at(6, 1)]).toEqual(['eligible', '']);
    expect([at(7, 0), at(7, 1)]).toEqual(['ineligible', 'C9.3']);
    expect((at(8, 0) as DetailedCellError).message).toContain('`workshop_organizer_share`');
    // A clause without a contract (no breakeven) is an error at `breakeven`, never silently dropped.
    expect((at(9, 0) as DetailedCellError).message).toContain('column `breakeven`');
    // The verdict is read in any case, as `audio_feed` is.
    expect(at(10, 0)).toBe('eligible');
  });

  it("shows bad input as the host's error value, with the library's message", () => {
    const named = sheet([[5000, 0.001, '=PARTNERSHIP_SPLIT(A1, B1)']]);
    expect((named.at(0, 2) as DetailedCellError).message).toBe('Expected `breakeven` to be an amount with at most 2 decimals in EUR, got `0.001`');
    const { at } = sheet([[0.001, 3000, '=PARTNERSHIP_SPLIT(A1, B1)'], [10, 3000, '=PARTNERSHIP_SPLIT(A2, B2, 0.5, "EURO")'], [10, 3000, '=PARTNERSHIP_SPLIT(A3, B3, 2)']]);
    const first = at(0, 2) as DetailedCellError;
    expect(first).toBeInstanceOf(Object);
    expect(first.type).toBe('VALUE');
    expect(first.message).toBe('Expected `received` to be an amount with at most 2 decimals in EUR, got `0.001`');
    expect((at(1, 2) as DetailedCellError).message).toContain('ISO 4217');
    expect((at(2, 2) as DetailedCellError).type).toBe('VALUE');
    expect((at(2, 2) as DetailedCellError).message).toContain('`organizer_share`');
  });

  it('names the cell at fault in the #VALUE! message: receipts_column[row][column], counted from 0 within the range', () => {
    // A refund beyond what was received, in the range's third row (the second is blank): A3 is receipts_column[2][0].
    const settled = sheet([[2000, '=PARTNERSHIP_SETTLE(A1:A3, 3000)'], [null], [-5000]]);
    const refund = settled.at(0, 1) as DetailedCellError;
    expect(refund.type).toBe('VALUE');
    expect(refund.message).toBe('Expected `receipts_column[2][0]` to be a refund of at most what the sponsorship stream received so far (2000.00), got -5000.00');
    // A negative weight in the third cell of B1:D1 is weights_row[0][2].
    const allocated = sheet([[100, 1, 1, -1], ['=PARTNERSHIP_ALLOCATE(A1, B1:D1)']]);
    expect((allocated.at(1, 0) as DetailedCellError).message).toBe('Expected `weights_row[0][2]` to be a non-negative weight, got `-1`');
    const split = sheet([[-1, 100, '=PARTNERSHIP_SPLIT(A1, B1)']]);
    expect((split.at(0, 2) as DetailedCellError).message).toBe('Expected `received` to be an amount of zero or more, got `-1.00`');
  });

  it('names the tracker column in the #VALUE! message of a row the core refuses', () => {
    const header = ['request_id', 'title', 'organizer', 'start', 'end', 'city'];
    const row = ['req-1', 'Web Days', 'org-1', '2026-13-40', '2026-03-14T18:00:00+01:00', 'Paris'];
    const { at } = sheet([header, row, ['=PARTNERSHIP_CHECK(A1:F1, A2:F2)']]);
    const error = at(2, 0) as DetailedCellError;
    expect(error.type).toBe('VALUE');
    expect(error.message).toBe('Expected column `start` to be an ISO 8601 instant with an offset, such as `2026-03-14T09:00:00+01:00`, got `2026-13-40`');
  });
});

/** The spreadsheet letters of a 0-based column: 0 is A, 26 is AA. */
function letters(column: number): string {
  return (column >= 26 ? letters(Math.floor(column / 26) - 1) : '') + String.fromCharCode(65 + (column % 26));
}

describe('a tracker with the cells HyperFormula holds', () => {
  // Row 1 is pasted by PARTNERSHIP_TRACKER_HEADERS; row 2 holds real DATE() and DATE()+TIME() cells
  // (DateNumber, DateTimeNumber), a percentage typed as `50%` (PercentNumber), an amount typed as
  // `$800` (CurrencyNumber), TRUE/FALSE cells and the French words VRAI/oui, and a time zone.
  const cells: Record<string, unknown> = {
    request_id: 'req-1',
    title: 'Web Days',
    organizer: 'org-1',
    timezone: 'Europe/Paris',
    start: '=DATE(2026,3,14)+TIME(9,0,0)',
    end: '=DATE(2026,3,14)+TIME(18,0,0)',
    city: 'Paris',
    venue_scouted_on: '=DATE(2026,2,3)',
    light_usable: true,
    organizer_manages_sound: 'VRAI',
    audio_feed: 'XLR',
    speakers: 3,
    speakers_informed_on: '=DATE(2026,1,20)',
    releases_signed_on: '=DATE(2026,2,1)',
    profiles_completed_on: '=DATE(2026,1,25)',
    editorial_verdict: 'approved',
    editorial_verdict_on: '=DATE(2026,1,15)',
    crew_available: 'oui',
    promotion_links: 2,
    contract_signed_platform_on: '=DATE(2026,2,5)',
    contract_signed_organizer_on: '=DATE(2026,2,6)',
    breakeven: '$800',
    organizer_share: '50%',
    post_event_mailing: 'TRUE',
    audio_confirmed_on: '=DATE(2026,2,4)',
    cameras: 2,
    lighting_advice_asked: true,
    staging_advice_asked: 'Oui',
    online_conversation: true,
  };
  const valueRow = TRACKER_COLUMNS.map((column) => cells[column] ?? null);
  const last = letters(TRACKER_COLUMNS.length - 1);
  const args = `A1:${last}1, A2:${last}2`;
  const formulas = [
    [`=PARTNERSHIP_CHECK(${args}, "en", DATE(2026,2,10))`],
    [`=PARTNERSHIP_NEXT_DEADLINE(${args}, DATE(2026,2,10))`],
    [`=PARTNERSHIP_NEXT_DEADLINE(${args}, DATE(2026,2,10), "fr")`],
    [`=PARTNERSHIP_CHECK(${args})`],
    [`=PARTNERSHIP_CHECK(${args}, "en", DATE(2026,2,10)+0.123456789)`],
    [`=PARTNERSHIP_EXPLAIN(${args}, "fr", DATE(2026,2,10))`],
  ];
  const build = (row: unknown[]) => sheet([['=PARTNERSHIP_TRACKER_HEADERS()'], row, ...formulas]);

  it('pastes the header row with PARTNERSHIP_TRACKER_HEADERS', () => {
    const { at } = build(valueRow);
    expect(TRACKER_COLUMNS.map((_, column) => at(0, column))).toEqual([...TRACKER_COLUMNS]);
  });

  it('reads the row under the French header row just as under the English one', () => {
    const { at } = sheet([['=PARTNERSHIP_TRACKER_HEADERS("fr")'], valueRow, ...formulas]);
    expect(at(0, 0)).toBe('id_demande');
    expect([at(2, 0), at(2, 1), at(2, 2)]).toEqual(['eligible', '', 0.4]);
  });

  it('passes date, percentage and currency cells as typed numbers, which the tracker reads', () => {
    const { hf } = build(valueRow);
    const types = (column: string) => hf.getCellValueDetailedType({ sheet: 0, row: 1, col: TRACKER_COLUMNS.indexOf(column as never) });
    expect([types('start'), types('venue_scouted_on'), types('organizer_share'), types('breakeven')]).toEqual(['NUMBER_DATETIME', 'NUMBER_DATE', 'NUMBER_PERCENT', 'NUMBER_CURRENCY']);
  });

  it('checks the row as of a DATE() argument, as its twin in text', () => {
    const { at } = build(valueRow);
    expect([at(2, 0), at(2, 1), at(2, 2)]).toEqual(['eligible', '', 0.4]);
  });

  it('gives the next deadline, in English and in French', () => {
    const later = [...valueRow];
    later[TRACKER_COLUMNS.indexOf('releases_signed_on')] = null;
    const { at } = build(later);
    expect([at(3, 0), at(3, 1)]).toEqual(['2026-03-07 09:00', 'C6.2']);
    expect(at(3, 2)).toMatch(/^Have speaker-1 .* sign the image-rights and broadcast release/);
    expect(at(4, 2)).toMatch(/^Faites signer /);
  });

  it('explains every rule in French, one row each', () => {
    const { at } = build(valueRow);
    const explained = RULE_IDS.map((_, i) => [0, 1, 2, 3].map((column) => at(7 + i, column)));
    expect(explained.map((row) => row[0])).toEqual([...RULE_IDS]);
    expect(explained[RULE_IDS.indexOf('C6.2')]).toEqual(['C6.2', 'speaker-releases-signed', 'met', '2026-03-07 09:00']);
    expect(at(7 + RULE_IDS.indexOf('C10'), 4)).toBe("Créditez la plateforme comme partenaire media, visible sur le site de l'événement.");
  });

  it("shows a missing as_of, an as_of between two seconds and a bad cell as #VALUE! with the library's message", () => {
    const { at } = build(valueRow);
    expect((at(5, 0) as DetailedCellError).message).toBe('Expected `as_of`, the date to check the row as of, got nothing: give `=TODAY()` as the argument, or fill in the `as_of` column (the functions never read the clock)');
    expect((at(6, 0) as DetailedCellError).message).toMatch(/^Expected `as_of` to be a date, or a date and time to the whole second, got `46063\.12345678\d*`$/);
    const bad = [...valueRow];
    bad[TRACKER_COLUMNS.indexOf('organizer_share')] = '=DATE(2026,1,1)';
    const error = build(bad).at(2, 0) as DetailedCellError;
    expect(error.type).toBe('VALUE');
    expect(error.message).toBe('Expected column `organizer_share` to be a number or a percentage of zero or more, got a date cell (`46023`)');
  });
});

