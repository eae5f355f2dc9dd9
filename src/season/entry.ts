/**
 * webcast-partnership/season: the season's producer risk, simulated (issue 18). Pure core:
 * imports nothing from Node, the CLI or the sheets.
 *
 * @packageDocumentation
 */
export { simulateSeason } from './simulateSeason.js';
export type { SimulateSeasonOptions, SeasonSimulation, SimulatedEvent, BreakEven, Distribution } from './simulateSeason.js';
export type { ByEventOrTopic, ChanceInput, ContributionInput, ContributionsInput, SponsorChanceInput } from './_model.js';
