/**
 * webcast-partnership/season: the season's producer risk, simulated (issue 18). Pure core:
 * imports nothing from Node, the CLI or the sheets.
 *
 * @packageDocumentation
 */
export {};
