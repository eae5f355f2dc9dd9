import { describe, expect, it } from 'vitest';
import { PARTNERSHIP_ALLOCATE, PARTNERSHIP_CHECK, PARTNERSHIP_SETTLE, PARTNERSHIP_SPLIT, TRACKER_COLUMNS, type PartnershipError } from '../../src/sheets/index.js';

// A sheet error names what the user sees: the argument, and for a range the cell as
// `argument[row][column]`, counted from 0 within the range, blank cells included
// (docs/spreadsheets.md, "Errors name the cell"). Never the core's `receipts[1].amount`.

function errorOf(call: () => unknown): PartnershipError {
  try {
    call();
  } catch (error) {
    return error as PartnershipError;
  }
  throw new Error('expected the call to throw');
}

const paths = (error: PartnershipError) => error.issues.map((issue) => issue.path);

describe('PARTNERSHIP_SETTLE', () => {
  it('names the cell of a refund beyond what was received, past a blank row (issue 11: receipts[1].amount is receipts_column[2][0])', () => {
    // Filled cells 2000 then -5000: the core's receipts[1] sits in the range's third row.
    const error = errorOf(() => PARTNERSHIP_SETTLE([[2000], [''], [-5000]], 3000));
    expect(error.code).toBe('refund_exceeds_received');
    expect(paths(error)).toEqual(['receipts_column[2][0]']);
    expect(error.message).toBe('Expected `receipts_column[2][0]` to be a refund of at most what the sponsorship stream received so far (2000.00), got -5000.00');
  });

  it('names row and column in a two-column range, reading rows left to right', () => {
    // Row order: 2000, 1, 3, then -90000 at the second row, second column (received so far 2004.00).
    const error = errorOf(() => PARTNERSHIP_SETTLE([[2000, 1], [3, -90000]], 3000));
    expect(paths(error)).toEqual(['receipts_column[1][1]']);
    expect(error.message).toContain('`receipts_column[1][1]`');
  });

  it('names an unreadable cell the same way', () => {
    expect(paths(errorOf(() => PARTNERSHIP_SETTLE([[2000], [''], ['abc']], 3000)))).toEqual(['receipts_column[2][0]']);
  });

  it('names the breakeven and the share as the arguments, not as the terms', () => {
    const negative = errorOf(() => PARTNERSHIP_SETTLE([[2000]], -3000));
    expect(paths(negative)).toEqual(['breakeven']);
    expect(negative.message).toBe('Expected `breakeven` to be an amount of zero or more, got `-3000.00`');
    const share = errorOf(() => PARTNERSHIP_SETTLE([[2000]], 3000, 2));
    expect(paths(share)).toEqual(['organizer_share']);
    expect(share.message).toContain('`organizer_share`');
    expect(share.message).not.toContain('terms');
  });
});

describe('PARTNERSHIP_ALLOCATE', () => {
  it('names the cell of a negative weight (issue 11: weights_row[0][2])', () => {
    const error = errorOf(() => PARTNERSHIP_ALLOCATE(100, [[1, 1, -1]]));
    expect(error.code).toBe('weight_negative');
    expect(paths(error)).toEqual(['weights_row[0][2]']);
    expect(error.message).toBe('Expected `weights_row[0][2]` to be a non-negative weight, got `-1`');
  });

  it('counts blank cells, so the name is where the weight sits', () => {
    // Before: the core's weights[1] (the second filled cell) was reported as `weights_row[1]`.
    expect(paths(errorOf(() => PARTNERSHIP_ALLOCATE(100, [[1, '', -1]])))).toEqual(['weights_row[0][2]']);
    expect(paths(errorOf(() => PARTNERSHIP_ALLOCATE(100, [[1, 1], [1, -1]])))).toEqual(['weights_row[1][1]']);
  });

  it('names the whole range when no weight is above zero', () => {
    const error = errorOf(() => PARTNERSHIP_ALLOCATE(100, [[0, '', 0]]));
    expect(paths(error)).toEqual(['weights_row']);
    expect(error.message).toBe('Expected `weights_row` to be at least one weight above zero, got an array');
  });
});

