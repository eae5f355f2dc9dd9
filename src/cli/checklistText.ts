import type { OrganizerChecklist } from '../documents/checklist.js';
import { concernsSaid } from '../documents/ical.js';
import { printable } from '../_lib/printable.js';
import type { Words } from './labels.js';
import { renderTable } from './table.js';

/**
 * Renders an organizer's checklist for a terminal, in the CLI's words: a heading, then one row per
 * action in due order (the deadline at the event's offset, or `overdue`), who it concerns and what
 * to do (the rule's remedy, already in the checklist's locale).
 */
export function formatChecklist(checklist: OrganizerChecklist, w: Words): string {
  const head = `${w.say('checklistHead', {
    title: printable(checklist.eventTitle),
    request: printable(checklist.requestId),
    decision: w.decision(checklist.decision),
    asOf: checklist.asOf,
  })}\n\n`;
  // No action left but not eligible: what remains is the platform's own work (C3's crew plan), not "every rule is met".
  if (checklist.actions.length === 0) return `${head}${w.say(checklist.decision === 'eligible' ? 'nothingToDo' : 'nothingForOrganizer')}\n`;
  return (
    head +
    renderTable(
      (['dueLocal', 'rule', 'concerns', 'todo'] as const).map(w.term),
      checklist.actions.map((a) => [a.dueLocal ?? (a.overdue ? w.term('overdue') : '-'), a.rule, concernsSaid(a, w.term('theOrganizer')), a.todo]),
    )
  );
}
