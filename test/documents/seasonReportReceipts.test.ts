import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seasonReportHtml } from '../../src/documents/index.js';
import type { Receipt } from '../../src/money/types.js';
import { thrown } from '../utils/thrown.js';
import { demoSeason, root } from './_season.js';

// The producer risk settled with the receipts given, per request, by the real `settle`.
const RECEIPTS = JSON.parse(readFileSync(join(root, 'examples/data/season-receipts.json'), 'utf8')) as Record<string, Receipt[]>;
const between = (html: string, from: string, to: string): string => html.slice(html.indexOf(from), html.indexOf(to, html.indexOf(from)));
const sponsor = (id: string, amount: string, currency = 'EUR'): Receipt => ({ id, stream: 'sponsorship', amount: { amount, currency }, receivedAt: '2026-03-01' });

describe('seasonReportHtml: receipts', () => {
  const { plan, requests, crews, bookings, reports } = demoSeason();
  const page = (receipts: unknown, locale: 'en' | 'fr' = 'en') => seasonReportHtml(plan, { requests, crews, bookings, reports, locale, receipts: receipts as never });
  const table = (html: string) => between(html, '<table class="money">', '</table>');

  it('settles each covered event with its receipts: 1800.00 of sponsorship in March recovers 1800.00 of the 3000.00 breakeven, 1200.00 uncovered; pay-per-view does not count toward it', () => {
    // By hand: Web 2.0 Days (March, breakeven 3000) gets 1500 + 300 of sponsorship and 450.50 of
    // pay-per-view (countsTowardBreakeven: false); E-learning Forum (April, breakeven 800) gets 500.
    const en = table(page(RECEIPTS));
    expect(en).toContain('<tr><th scope="row">2026-03</th><td class="num">€3,000.00</td><td class="num">€1,800.00</td><td class="num">€1,200.00</td></tr>');
    expect(en).toContain('<tr><th scope="row">2026-04</th><td class="num">€800.00</td><td class="num">€500.00</td><td class="num">€300.00</td></tr>');
    const fr = table(page(RECEIPTS, 'fr'));
    expect(fr).toContain('<tr><th scope="row">2026-03</th><td class="num">3\u202f000,00\u00a0€</td><td class="num">1\u202f800,00\u00a0€</td><td class="num">1\u202f200,00\u00a0€</td></tr>');
  });

  it('draws the recovered part of each month’s bar and says the receipts are counted', () => {
    const html = page({ 'req-webdays': [sponsor('s1', '1800.00')] });
    expect(between(html, '<g class="month" data-month="2026-03">', '</g>')).toContain('recovered €1,800.00 · uncovered €1,200.00');
    expect(html).toContain('what the receipts given recovered');
    expect(page({ 'req-webdays': [sponsor('s1', '1800.00')] }, 'fr')).toContain('ce que les recettes données ont couvert');
  });

  it('is the page without receipts, byte for byte, for no receipts or empty lists', () => {
    const bare = seasonReportHtml(plan, { requests, crews, bookings, reports, locale: 'en' });
    expect(page(undefined)).toBe(bare);
    expect(table(page({ 'req-webdays': [] }))).toBe(table(bare));
  });

  describe('errors', () => {
    it('names an unknown request id, with the closest one', () => {
      const error = thrown(() => page({ 'req-webdyas': [] }));
      expect(error.issues.map((i) => [i.code, i.path])).toEqual([['unknown_key', 'options.receipts["req-webdyas"]']]);
      expect(error.message).toContain('did you mean `req-webdays`?');
    });

    it('refuses the receipts of a request left out, of a client request and of one without a contract', () => {
      const noContract = { ...requests.find((r) => r.id === 'req-late-releases')!, contract: undefined };
      const season = demoSeason(requests.map((r) => (r.id === 'req-late-releases' ? noContract : r)) as never);
      const error = thrown(() =>
        seasonReportHtml(season.plan, { requests: season.requests, crews: season.crews, receipts: { 'req-dataconf': [], 'req-client': [], 'req-late-releases': [] } }),
      );
      expect(error.code).toBe('invalid_input');
      expect(error.issues.map((i) => [i.path, i.message])).toEqual([
        ['options.receipts["req-dataconf"]', 'Expected the receipts of a covered partnership request with a contract: `req-dataconf` is not covered by the plan'],
        ['options.receipts["req-client"]', 'Expected the receipts of a covered partnership request with a contract: `req-client` is not covered by the plan'],
        ['options.receipts["req-late-releases"]', 'Expected the receipts of a covered partnership request with a contract: `req-late-releases` has no contract (no breakeven fixed)'],
      ]);
    });

    it('refuses receipts that are not an object of lists', () => {
      expect(thrown(() => page([])).issues[0]!.path).toBe('options.receipts');
      expect(thrown(() => page({ 'req-webdays': 'x' })).issues[0]!.path).toBe('options.receipts["req-webdays"]');
    });

    it('names a receipt settle refuses at its path under the request', () => {
      const error = thrown(() => page({ 'req-webdays': [sponsor('s1', '10.00'), sponsor('s2', '5.00', 'USD')] }));
      expect(error.code).toBe('currency_mismatch');
      expect(error.issues[0]!.path).toBe('options.receipts["req-webdays"][1].amount.currency');
      expect(error.message).toContain('`options.receipts["req-webdays"][1].amount.currency`');
    });
  });
});
