// The crew plan as a Gantt chart, written by hand in SVG: one row per crew (then one for the
// requests not covered), one bar per event on a time axis in UTC days, coloured by decision. @internal
import type { Locale } from '../rules/types.js';
import { DAY_MS } from '../_lib/instant.js';
import { decisionColour, escapeHtml, localMinute, px } from './_html.js';
import type { ReportData, ReportEvent } from './_reportData.js';
import type { ReportWords } from './_reportWords.js';

const WIDTH = 960;
const LABEL = 170;
const RIGHT = 16;
const TOP = 34;
const LANE = 25;
const BAR = 19;
const PAD = 5;
const BOTTOM = 22;
// A bar is at least wide enough for its number: a few hours are a few pixels on a season's axis.
const MIN_BAR = 18;
const GAP = 2;
const STEPS = [1, 2, 7, 14, 28, 56, 91, 182, 364];

/** One bar to draw, in a row. */
interface Bar {
  readonly startMs: number;
  readonly endMs: number;
  readonly svg: (x: number, y: number, w: number) => string;
}

/** A bar placed on the axis: where it starts and how wide it is, in pixels. */
interface Placed {
  readonly bar: Bar;
  readonly x: number;
  readonly w: number;
}

/** Puts bars in lanes so none overlaps another on the page: the first lane free at its left edge, bars in order of start. */
function lanes(placed: readonly Placed[]): Placed[][] {
  const out: { end: number; bars: Placed[] }[] = [];
  for (const item of [...placed].sort((a, b) => a.x - b.x)) {
    const lane = out.find((l) => l.end + GAP <= item.x);
    if (lane) {
      lane.bars.push(item);
      lane.end = item.x + item.w;
    } else out.push({ end: item.x + item.w, bars: [item] });
  }
  return out.length === 0 ? [[]] : out.map((l) => l.bars);
}

function eventBar(event: ReportEvent, words: ReportWords, crewName: string | undefined, hollow: boolean): Bar {
  const { request, n } = event;
  const colour = decisionColour(event.decision);
  const decision = event.decision === undefined ? words.noReport : words.decision[event.decision];
  const tip = [`#${n} ${request.event.title}`, `${localMinute(request.event.start)} – ${localMinute(request.event.end)}`, decision, ...(crewName === undefined ? [] : [crewName]), ...(event.booked ? [words.booked] : [])].join(' · ');
  return {
    startMs: event.startMs,
    endMs: event.endMs,
    svg: (x, y, w) => {
      const style = hollow ? `fill="#fff" stroke="${colour}" stroke-width="2"` : `fill="${colour}"${event.booked ? ' stroke="#212121" stroke-width="1.5" stroke-dasharray="3 2"' : ''}`;
      return (
        `<g class="bar" data-request="${escapeHtml(request.id)}" data-decision="${event.decision ?? 'unknown'}"><title>${escapeHtml(tip)}</title>` +
        `<rect x="${px(x)}" y="${px(y)}" width="${px(w)}" height="${BAR}" rx="3" ${style}/>` +
        `<text x="${px(x + w / 2)}" y="${px(y + BAR - 6)}" text-anchor="middle" class="n"${hollow ? ` fill="${colour}"` : ' fill="#fff"'}>${n}</text></g>`
      );
    },
  };
}

