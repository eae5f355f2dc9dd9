import { printable } from '../_lib/printable.js';

/** Column alignment in a text table. */
export type Align = 'left' | 'right';

/**
 * Renders rows as an aligned text table with a header and a rule, for terminals. Every cell
 * goes through `printable`: a caller's id holding ESC, BEL or CR is shown escaped (`\x1b`).
 */
export function renderTable(headers: readonly string[], rawRows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const rows = rawRows.map((row) => row.map(printable));
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const cell = (text: string, i: number) => ((align[i] ?? 'left') === 'right' ? text.padStart(widths[i]!) : text.padEnd(widths[i]!));
  const line = (cells: readonly string[]) => headers.map((_, i) => cell(cells[i] ?? '', i)).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}
