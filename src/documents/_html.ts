// Small helpers to write HTML and SVG by hand, deterministically. @internal

/** Text made safe for HTML content and attribute values (double-quoted). @internal */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]!};`);
}

/** A coordinate for SVG: at most one decimal, no `-0`, the same text on every host. @internal */
export function px(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? '0' : String(rounded);
}

/** The decision colours, shared by the chart, its legend and the table. @internal */
export const DECISION_COLOURS = Object.freeze({ eligible: '#2e7d32', incomplete: '#ef6c00', ineligible: '#c62828', unknown: '#757575' });

/** A decision's colour; grey when it is not known. @internal */
export function decisionColour(decision: keyof typeof DECISION_COLOURS | undefined): string {
  return DECISION_COLOURS[decision ?? 'unknown'];
}

/** `2026-03-14T09:00:00+01:00` as `2026-03-14 09:00`: the event's own clock. @internal */
export function localMinute(instant: string): string {
  return `${instant.slice(0, 10)} ${instant.slice(11, 16)}`;
}
