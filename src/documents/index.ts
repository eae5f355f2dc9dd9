/**
 * webcast-partnership/documents: the organizer's documents, built from what the core already
 * knows (issue 17), and the season report (issue 18). This entry's dependencies (ical-generator,
 * csv-stringify, docx) stay out of the core, the rules, the crew and the sheets entries.
 *
 * @packageDocumentation
 */
export { seasonReportHtml } from './seasonReport.js';
export type { SeasonReportOptions, SeasonReportSimulation } from './seasonReport.js';
