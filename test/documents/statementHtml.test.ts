import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statementForPeriod, statementHtml } from '../../src/documents/index.js';
import { money } from '../../src/money/money.js';
import { settle } from '../../src/money/settle.js';
import { codeOf, pathsOf } from '../money/arbitraries.js';
import { webDays } from './demo.js';
import { malformedPeriods, marchJson } from './_period.js';
import { thrown } from '../utils/thrown.js';

const march = () => statementForPeriod(webDays().statement, { from: '2026-03', to: '2026-03' });
const golden = (locale: string) => new URL(`golden/statement-2026-03.${locale}.html`, import.meta.url);
/** `UPDATE_GOLDEN=1 npx vitest run test/documents/statementHtml.test.ts` writes the golden files again (review the diff). */
const update = process.env.UPDATE_GOLDEN === '1';

describe('statementHtml', () => {
  it.each(['en', 'fr'] as const)("writes the demo's March in %s, byte for byte as the golden file", (locale) => {
    const html = statementHtml(march(), { locale, title: 'Web Days SAS · ctr-1' });
    if (update) writeFileSync(golden(locale), html);
    expect(html).toBe(readFileSync(golden(locale), 'utf8'));
  });

  it('writes French amounts as Intl does: U+202F between thousands, U+00A0 before € and %', () => {
    const html = statementHtml(march(), { locale: 'fr' });
    expect(html).toContain('<strong>785,15\u00A0€</strong>');
    expect(html).toContain('<td class="n">1\u202F500,00\u00A0€</td>');
    expect(html).toContain('<td class="n">3\u202F250,50\u00A0€</td>');
    expect(html).toContain('Période\u00A0: 1 mars 2026 – 31 mars 2026');
    expect(html).toContain('part de l&#39;organisateur 30\u00A0%');
  });

  it('writes a share exactly, share × 100, never rounded', () => {
    const statement = webDays().statement;
    const at = (share: string) => ({ ...statement, streams: { ...statement.streams, pay_per_view: { ...statement.streams.pay_per_view!, organizerShare: share } } });
    const html = (share: string, locale: 'en' | 'fr') => statementHtml(statementForPeriod(at(share), { from: '2026-03', to: '2026-03' }), { locale });
    expect(html('0.3333333', 'en')).toContain('organizer share 33.33333%');
    expect(html('0.3333333', 'fr')).toContain('part de l&#39;organisateur 33,33333\u00A0%');
    expect(html('0.123456789012345678901234567', 'en')).toContain('12.3456789012345678901234567%');
    expect(html('1', 'en')).toContain('100%');
    expect(html('0.05', 'fr')).toContain('5\u00A0%');
  });

  it('writes a share read back from JSON in its canonical form, as amounts are: `-0` is 0% (review)', () => {
    const period = marchJson();
    period.streams.sponsorship.organizerShare = '-0';
    const html = statementHtml(period);
    expect(html).toContain('organizer share 0%');
    expect(html).not.toContain('-0%');
  });

  it('writes English amounts and dates as Intl does', () => {
    const html = statementHtml(march());
    expect(html).toContain('<strong>€785.15</strong>');
    expect(html).toContain('<td class="n">€3,250.50</td>');
    expect(html).toContain('Period: March 1, 2026 – March 31, 2026');
    expect(html).toContain('<html lang="en">');
  });

  it('keeps a claw-back negative and an amount far beyond 2^53 exact', () => {
    const eur = (amount: string) => money(amount, 'EUR');
    const statement = settle({ breakeven: eur('0') }, [
      { id: 'big', stream: 'sponsorship', amount: eur('123456789012345678901.23'), receivedAt: '2026-02-01' },
      { id: 'refund', stream: 'sponsorship', amount: eur('-300.00'), receivedAt: '2026-03-01' },
    ]);
    const html = statementHtml(statementForPeriod(statement, { from: '2026-03', to: '2026-03' }), { locale: 'fr' });
    expect(html).toContain('<strong>-150,00\u00A0€</strong>');
    expect(html).toContain('123\u202F456\u202F789\u202F012\u202F345\u202F678\u202F901,23\u00A0€');
  });

  it('escapes caller text: the title and the receipt ids', () => {
    const eur = (amount: string) => money(amount, 'EUR');
    const statement = settle({ breakeven: eur('0') }, [{ id: '<img src=x onerror=alert(1)>&"\'', stream: 'sponsorship', amount: eur('10'), receivedAt: '2026-03-01' }]);
    const html = statementHtml(statementForPeriod(statement, { from: '2026-03', to: '2026-03' }), { title: '</title><script>alert(1)</script>' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;&#38;&#34;&#39;');
    expect(html).toContain('&#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('is self-contained: no URL, script, link or import', () => {
    const html = statementHtml(march(), { locale: 'fr' });
    expect(html).not.toMatch(/https?:|<script|<link|@import|url\(/);
    expect(html).toContain('@media print');
  });

  it('says when the period has no receipt', () => {
    const html = statementHtml(statementForPeriod(webDays().statement, { from: '2026-05', to: '2026-05' }), { locale: 'fr' });
    expect(html).toContain('<p>Aucune recette sur cette période.</p>');
  });

  it('refuses unknown options, a bad locale or title, naming the field', () => {
    expect(pathsOf(() => statementHtml(march(), { lang: 'fr' } as never))).toEqual(['options.lang']);
    expect(codeOf(() => statementHtml(march(), { locale: 'FR' } as never))).toBe('invalid_locale');
    expect(pathsOf(() => statementHtml(march(), { title: 5 } as never))).toEqual(['options.title']);
  });

  it('writes a period read back from JSON as the period itself', () => {
    expect(statementHtml(marchJson(), { locale: 'fr' })).toBe(statementHtml(march(), { locale: 'fr' }));
  });

  it.each(malformedPeriods())('refuses a period statement with %s: statement_malformed at its path, never a TypeError', (_what, period, path) => {
    const error = thrown(() => statementHtml(period as never, { locale: 'fr' }));
    expect([error.code, error.issues.map((issue) => issue.path)]).toEqual(['statement_malformed', [path]]);
  });
});