/** The Gantt chart of the plan, as an inline SVG element. @internal */
export function ganttSvg(data: ReportData, asOf: string, locale: Locale, words: ReportWords): string {
  const asOfMs = Date.parse(asOf);
  const spans = [...data.events.map((e) => [e.startMs, e.endMs]), ...data.held.map((b) => [b.startMs, b.endMs])];
  // Reduced, not `Math.min(...list)`: a spread of a long season would overflow the call stack.
  const first = spans.length === 0 ? asOfMs : spans.reduce((min, s) => Math.min(min, s[0]!), Infinity);
  const last = spans.length === 0 ? asOfMs : spans.reduce((max, s) => Math.max(max, s[1]!), -Infinity);
  const from = Math.floor(first / DAY_MS) * DAY_MS;
  const to = Math.max(from + DAY_MS, Math.ceil(last / DAY_MS) * DAY_MS);
  const plot = WIDTH - LABEL - RIGHT - MIN_BAR;
  const xOf = (ms: number): number => LABEL + ((ms - from) / (to - from)) * plot;
  const days = (to - from) / DAY_MS;
  const step = STEPS.find((s) => days / s <= 14) ?? Math.ceil(days / 14);

  const rows: { label: string; className: string; crewId?: string; bars: Bar[] }[] = data.crews.map((crew) => ({
    label: crew.name,
    className: 'crew',
    crewId: crew.id,
    bars: [
      ...data.events.filter((e) => e.crewId === crew.id).map((e) => eventBar(e, words, crew.name, false)),
      ...data.held
        .filter((b) => b.crewId === crew.id)
        .map((b): Bar => ({
          startMs: b.startMs,
          endMs: b.endMs,
          svg: (x, y, w) =>
            `<g class="held" data-event="${escapeHtml(b.eventId)}"><title>${escapeHtml(`${b.eventId} · ${words.held}`)}</title><rect x="${px(x)}" y="${px(y)}" width="${px(w)}" height="${BAR}" rx="3" fill="url(#held)" stroke="#9e9e9e"/></g>`,
        })),
    ],
  }));
  const left = data.events.filter((e) => e.crewId === undefined);
  if (left.length > 0) rows.push({ label: words.notCovered, className: 'left', bars: left.map((e) => eventBar(e, words, undefined, true)) });

  const backs: string[] = [];
  const body: string[] = [];
  let y = TOP;
  rows.forEach((row, i) => {
    const laid = lanes(
      row.bars.map((bar) => {
        const x = xOf(bar.startMs);
        return { bar, x, w: Math.max(MIN_BAR, xOf(bar.endMs) - x) };
      }),
    );
    const height = laid.length * LANE + 2 * PAD - (LANE - BAR);
    backs.push(`<rect x="0" y="${px(y)}" width="${WIDTH}" height="${px(height)}" fill="${i % 2 === 0 ? '#f5f7fa' : '#fff'}"/>`);
    body.push(`<g class="row ${row.className}"${row.crewId === undefined ? '' : ` data-crew="${escapeHtml(row.crewId)}"`}>`);
    body.push(`<text x="8" y="${px(y + PAD + BAR - 4)}" class="label">${escapeHtml(row.label)}</text>`);
    laid.forEach((lane, l) => {
      for (const { bar, x, w } of lane) body.push(bar.svg(x, y + PAD + l * LANE, w));
    });
    body.push('</g>');
    y += height;
  });
  const height = y + BOTTOM;

  const dayLabel = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const grid: string[] = [];
  for (let ms = from; ms <= to; ms += step * DAY_MS) {
    const x = xOf(ms);
    grid.push(`<line x1="${px(x)}" y1="${TOP - 6}" x2="${px(x)}" y2="${px(y)}" stroke="#d0d5dd"/>`);
    if (ms < to) grid.push(`<text x="${px(x + 3)}" y="${TOP - 10}" class="tick">${escapeHtml(dayLabel.format(ms))}</text>`);
  }
  const marker =
    asOfMs >= from && asOfMs <= to
      ? `<line class="as-of" x1="${px(xOf(asOfMs))}" y1="${TOP - 6}" x2="${px(xOf(asOfMs))}" y2="${px(y)}" stroke="#1a237e" stroke-width="2" stroke-dasharray="5 3"/>` +
        `<text x="${px(xOf(asOfMs) + 4)}" y="${px(y + 15)}" class="tick" fill="#1a237e">${escapeHtml(words.asOfMarker)}</text>`
      : '';
  return (
    `<svg class="gantt" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${px(height)}" viewBox="0 0 ${WIDTH} ${px(height)}" role="img" aria-label="${escapeHtml(words.planHeading)}">` +
    `<defs><pattern id="held" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#eeeeee"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9e9e9e" stroke-width="2"/></pattern></defs>` +
    backs.join('') +
    grid.join('') +
    body.join('') +
    marker +
    `<text x="${WIDTH - RIGHT}" y="${px(height - 6)}" text-anchor="end" class="tick">${escapeHtml(words.axisUtc)}</text>` +
    `</svg>`
  );
}
