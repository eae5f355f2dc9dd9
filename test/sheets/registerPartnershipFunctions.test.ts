import * as hyperformula from 'hyperformula';
import HyperFormulaDefault, { HyperFormula, type DetailedCellError } from 'hyperformula';
import { enUS, frFR } from 'hyperformula/i18n/languages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTNERSHIP_FUNCTION_TRANSLATIONS, SHEET_FUNCTION_NAMES_FR, registerPartnershipFunctions } from '../../src/hyperformula/index.js';
import { SHEET_FUNCTIONS, TRACKER_COLUMNS, PARTNERSHIP_CHECK, PARTNERSHIP_EXPLAIN, PARTNERSHIP_NEXT_DEADLINE } from '../../src/sheets/index.js';
import { RULE_IDS } from '../../src/models/ruleIds.js';
import { ELIGIBLE, thrown } from './_tracker.js';

// The shipped plugin (webcast-partnership/hyperformula) in a real HyperFormula, in English and in
// French: each function under both its names, on sheets of real DATE(), percentage and currency cells.
let plugin: unknown;
beforeAll(() => {
  // English first, French registered afterwards: calling again adds the French names (HyperFormula
  // adds a plugin's names to the languages registered at the time).
  plugin = registerPartnershipFunctions(hyperformula);
  for (const [code, language] of [['enUS', enUS], ['frFR', frFR]] as const) {
    if (!HyperFormula.getRegisteredLanguagesCodes().includes(code)) HyperFormula.registerLanguage(code, language);
  }
  expect(HyperFormula.getRegisteredFunctionNames('frFR')).not.toContain('PARTENARIAT_PARTAGE');
  expect(registerPartnershipFunctions(hyperformula)).toBe(plugin);
});
afterAll(() => HyperFormula.unregisterFunctionPlugin(plugin as never));

const LANGUAGES = [
  { language: 'enGB', name: (fn: string) => fn },
  { language: 'enUS', name: (fn: string) => fn },
  { language: 'frFR', name: (fn: string) => SHEET_FUNCTION_NAMES_FR[fn as keyof typeof SHEET_FUNCTION_NAMES_FR] },
] as const;

function sheet(rows: unknown[][], language: string) {
  const hf = HyperFormula.buildFromArray(rows as never, { licenseKey: 'gpl-v3', language });
  return { hf, at: (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col }) };
}

/** The tracker row `ELIGIBLE` as a sheet holds it: dates from DATE(), times from TIME(), the breakeven a currency cell, the share a percentage. */
const typedCells: Record<string, unknown> = Object.fromEntries(
  Object.entries(ELIGIBLE).map(([column, value]) => {
    const date = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    return [column, date ? `=DATE(${Number(date[1])},${Number(date[2])},${Number(date[3])})` : value];
  }),
);
Object.assign(typedCells, {
  start: '=DATE(2026,3,14)+TIME(9,0,0)',
  end: '=DATE(2026,3,14)+TIME(18,0,0)',
  timezone: 'Europe/Paris',
  breakeven: '$800',
  organizer_share: '50%',
  releases_signed_on: null,
});
/** The same row in text, as the ESM entry is called with it. */
const textCells: Record<string, unknown> = { ...ELIGIBLE, timezone: 'Europe/Paris', organizer_share: '0.5', releases_signed_on: null };
const columns = TRACKER_COLUMNS.filter((column) => column in typedCells);
/** A column's letters: 0 is A, 26 is AA. */
const letters = (index: number): string => (index >= 26 ? letters(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));
const last = letters(columns.length - 1);

describe('registerPartnershipFunctions', () => {
  it('gives every function its English name in enGB and enUS and its French name in frFR, one French name each', () => {
    for (const fn of SHEET_FUNCTIONS) {
      expect(HyperFormula.getRegisteredFunctionNames('enGB'), fn.name).toContain(fn.name);
      expect(HyperFormula.getRegisteredFunctionNames('enUS'), fn.name).toContain(fn.name);
      expect(HyperFormula.getRegisteredFunctionNames('frFR'), fn.name).toContain(SHEET_FUNCTION_NAMES_FR[fn.name]);
    }
    expect(new Set(Object.values(SHEET_FUNCTION_NAMES_FR)).size).toBe(SHEET_FUNCTIONS.length);
    expect(PARTNERSHIP_FUNCTION_TRANSLATIONS.frFR).toEqual({
      PARTNERSHIP_SPLIT: 'PARTENARIAT_PARTAGE',
      PARTNERSHIP_SETTLE: 'PARTENARIAT_REGLER',
      PARTNERSHIP_ALLOCATE: 'PARTENARIAT_REPARTIR',
      PARTNERSHIP_CHECK: 'PARTENARIAT_VERIFIER',
      PARTNERSHIP_EXPLAIN: 'PARTENARIAT_EXPLIQUER',
      PARTNERSHIP_NEXT_DEADLINE: 'PARTENARIAT_PROCHAINE_ECHEANCE',
      PARTNERSHIP_TRACKER_HEADERS: 'PARTENARIAT_ENTETES_SUIVI',
    });
  });

  it("takes hyperformula's default export as well as its module, and registers once", () => {
    expect(registerPartnershipFunctions(HyperFormulaDefault)).toBe(plugin);
    expect(HyperFormula.getFunctionPlugin('PARTNERSHIP_SPLIT')).toBe(plugin);
  });

  it('lets a French engine read the English names too, and write formulas back in French', () => {
    const hf = HyperFormula.buildFromArray([[5000, 3000, '=PARTNERSHIP_SPLIT(A1, B1)']], { licenseKey: 'gpl-v3', language: 'frFR' });
    expect(hf.getSheetValues(0)[0]).toEqual([5000, 3000, 4000, 1000]);
    expect(hf.getCellFormula({ sheet: 0, row: 0, col: 2 })).toBe('=PARTENARIAT_PARTAGE(A1, B1)');
  });

  it('refuses the bare HyperFormula class, which lacks the classes a plugin is built from', () => {
    const error = thrown(() => registerPartnershipFunctions(HyperFormula as never));
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toContain('`FunctionPlugin`');
  });
});