describe('PARTNERSHIP_SPLIT', () => {
  it('names the received amount as the argument, not its `.amount`', () => {
    const error = errorOf(() => PARTNERSHIP_SPLIT(-1, 100));
    expect(paths(error)).toEqual(['received']);
    expect(error.message).toBe('Expected `received` to be an amount of zero or more, got `-1.00`');
  });

  it('names the breakeven and the share as the arguments', () => {
    expect(paths(errorOf(() => PARTNERSHIP_SPLIT(1, -100)))).toEqual(['breakeven']);
    expect(paths(errorOf(() => PARTNERSHIP_SPLIT(1, 100, 2)))).toEqual(['organizer_share']);
  });
});

describe('PARTNERSHIP_CHECK', () => {
  const header = ['request_id', 'title', 'organizer', 'start', 'end', 'city', 'speakers', 'speakers_informed_on', 'uses', 'breakeven', 'currency', 'as_of', 'editorial_verdict', 'venue', 'editorial_verdict_on'];
  const good = ['req-1', 'Web Days', 'org-1', '2026-03-14T09:00:00+01:00', '2026-03-14T18:00:00+01:00', 'Paris', 3, '2026-01-20', '', 800, '', '2026-02-10', 'approved', '', '2026-01-15'];
  const withCell = (column: string, value: unknown) => {
    const row = [...good];
    row[header.indexOf(column)] = value as never;
    return errorOf(() => PARTNERSHIP_CHECK([header], [row]));
  };

  it('names the tracker column of a bad date once, though the request holds it twice (event and session)', () => {
    const error = withCell('start', '2026-13-40');
    expect(error.code).toBe('invalid_input');
    expect(paths(error)).toEqual(['start']);
    expect(error.message).toBe('Expected column `start` to be an ISO 8601 instant with an offset, such as `2026-03-14T09:00:00+01:00`, got `2026-13-40`');
  });

  it('names the column once for a value copied to every speaker', () => {
    const error = withCell('speakers_informed_on', 'yesterday');
    expect(paths(error)).toEqual(['speakers_informed_on']);
    expect(error.message).toMatch(/^Expected column `speakers_informed_on` to be .*, got `yesterday`$/);
  });

  it('names `releases_signed_on` for a bad release date, and `release_covers` for a bad use there', () => {
    const signed = (date: unknown, covers: unknown) => errorOf(() => PARTNERSHIP_CHECK([[...header, 'releases_signed_on', 'release_covers']], [[...good, date as never, covers as never]]));
    expect(paths(signed('2026-02-30', ''))).toEqual(['releases_signed_on']);
    expect(paths(signed('2026-02-01', 'tv'))).toEqual(['release_covers']);
  });

  it('names `uses` for a bad use, which blank `release_covers` copies', () => {
    const error = withCell('uses', 'tv');
    expect(paths(error)).toEqual(['uses']);
  });

  it('names each column the core read, never the request it built', () => {
    const cases: [string, unknown, string][] = [
      ['editorial_verdict', 'maybe', 'editorial_verdict'],
      ['editorial_verdict_on', 'last week', 'editorial_verdict_on'],
      ['editorial_verdict_on', '', 'editorial_verdict_on'], // an approved verdict needs its date: verdict_date_missing
      ['currency', 'EURO', 'currency'],
      ['breakeven', -5, 'breakeven'],
      ['as_of', 'nope', 'as_of'],
      ['organizer', ' ', 'organizer'],
      ['city', ' ', 'city'],
      ['end', '2026-03-13T09:00:00+01:00', 'end'],
    ];
    for (const [column, value, named] of cases) {
      const error = withCell(column, value);
      expect(new Set(paths(error)), column).toEqual(new Set([named]));
      expect(error.message, column).toContain(`column \`${named}\``);
      expect(error.message, column).not.toMatch(/`row[.[]|`asOf`|breakeven\.currency/);
    }
  });

  it('reports every issue at a tracker column or an argument', () => {
    for (const column of ['start', 'end', 'uses', 'currency', 'speakers_informed_on', 'editorial_verdict', 'editorial_verdict_on', 'as_of']) {
      for (const path of paths(withCell(column, 'x'))) expect([...TRACKER_COLUMNS, 'value_row', 'header_row', 'locale'], `${column}: ${path}`).toContain(path);
    }
  });

  it('leaves the messages the wrapper wrote itself as they were', () => {
    const error = withCell('speakers', 'many');
    expect(error.message).toBe('Expected column `speakers` to be a whole number from 0 to 10000, got `many`');
    expect(paths(error)).toEqual(['speakers']);
  });
});
