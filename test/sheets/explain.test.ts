import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/models/ruleIds.js';
import { PARTNERSHIP_EXPLAIN, PARTNERSHIP_NEXT_DEADLINE, PARTNERSHIP_TRACKER_HEADERS, SHEET_FUNCTIONS, TRACKER_COLUMNS, TRACKER_COLUMNS_FR } from '../../src/sheets/index.js';
import { thrown, trackerRow } from './_tracker.js';

// The eligible row of _tracker.ts (event 2026-03-14 09:00 +01:00), without its speakers' dates:
// C6.1 is due 21 days before (2026-02-21 09:00), C6.2 7 days before (2026-03-07 09:00).
const [header, pending] = trackerRow({ speakers_informed_on: undefined, releases_signed_on: undefined });

describe('PARTNERSHIP_EXPLAIN', () => {
  it('gives one row per rule, in RULE_IDS order: id, name, status, due in event time, what to do', () => {
    const rows = PARTNERSHIP_EXPLAIN(header, pending, 'en', '2026-02-10');
    expect(rows.map((row) => row[0])).toEqual([...RULE_IDS]);
    expect(rows.every((row) => row.length === 5)).toBe(true);
    expect(rows[RULE_IDS.indexOf('C6.1')]).toEqual([
      'C6.1',
      'speakers-informed',
      'pending',
      '2026-02-21 09:00',
      'Tell speaker-1 (speaker-1), speaker-2 (speaker-2), speaker-3 (speaker-3) that the platform films them, by 21 February 2026, 09:00 event time (21 days before the event).',
    ]);
    expect(rows[RULE_IDS.indexOf('C6.2')]!.slice(0, 4)).toEqual(['C6.2', 'speaker-releases-signed', 'pending', '2026-03-07 09:00']);
    // Met: no remedy. Without sponsors, C2.2 and C2.3 do not apply.
    expect(rows[RULE_IDS.indexOf('C1')]).toEqual(['C1', 'sole-film-crew', 'met', '2026-02-21 09:00', '']);
    expect(rows[RULE_IDS.indexOf('C2.2')]).toEqual(['C2.2', 'sponsor-no-conflict', 'not_applicable', '', '']);
    expect(rows[RULE_IDS.indexOf('C2.5')]).toEqual(['C2.5', 'film-without-sponsor', 'met', '', '']);
  });

  it('says the remedies in French with locale fr; ids, names and statuses stay codes', () => {
    const rows = PARTNERSHIP_EXPLAIN(header, pending, 'fr', '2026-02-10');
    expect(rows[RULE_IDS.indexOf('C6.1')]).toEqual([
      'C6.1',
      'speakers-informed',
      'pending',
      '2026-02-21 09:00',
      "Prévenez speaker-1 (speaker-1), speaker-2 (speaker-2), speaker-3 (speaker-3) que la plateforme les filme, avant le 21 février 2026, 9 h 00, heure de l'événement (21 jours avant l'événement).",
    ]);
    expect(PARTNERSHIP_EXPLAIN(header, pending, 'FR', '2026-02-10')).toEqual(rows);
  });

  it('marks the rules client mode does not apply as not_applicable', () => {
    const [clientHeader, client] = trackerRow({ mode: 'client' });
    const statuses = PARTNERSHIP_EXPLAIN(clientHeader, client, 'en', '2026-02-10').map((row) => row[2]);
    expect(statuses[RULE_IDS.indexOf('C0')]).toBe('not_applicable');
    expect(statuses[RULE_IDS.indexOf('C6.2')]).toBe('met');
  });

  it('refuses a locale other than en or fr, and a row without as_of', () => {
    expect(thrown(() => PARTNERSHIP_EXPLAIN(header, pending, 'de', '2026-02-10')).message).toBe('Expected `locale` to be en or fr, got `de`');
    expect(thrown(() => PARTNERSHIP_EXPLAIN(header, pending)).code).toBe('as_of_missing');
  });
});

