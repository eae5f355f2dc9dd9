// The producer risk by month, written by hand in SVG: per month a bar of the breakeven committed,
// split into what is recovered and what is uncovered, and the simulated band of the uncovered when
// a simulation is given; then the same numbers, exact, in a table. @internal
import type { Locale } from '../rules/types.js';
import { formatMoney } from './_format.js';
import { escapeHtml, px } from './_html.js';
import type { CurrencyMoney } from './_reportData.js';
import type { ReportWords } from './_reportWords.js';

const WIDTH = 960;
const HEIGHT = 300;
const LEFT = 96;
const RIGHT = 16;
const TOP = 16;
const BOTTOM = 34;

/** The chart's colours, shared with the legend. @internal */
export const RISK_COLOURS = Object.freeze({ recovered: '#43a047', uncovered: '#e53935', committed: '#263238', band: '#1e88e5' });

/** A round step for about five ticks up to `max`. */
function tickStep(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return Math.max(1, step);
}

/** The chart of one currency, as an inline SVG element. @internal */
export function riskSvg(money: CurrencyMoney, locale: Locale, words: ReportWords): string {
  const { currency, months, simulation } = money;
  const band = new Map((simulation?.byMonth ?? []).map((m) => [m.month, m.uncovered]));
  const values = months.flatMap((m) => {
    const sim = band.get(m.month);
    return [Number(m.committed.amount), ...(sim === undefined ? [] : [Number(sim.p95), Number(sim.mean)])];
  });
  const step = tickStep(Math.max(1, ...values));
  const top = Math.ceil(Math.max(1, ...values) / step) * step;
  const plot = HEIGHT - TOP - BOTTOM;
  const yOf = (value: number): number => TOP + plot - (Math.max(0, value) / top) * plot;
  const group = (WIDTH - LEFT - RIGHT) / Math.max(1, months.length);
  const barWidth = Math.min(56, group * 0.36);
  const axis = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });

  const out: string[] = [];
  for (let tick = 0; tick <= top; tick += step) {
    out.push(`<line x1="${LEFT}" y1="${px(yOf(tick))}" x2="${WIDTH - RIGHT}" y2="${px(yOf(tick))}" stroke="${tick === 0 ? '#90a4ae' : '#e0e4e8'}"/>`);
    out.push(`<text x="${LEFT - 6}" y="${px(yOf(tick) + 4)}" text-anchor="end" class="tick">${escapeHtml(axis.format(tick))}</text>`);
  }
  months.forEach((m, i) => {
    const centre = LEFT + group * (i + 0.5);
    const sim = band.get(m.month);
    const barX = sim === undefined ? centre - barWidth / 2 : centre - barWidth - 3;
    const recovered = Number(m.recovered.amount);
    const committed = Number(m.committed.amount);
    const [y, mo] = m.month.split('-').map(Number) as [number, number];
    const tip = `${m.month} · ${words.committed} ${formatMoney(m.committed.amount, currency, locale)} · ${words.recovered} ${formatMoney(m.recovered.amount, currency, locale)} · ${words.uncovered} ${formatMoney(m.uncovered.amount, currency, locale)}`;
    out.push(`<g class="month" data-month="${m.month}"><title>${escapeHtml(tip)}</title>`);
    out.push(`<rect class="recovered" x="${px(barX)}" y="${px(yOf(recovered))}" width="${px(barWidth)}" height="${px(yOf(0) - yOf(recovered))}" fill="${RISK_COLOURS.recovered}"/>`);
    out.push(`<rect class="uncovered" x="${px(barX)}" y="${px(yOf(committed))}" width="${px(barWidth)}" height="${px(yOf(recovered) - yOf(committed))}" fill="${RISK_COLOURS.uncovered}"/>`);
    out.push(`<rect class="committed" x="${px(barX)}" y="${px(yOf(committed))}" width="${px(barWidth)}" height="${px(yOf(0) - yOf(committed))}" fill="none" stroke="${RISK_COLOURS.committed}" stroke-width="1.5"/>`);
    out.push('</g>');
    if (sim !== undefined) {
      const x = centre + 3;
      out.push(`<g class="band" data-month="${m.month}"><title>${escapeHtml(`${m.month} · ${words.band}${words.colon}${formatMoney(sim.p5, currency, locale)} – ${formatMoney(sim.p95, currency, locale)} · ${words.median} ${formatMoney(sim.median, currency, locale)} · ${words.mean} ${formatMoney(sim.mean, currency, locale)}`)}</title>`);
      out.push(`<rect x="${px(x)}" y="${px(yOf(Number(sim.p95)))}" width="${px(barWidth)}" height="${px(Math.max(1, yOf(Number(sim.p5)) - yOf(Number(sim.p95))))}" fill="${RISK_COLOURS.band}" fill-opacity="0.25" stroke="${RISK_COLOURS.band}"/>`);
      out.push(`<line x1="${px(x)}" y1="${px(yOf(Number(sim.median)))}" x2="${px(x + barWidth)}" y2="${px(yOf(Number(sim.median)))}" stroke="${RISK_COLOURS.band}" stroke-width="2.5"/>`);
      out.push(`<circle cx="${px(x + barWidth / 2)}" cy="${px(yOf(Number(sim.mean)))}" r="3.5" fill="#fff" stroke="${RISK_COLOURS.band}" stroke-width="2"/>`);
      out.push('</g>');
    }
    out.push(`<text x="${px(centre)}" y="${HEIGHT - BOTTOM + 18}" text-anchor="middle" class="tick">${escapeHtml(monthName.format(Date.UTC(y, mo - 1, 1)))}</text>`);
  });
  return (
    `<svg class="risk" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(`${words.riskHeading} (${currency})`)}">` +
    out.join('') +
    `</svg>`
  );
}

/** The same numbers as the chart, exact, as an HTML table. @internal */
export function riskTable(money: CurrencyMoney, locale: Locale, words: ReportWords): string {
  const { currency, months, simulation } = money;
  const band = new Map((simulation?.byMonth ?? []).map((m) => [m.month, m.uncovered]));
  const f = (amount: string): string => escapeHtml(formatMoney(amount, currency, locale));
  const head = [words.month, words.committed, words.recovered, words.uncovered, ...(simulation ? [words.median, words.mean, words.band] : [])];
  const rows = months.map((m) => {
    const sim = band.get(m.month);
    const cells = [f(m.committed.amount), f(m.recovered.amount), f(m.uncovered.amount)];
    if (simulation) cells.push(...(sim === undefined ? ['—', '—', '—'] : [f(sim.median), f(sim.mean), `${f(sim.p5)} – ${f(sim.p95)}`]));
    return `<tr><th scope="row">${m.month}</th>${cells.map((c) => `<td class="num">${c}</td>`).join('')}</tr>`;
  });
  return `<table class="money"><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
