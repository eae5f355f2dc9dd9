/**
 * webcast-partnership/policy: what a change of policy changes, before it applies (issue 18).
 * Pure core: imports nothing from Node, the CLI or the sheets.
 *
 * @packageDocumentation
 */
export {};
