import { describe, expect, it } from 'vitest';
import { seasonReportHtml } from '../../src/documents/index.js';
import { formatMoney } from '../../src/documents/_format.js';
import { REPORT_WORDS } from '../../src/documents/_reportWords.js';
import { riskSvg, riskTable } from '../../src/documents/riskChart.js';
import type { CoverageRequestInput } from '../../src/models/coverageRequest.js';
import type { CrewInput } from '../../src/models/crew.js';
import { demoSeason, SIMULATION } from './_season.js';

/** The part of the page between two markers. */
const between = (html: string, from: string, to: string): string => html.slice(html.indexOf(from), html.indexOf(to, html.indexOf(from)));
/** The options of the page, from a season. */
const inputs = ({ requests, crews, bookings, reports }: ReturnType<typeof demoSeason>) => ({ requests, crews, bookings, reports });
const all = (text: string, pattern: RegExp): string[] => [...text.matchAll(pattern)].map((m) => m[1]!);

describe('seasonReportHtml: the Gantt chart', () => {
  const season = demoSeason();
  const html = seasonReportHtml(season.plan, { ...inputs(season), locale: 'en' });
  const gantt = between(html, '<svg class="gantt"', '</svg>');

  it('draws every crew as a row, in the order given', () => {
    expect(all(gantt, /<g class="row crew" data-crew="([^"]+)"/g)).toEqual(['crew-paris', 'crew-lyon']);
  });

  it('draws every assigned event as a bar in its crew’s row, coloured by its decision', () => {
    for (const assignment of season.plan.assignments) {
      const row = between(gantt, `data-crew="${assignment.crewId}"`, '</g><g class="row');
      expect(row).toContain(`<g class="bar" data-request="${assignment.requestId}" data-decision="${assignment.decision}">`);
    }
    expect(gantt).toContain('data-request="req-webdays" data-decision="eligible"><title>#2 Web 2.0 Days · 2026-03-14 09:00 – 2026-03-14 18:00 · eligible · Paris crew</title><rect x="206" y="39" width="18" height="19" rx="3" fill="#2e7d32"/>');
    expect(gantt).toContain('data-request="req-late-releases" data-decision="incomplete"');
  });

  it('draws the requests left out in a row of their own, hollow, and the booking of another event as held', () => {
    const left = between(gantt, '<g class="row left">', '</svg>');
    expect(all(left, /data-request="([^"]+)"/g).sort()).toEqual(season.plan.unassigned.map((u) => u.requestId).sort());
    expect(left).toContain('fill="#fff" stroke="#c62828"');
    expect(between(gantt, 'data-crew="crew-lyon"', '<g class="row left">')).toContain('<g class="held" data-event="evt-booked">');
  });

  it('has a legend with every colour the bars use', () => {
    for (const colour of ['#2e7d32', '#ef6c00', '#c62828']) expect(between(html, '<p class="legend">', '</p>')).toContain(`background:${colour}`);
  });
});

describe('seasonReportHtml: the requests left out', () => {
  const season = demoSeason();
  const html = seasonReportHtml(season.plan, { ...inputs(season), locale: 'en' });

  it('lists every unassigned request with its reason in words, in order of start', () => {
    const items = all(html, /(<li data-request="[^"]+" data-reason="[^"]+">.*?<\/li>)/g);
    expect(items.map((li) => /data-request="([^"]+)"/.exec(li)![1])).toEqual(['req-dataconf', 'req-client', 'req-tvcrew', 'req-workshops', 'req-free']);
    expect(items[1]).toContain('<strong>#3 Bank Annual Meeting</strong> <code>req-client</code>: outbid: covering it would cover fewer events, or as many with a lower preference (by #2 Web 2.0 Days)');
    expect(items[2]).toContain('ineligible: blocking rules unmet (C1 sole-film-crew: Make the platform the only film crew at the event (present now: TV7 news crew), or buy the filming as a paid service.)');
  });

  it('names the rules without their remedies when no report is given', () => {
    const bare = seasonReportHtml(season.plan, { requests: season.requests, crews: season.crews });
    expect(bare).toContain('ineligible: blocking rules unmet (C0 symbolic-promotion)');
    expect(bare).toContain('<td>no report given</td>');
  });
});