describe('PARTNERSHIP_NEXT_DEADLINE', () => {
  it('gives the earliest deadline still ahead: when, the rule, what to do', () => {
    expect(PARTNERSHIP_NEXT_DEADLINE(header, pending, '2026-02-10')).toEqual([
      ['2026-02-21 09:00', 'C6.1', 'Tell speaker-1 (speaker-1), speaker-2 (speaker-2), speaker-3 (speaker-3) that the platform films them, by 21 February 2026, 09:00 event time (21 days before the event).'],
    ]);
  });

  it('moves on once a deadline has passed (C6.1 missed on 2026-02-22: C6.2 is next)', () => {
    const [when, rule, remedy] = PARTNERSHIP_NEXT_DEADLINE(header, pending, '2026-02-22', 'fr')[0]!;
    expect([when, rule]).toEqual(['2026-03-07 09:00', 'C6.2']);
    expect(remedy).toMatch(/^Faites signer .*avant le 7 mars 2026, 9 h 00, heure de l'événement/);
  });

  it('is a blank row when nothing is due any more', () => {
    const [eligibleHeader, eligible] = trackerRow({ speaker_emails_provided: true, media_partner_credit: true, monetization: 'sponsor_search' });
    expect(PARTNERSHIP_NEXT_DEADLINE(eligibleHeader, eligible, '2026-02-10')).toEqual([['', '', '']]);
  });
});

describe('PARTNERSHIP_TRACKER_HEADERS', () => {
  it('gives every tracker column as one row, the row the tracker functions read', () => {
    expect(PARTNERSHIP_TRACKER_HEADERS()).toEqual([[...TRACKER_COLUMNS]]);
    expect(PARTNERSHIP_TRACKER_HEADERS('en')).toEqual([[...TRACKER_COLUMNS]]);
    expect(TRACKER_COLUMNS).toContain('timezone');
  });

  it('gives the French names with fr, in the same order', () => {
    const french = PARTNERSHIP_TRACKER_HEADERS('fr')[0]!;
    expect(french).toHaveLength(TRACKER_COLUMNS.length);
    expect(french.slice(0, 6)).toEqual(['id_demande', 'mode_couverture', 'id_evenement', 'titre', 'organisateur', 'debut']);
    expect(french[TRACKER_COLUMNS.indexOf('releases_signed_on')]).toBe('autorisations_signees_le');
    expect(french.every((name) => /^[a-z][a-z_]*$/.test(String(name)))).toBe(true);
  });

  it('names every column once across both languages: a French name is no other column\'s English name', () => {
    const owner = new Map<string, string>();
    for (const column of TRACKER_COLUMNS) {
      for (const name of [column, TRACKER_COLUMNS_FR[column]]) {
        expect(owner.get(name) ?? column, name).toBe(column);
        owner.set(name, column);
      }
    }
  });

  it('is read back by the tracker functions: a row under French headers is checked as under English ones', () => {
    const frenchHeader = [header[0]!.map((name) => TRACKER_COLUMNS_FR[name as keyof typeof TRACKER_COLUMNS_FR].toUpperCase())];
    expect(PARTNERSHIP_EXPLAIN(frenchHeader, pending, 'fr', '2026-02-10')).toEqual(PARTNERSHIP_EXPLAIN(header, pending, 'fr', '2026-02-10'));
  });

  it('refuses a column named twice, in either language', () => {
    const twice = [[...header[0]!, 'debut']];
    const error = thrown(() => PARTNERSHIP_EXPLAIN(twice, [[...pending[0]!, '2026-03-14T09:00:00+01:00']], 'fr', '2026-02-10'));
    expect(error.issues.map((issue) => issue.path)).toEqual(['header_row']);
    expect(error.message).toBe('Expected column `header_row` to be each column once, `start` (debut) named twice, got `debut`');
  });
});

describe('SHEET_FUNCTIONS', () => {
  it('sizes each result as the function returns it', () => {
    const size = (name: string) => SHEET_FUNCTIONS.find((fn) => fn.name === name)!.result;
    expect(size('PARTNERSHIP_EXPLAIN')).toEqual({ columns: 5, rows: PARTNERSHIP_EXPLAIN(header, pending, 'en', '2026-02-10').length });
    expect(size('PARTNERSHIP_NEXT_DEADLINE')).toEqual({ columns: 3, rows: 1 });
    expect(size('PARTNERSHIP_TRACKER_HEADERS')).toEqual({ columns: PARTNERSHIP_TRACKER_HEADERS()[0]!.length, rows: 1 });
    expect(size('PARTNERSHIP_SETTLE')).toEqual({ shapeOf: 'receipts_column' });
  });
});
