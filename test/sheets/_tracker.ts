import type { CellValue, TypedNumber } from '../../src/sheets/index.js';

/** A tracker row that is eligible as of 2026-02-10, its columns by name (the event: 2026-03-14, 09:00 to 18:00, Paris). */
export const ELIGIBLE: Readonly<Record<string, CellValue>> = {
  request_id: 'req-1',
  title: 'Web Days',
  organizer: 'org-1',
  start: '2026-03-14T09:00:00+01:00',
  end: '2026-03-14T18:00:00+01:00',
  city: 'Paris',
  venue_scouted_on: '2026-02-03',
  light_usable: true,
  organizer_manages_sound: true,
  audio_feed: 'XLR',
  speakers: 3,
  speakers_informed_on: '2026-01-20',
  releases_signed_on: '2026-02-01',
  profiles_completed_on: '2026-01-25',
  editorial_verdict: 'approved',
  crew_available: true,
  promotion_links: 2,
  contract_signed_platform_on: '2026-02-05',
  contract_signed_organizer_on: '2026-02-06',
  breakeven: 800,
  post_event_mailing: true,
  audio_confirmed_on: '2026-02-04',
  editorial_verdict_on: '2026-01-15',
  cameras: 2,
  lighting_advice_asked: true,
  staging_advice_asked: true,
  online_conversation: true,
};

/** The header row and the value row of a tracker row: `ELIGIBLE` with some columns changed (`undefined` drops one). */
export function trackerRow(changes: Readonly<Record<string, CellValue>> = {}): [CellValue[][], CellValue[][]] {
  const row = { ...ELIGIBLE, ...changes };
  const names = Object.keys(row).filter((name) => row[name] !== undefined);
  return [[names], [names.map((name) => row[name])]];
}

/** A number typed by its engine, as HyperFormula passes a `DateNumber`, `PercentNumber`, … */
export function typed(type: 'NUMBER_RAW' | 'NUMBER_DATE' | 'NUMBER_DATETIME' | 'NUMBER_TIME' | 'NUMBER_PERCENT' | 'NUMBER_CURRENCY', val: number, format?: string): TypedNumber {
  return { val, format, getDetailedType: () => type };
}

/** The error a call throws. */
export function thrown(call: () => unknown): { code: string; message: string; issues: readonly { path: string }[] } {
  try {
    call();
  } catch (error) {
    return error as never;
  }
  throw new Error('expected the call to throw');
}