describe('seasonReportHtml: the producer risk', () => {
  const season = demoSeason();
  const html = seasonReportHtml(season.plan, { ...inputs(season), locale: 'en', simulation: SIMULATION });
  const table = between(html, '<table class="money">', '</table>');

  it('puts each covered partnership event’s breakeven in the month it starts: 3000.00 in March (Web 2.0 Days), 800.00 in April (E-learning Forum)', () => {
    expect(table).toContain('<tr><th scope="row">2026-03</th><td class="num">€3,000.00</td><td class="num">€0.00</td><td class="num">€3,000.00</td>');
    expect(table).toContain('<tr><th scope="row">2026-04</th><td class="num">€800.00</td><td class="num">€0.00</td><td class="num">€800.00</td>');
  });

  it('sums, over the months, to the plan’s own money view', () => {
    const committed = all(table, /<th scope="row">\d{4}-\d{2}<\/th><td class="num">€([\d,.]+)</g).reduce((sum, text) => sum + BigInt(text.replace(/[,.]/g, '')), 0n);
    expect(committed).toBe(BigInt(season.plan.money.byCurrency[0]!.breakevenCommitted.amount.replace('.', '')));
  });

  it('draws the simulated band of every month given, with its median and mean', () => {
    expect(all(html, /<g class="band" data-month="([^"]+)"/g)).toEqual(['2026-03', '2026-04']);
    expect(table).toContain('<td class="num">€2,400.00</td><td class="num">€2,150.50</td><td class="num">€600.00 – €3,000.00</td>');
  });

  it('draws no band without a simulation', () => {
    expect(seasonReportHtml(season.plan, { ...inputs(season), locale: 'en' })).not.toContain('class="band"');
  });

  it('formats money exactly, every digit kept', () => {
    expect(formatMoney('12345678901234567.15', 'EUR', 'en')).toBe('€12,345,678,901,234,567.15');
    expect(formatMoney('3100.505', 'EUR', 'en')).toBe('€3,100.505');
    expect(formatMoney('1200', 'JPY', 'en')).toBe('¥1,200');
    expect(formatMoney('0.123456789012345678901234', 'EUR', 'fr')).toBe('0,123456789012345678901234\u00A0€');
  });

  it("shows every amount at its currency's minor units, not Intl's own digits (HUF: 2)", () => {
    const huf = (amount: string) => ({ amount, currency: 'HUF' });
    const money = { currency: 'HUF', months: [{ month: '2026-03', committed: huf('1234.50'), recovered: huf('0.00'), uncovered: huf('800.00') }], simulation: undefined };
    const table = riskTable(money, 'en', REPORT_WORDS.en);
    // `Intl` puts a no-break space (U+00A0) between the code and the number.
    expect(table).toContain('<td class="num">HUF\u00A01,234.50</td><td class="num">HUF\u00A00.00</td><td class="num">HUF\u00A0800.00</td>');
    expect(riskSvg(money, 'fr', REPORT_WORDS.fr)).toContain('1\u202F234,50\u00A0HUF');
  });
});

describe('seasonReportHtml: each event’s status', () => {
  const season = demoSeason();
  const html = seasonReportHtml(season.plan, { ...inputs(season), locale: 'en' });
  const rows = all(between(html, '<table class="status">', '</table>'), /(<tr data-request=.*?<\/tr>)/g);

  it('has one row per request, in order of start, with its next deadline', () => {
    expect(rows.map((r) => /data-request="([^"]+)"/.exec(r)![1])).toEqual(['req-dataconf', 'req-webdays', 'req-client', 'req-tvcrew', 'req-workshops', 'req-free', 'req-late-releases']);
    // C5.b: lighting advice asked 14 days before 2026-03-14 08:30 (+01:00).
    expect(rows[0]).toContain('<td>2026-02-28 08:30 · C5.b · Ask the platform');
    // C6.2: releases signed 7 days before 2026-04-09 09:00 (+02:00).
    expect(rows[6]).toContain('<td>Lyon crew</td><td>2026-04-02 09:00 · C6.2 · Have Ana (spk-1)');
    expect(rows[1]).toContain('<td>Paris crew</td><td>nothing due</td>');
  });
});

describe('seasonReportHtml: the caller’s text', () => {
  it('escapes every name, id and title it shows', () => {
    const hostile = `<script>alert("x")</script> & 'q'`;
    const season = demoSeason();
    const requests = season.requests.map((r) => (r.id === 'req-webdays' ? { ...r, event: { ...r.event, title: hostile } } : r)) as CoverageRequestInput[];
    const crews = season.crews.map((c) => (c.id === 'crew-paris' ? { ...c, name: `</text><script>x</script>` } : c)) as CrewInput[];
    const { plan, reports } = demoSeason(requests, crews);
    const html = seasonReportHtml(plan, { requests, crews, reports, locale: 'en' });
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    expect(html).toContain('<text x="8" y="54" class="label">&lt;/text&gt;&lt;script&gt;x&lt;/script&gt;</text>');
  });
});
