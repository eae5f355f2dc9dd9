/**
 * webcast-partnership/documents: the organizer's documents, built from what the core already
 * knows (issue 17), and the season report (issue 18). This entry's dependencies (ical-generator,
 * csv-stringify, docx) stay out of the core, the rules, the crew and the sheets entries.
 *
 * @packageDocumentation
 */
// The contract draft (issue 17, item 3).
export { contractDraft } from './contractDraft.js';
export type { ContractDraftOptions, ContractDraft, ContractArticle, SignatureLine } from './contractDraft.js';
export { contractMarkdown } from './contractMarkdown.js';
export { contractDocx } from './contractDocx.js';
export { organizerChecklist } from './checklist.js';
export type { ActionConcerns, ChecklistAction, OrganizerChecklist, OrganizerChecklistOptions, SponsorRef } from './checklist.js';
export { DEFAULT_REMINDER_DAYS, toICalendar } from './ical.js';
export type { ToICalendarOptions } from './ical.js';