describe.each(LANGUAGES)('the functions in a $language sheet', ({ language, name }) => {
  it('splits a payment given as a currency cell, with a percentage share', () => {
    const { at } = sheet([[5000, '$3000', '50%', `=${name('PARTNERSHIP_SPLIT')}(A1, B1, C1)`]], language);
    expect([at(0, 3), at(0, 4)]).toEqual([4000, 1000]);
  });

  it('settles a column of currency cells by the cumulative rule', () => {
    const { at } = sheet([['$2000', `=${name('PARTNERSHIP_SETTLE')}(A1:A3, 3000, 50%)`], ['$3000.01'], [0.01]], language);
    expect([at(0, 1), at(1, 1), at(2, 1)]).toEqual([0, 1000, 0.01]);
  });

  it('allocates an amount over percentage weights', () => {
    const { at } = sheet([[100, '50%', '25%', '25%'], [`=${name('PARTNERSHIP_ALLOCATE')}(A1, B1:D1)`]], language);
    expect([at(1, 0), at(1, 1), at(1, 2)]).toEqual([50, 25, 25]);
  });

  it('pastes the header row, in English or French', () => {
    const { at } = sheet([[`=${name('PARTNERSHIP_TRACKER_HEADERS')}()`], [`=${name('PARTNERSHIP_TRACKER_HEADERS')}("fr")`]], language);
    expect(TRACKER_COLUMNS.map((_, column) => at(0, column))).toEqual([...TRACKER_COLUMNS]);
    expect(at(1, 0)).toBe('id_demande');
  });

  describe('on a tracker row of DATE(), currency and percentage cells', () => {
    const args = `A1:${last}1, A2:${last}2`;
    const build = () =>
      sheet(
        [
          columns,
          columns.map((column) => typedCells[column]),
          [`=${name('PARTNERSHIP_CHECK')}(${args}, "en", DATE(2026,2,10))`],
          [`=${name('PARTNERSHIP_NEXT_DEADLINE')}(${args}, DATE(2026,2,10), "fr")`],
          [`=${name('PARTNERSHIP_CHECK')}(${args})`],
          [`=${name('PARTNERSHIP_EXPLAIN')}(${args}, "fr", DATE(2026,2,10))`],
        ],
        language,
      );
    const header = [columns];
    const values = [columns.map((column) => textCells[column] as never)];
    const row = (at: (row: number, col: number) => unknown, r: number, width: number) => Array.from({ length: width }, (_, c) => at(r, c));

    it('checks the row as the ESM entry does on the same row in text', () => {
      const { at } = build();
      // C6.2 is pending (releases not signed yet, due 2026-03-07): incomplete, nothing unmet.
      expect(row(at, 2, 3)).toEqual(['incomplete', '', 0.4]);
      expect(row(at, 2, 3)).toEqual(PARTNERSHIP_CHECK(header, values, 'en', '2026-02-10')[0]);
    });

    it('gives the next deadline in event time, as the ESM entry does', () => {
      const { at } = build();
      expect(row(at, 3, 2)).toEqual(['2026-03-07 09:00', 'C6.2']);
      expect(row(at, 3, 3)).toEqual(PARTNERSHIP_NEXT_DEADLINE(header, values, '2026-02-10', 'fr')[0]);
      expect(at(3, 2)).toMatch(/^Faites signer /);
    });

    it('explains every rule, one row each, as the ESM entry does', () => {
      const { at } = build();
      const explained = RULE_IDS.map((_, i) => row(at, 5 + i, 5));
      expect(explained.map((cells) => cells[0])).toEqual([...RULE_IDS]);
      expect(explained[RULE_IDS.indexOf('C6.2')]!.slice(0, 4)).toEqual(['C6.2', 'speaker-releases-signed', 'pending', '2026-03-07 09:00']);
      expect(explained).toEqual(PARTNERSHIP_EXPLAIN(header, values, 'fr', '2026-02-10'));
    });

    it("shows a missing as_of as the host's #VALUE! error carrying the library's message", () => {
      const error = build().at(4, 0) as DetailedCellError;
      expect(error.type).toBe('VALUE');
      expect(error.message).toBe(
        'Expected `as_of`, the date to check the row as of, got nothing: give `=TODAY()` as the argument, or fill in the `as_of` column (the functions never read the clock)',
      );
    });
  });

  it("shows a bad amount as the host's #VALUE! error carrying the library's message", () => {
    const error = sheet([[`=${name('PARTNERSHIP_SPLIT')}(0.001, 3000)`]], language).at(0, 0) as DetailedCellError;
    expect(error.type).toBe('VALUE');
    expect(error.value).toBe(language === 'frFR' ? '#VALEUR!' : '#VALUE!');
    expect(error.message).toBe('Expected `received` to be an amount with at most 2 decimals in EUR, got `0.001`');
  });
});
