import { moneyOf, parseMinorUnits } from '../money/money.js';
import { splitRevenue } from '../money/splitRevenue.js';
import type { ShareInput } from '../money/ratio.js';
import { isRecord, own } from '../_lib/record.js';
import { Issues, rejectValue } from '../_lib/reject.js';
import { readChance, readRange, resolveModel, type Chance, type ContributionsInput, type Range, type SponsorChanceInput } from './_model.js';
import { seasonEvents, type SeasonEvent } from './_seasonEvents.js';
import { columnOf, distributionOf, type Distribution } from './_stats.js';
import { createRandom, MAX_SEED, type Random } from './random.js';

export type { Distribution } from './_stats.js';

/** Options of {@link simulateSeason}. */
export interface SimulateSeasonOptions {
  /** The coverage requests the plan was made from (as `planSeason` was given them): the covered ones give each event's contract, date and topics. */
  readonly requests: readonly unknown[];
  /** The chance that a sponsor comes to an event: one for all, or `{ default?, topics?, events? }`. Required. */
  readonly sponsorChance: SponsorChanceInput;
  /** What a sponsor gives: a fixed amount or `{ min, max }` for all, or `{ default?, topics?, events? }`. Required. */
  readonly contributions: ContributionsInput;
  /** How many seasons to draw: a whole number from 1 to 1,000,000 (default 10,000). */
  readonly runs?: number;
  /** The seed: a whole number from 0 to 2^64 - 1, as a number, a bigint or a string of digits (default 1). */
  readonly seed?: number | bigint | string;
  /**
   * The currency to simulate: selects the events whose breakeven is in it (the others are listed in
   * `leftOut`). Needed when the season mixes currencies, or when no simulated event has a contract.
   */
  readonly currency?: string;
}

/** One event as the simulation drew it: its terms and the model that applied to it. */
export interface SimulatedEvent {
  readonly requestId: string;
  readonly eventId: string;
  /** `YYYY-MM` of the event's start, in its own offset. */
  readonly month: string;
  readonly breakeven: string;
  /** The organizer's share of the sponsorship surplus, from the contract. */
  readonly organizerShare: string;
  /** The chance that applied, in its shortest form: `"0.4"`, or `"1/3"` when it has no short decimal. */
  readonly sponsorChance: string;
  /** The contribution range that applied, both ends included. */
  readonly contribution: { readonly min: string; readonly max: string };
}

/** How many sponsored events the season needs to break even. */
export interface BreakEven {
  /** Runs whose platform net is zero or more: the platform's receipts paid every breakeven it committed. */
  readonly runs: number;
  /** The fewest sponsored events with which at least half of the runs that had exactly that many broke even; `null` when no count does. */
  readonly sponsoredEvents: number | null;
  /** For each number of sponsored events that some run had, ascending: how many runs had it, and how many of them broke even. */
  readonly bySponsored: readonly { readonly sponsored: number; readonly runs: number; readonly brokeEven: number }[];
}

/** The outcome of {@link simulateSeason}: plain JSON, amounts as decimal strings in `currency`, in a stable order. */
export interface SeasonSimulation {
  readonly policyVersion: string;
  readonly asOf: string;
  readonly currency: string;
  readonly runs: number;
  /** The seed, as a string of digits. */
  readonly seed: string;
  /** The simulated events: the plan's covered partnership requests with a contract, by request id. */
  readonly events: readonly SimulatedEvent[];
  /** Covered partnership requests without a contract (their breakeven is not fixed): not simulated. */
  readonly withoutContract: readonly string[];
  /** Covered partnership requests with a contract in another currency than `currency` (selected by the option): not simulated, by request id. */
  readonly leftOut: readonly { readonly requestId: string; readonly currency: string }[];
  /** Σ breakeven of the simulated events: the same in every run. */
  readonly breakevenCommitted: string;
  /** The season's uncovered breakeven: the producer risk. */
  readonly uncovered: Distribution;
  /** What the platform received less the breakeven committed; negative when the risk did not balance. */
  readonly platformNet: Distribution;
  /** The shares paid out to organizers. */
  readonly organizer: Distribution;
  /** The sponsor money received: in each run, platform net + breakeven committed + organizer shares. */
  readonly received: Distribution;
  readonly breakEven: BreakEven;
  /** The uncovered breakeven of each month that has a simulated event, by month ascending. */
  readonly byMonth: readonly { readonly month: string; readonly uncovered: Distribution }[];
}

const OPTION_KEYS = ['requests', 'sponsorChance', 'contributions', 'runs', 'seed', 'currency'];
const MAX_RUNS = 1_000_000;
/** Ranges of at most this many amounts have each split remembered; wider ones are split at each draw (a cache of misses costs more). */
const CACHE_LIMIT = 1 << 12;

/** One run's figures for one sponsored event, in minor units. */
interface Outcome {
  readonly recovered: bigint;
  readonly platform: bigint;
  readonly organizer: bigint;
}

const TWO_32 = 0x1_0000_0000n;

/**
 * One event's draw in a run: `undefined` when no sponsor comes, else what the sponsor's
 * contribution gives under the event's terms, by the library's own split (remembered per amount).
 */
function sponsorOf(event: SeasonEvent, chance: Chance, range: Range, random: Random, exponent: number, currency: string): () => Outcome | undefined {
  const share: ShareInput = event.terms.clauses?.sponsorship?.organizerShare ?? '0.5';
  const terms = { breakeven: event.terms.breakeven, organizerShare: share };
  const width = range.max - range.min + 1n;
  const seen = width <= BigInt(CACHE_LIMIT) ? new Map<number | bigint, Outcome>() : undefined;
  const settleAt = (offset: number | bigint): Outcome => {
    const known = seen?.get(offset);
    if (known !== undefined) return known;
    // One sponsorship receipt: settle's statement of it is this split (tested against settle).
    const split = splitRevenue(moneyOf(range.min + BigInt(offset), exponent, currency), terms);
    const outcome = {
      recovered: parseMinorUnits(split.toBreakeven.amount, currency),
      platform: parseMinorUnits(split.platform.amount, currency),
      organizer: parseMinorUnits(split.organizer.amount, currency),
    };
    seen?.set(offset, outcome);
    return outcome;
  };
  // Bounds up to 2^32 are drawn as numbers: the same draws as with bigints, without allocating them.
  const { numerator, denominator } = chance;
  const comes = denominator <= TWO_32 ? ((n: number, d: number) => () => random.belowNumber(d) < n)(Number(numerator), Number(denominator)) : () => random.below(denominator) < numerator;
  const offset = width <= TWO_32 ? ((w: number) => () => random.belowNumber(w))(Number(width)) : () => random.below(width);
  return () => (comes() ? settleAt(offset()) : undefined);
}

function readRuns(value: unknown, issues: Issues): number {
  if (value === undefined) return 10_000;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_RUNS) {
    issues.expected('invalid_options', 'options.runs', `a whole number of runs from 1 to ${MAX_RUNS}`, value);
  }
  return value as number;
}

function readSeed(value: unknown, issues: Issues): bigint {
  if (value === undefined) return 1n;
  const seed =
    typeof value === 'bigint' ? value : typeof value === 'number' && Number.isSafeInteger(value) ? BigInt(value) : typeof value === 'string' && /^\d{1,20}$/.test(value) ? BigInt(value) : undefined;
  if (seed === undefined || seed < 0n || seed > MAX_SEED) {
    issues.expected('invalid_options', 'options.seed', 'a whole number from 0 to 2^64 - 1 (a number, a bigint or a string of digits)', value);
    return 0n;
  }
  return seed;
}

/**
 * The season's producer risk, simulated: a seeded Monte Carlo of sponsor money over the plan's
 * covered partnership events, each settled with the library's own rules (the breakeven first,
 * then the contract's share of the surplus, the odd unit to the platform).
 *
 * In each run, every event gets one sponsor with its chance (an exact fraction: a uniform integer
 * below its denominator is drawn), who gives a uniform whole number of minor units in its range.
 * The events are drawn in request-id order from one xoshiro128** stream seeded by splitmix64: the
 * same plan, requests, options and seed give the same result, byte for byte. Percentiles are
 * nearest-rank (an amount some run had); means are rounded to the minor unit, half to even.
 *
 * @param plan - what `planSeason` returned, or its JSON as `plan --json` prints it, read strictly.
 * @param options - the requests the plan was made from, the sponsor model, `runs`, `seed`, `currency`.
 * @returns a plain-JSON {@link SeasonSimulation}.
 * @throws {PartnershipError} `plan_malformed`, `plan_mismatch` (a covered request missing, another
 *   event, or the plan's money not the requests'), `unknown_key`, `invalid_options`,
 *   `chance_malformed`, `chance_out_of_range`, `chance_missing`, `contribution_malformed`,
 *   `contribution_missing`, `event_unknown`, `currency_mismatch` (a season of two currencies without `currency`, or a `currency` no event has),
 *   `season_currency_missing`, the codes of the requests' models and of `money`.
 * @example
 * // The demo's plan (examples/data, as of 2026-02-10): 3000 EUR in March, 800 EUR in April.
 * const plan = planSeason(requests, crews, bookings, { policy: DEFAULT_POLICY, asOf: '2026-02-10' });
 * const result = simulateSeason(plan, { requests, sponsorChance: '0.5', contributions: '800', runs: 4, seed: 7 });
 * [result.uncovered.mean, result.breakEven.runs]
 * //=> ['2600.00', 0]
 */
export function simulateSeason(plan: unknown, options: SimulateSeasonOptions): SeasonSimulation {
  if (!isRecord(options)) rejectValue('invalid_options', 'options', 'options `{ requests, sponsorChance, contributions, runs?, seed?, currency? }`', options);
  const issues = new Issues();
  issues.unknownKeys(options, OPTION_KEYS, 'options');
  issues.throwIfAny();
  const season = seasonEvents(plan, own(options, 'requests'), own(options, 'currency'));
  const { currency, events } = season;
  const modelEvents = events.map((e) => ({ eventId: e.eventId, topics: e.topics }));
  const chances = resolveModel<Chance>(own(options, 'sponsorChance'), 'options.sponsorChance', modelEvents, (v, path) => readChance(v, path, issues), () => false, 'chance_missing', issues);
  const ranges = resolveModel<Range>(
    own(options, 'contributions'),
    'options.contributions',
    modelEvents,
    (v, path) => readRange(v, path, currency, issues),
    (model) => 'min' in model || 'max' in model,
    'contribution_missing',
    issues,
  );
  const runs = readRuns(own(options, 'runs'), issues);
  const seed = readSeed(own(options, 'seed'), issues);
  issues.throwIfAny();
  return draw(season, chances as Chance[], ranges as Range[], runs, seed);
}

/** The runs themselves, once every input is read. */
function draw(season: ReturnType<typeof seasonEvents>, chances: readonly Chance[], ranges: readonly Range[], runs: number, seed: bigint): SeasonSimulation {
  const { currency, exponent, events } = season;
  const months = [...new Set(events.map((e) => e.month))].sort();
  const monthOf = events.map((e) => months.indexOf(e.month));
  const committed = events.reduce((sum, e) => sum + e.breakeven, 0n);
  const random = createRandom(seed);
  const sponsors = events.map((e, i) => sponsorOf(e, chances[i]!, ranges[i]!, random, exponent, currency));
  const monthCommitted = months.map((m) => events.reduce((sum, e) => (e.month === m ? sum + e.breakeven : sum), 0n));
  const month = months.map(() => 0n);

  // Every per-run amount lies within ±(committed + every sponsor's most): typed columns when that fits in 64 bits.
  const bound = ranges.reduce((sum, r) => sum + r.max, committed);
  const uncovered = columnOf(runs, bound);
  const platformNet = columnOf(runs, bound);
  const organizer = columnOf(runs, bound);
  const received = columnOf(runs, bound);
  const monthly = months.map(() => columnOf(runs, bound));
  const bySponsored = events.map(() => 0).concat(0);
  const brokeEven = bySponsored.slice();
  for (let run = 0; run < runs; run += 1) {
    // Only what sponsors bring is added up: a run without sponsors allocates nothing.
    let recovered = 0n;
    let platform = 0n;
    let paid = 0n;
    let sponsored = 0;
    month.fill(0n);
    for (let i = 0; i < events.length; i += 1) {
      const outcome = sponsors[i]!();
      if (outcome === undefined) continue;
      sponsored += 1;
      recovered += outcome.recovered;
      month[monthOf[i]!]! += outcome.recovered;
      platform += outcome.platform;
      paid += outcome.organizer;
    }
    uncovered[run] = committed - recovered;
    platformNet[run] = platform - committed;
    organizer[run] = paid;
    received[run] = platform + paid;
    for (let m = 0; m < months.length; m += 1) monthly[m]![run] = monthCommitted[m]! - month[m]!;
    bySponsored[sponsored]! += 1;
    if (platform >= committed) brokeEven[sponsored]! += 1;
  }

  const counts = bySponsored.flatMap((count, sponsored) => (count === 0 ? [] : [{ sponsored, runs: count, brokeEven: brokeEven[sponsored]! }]));
  const enough = counts.find((c) => c.brokeEven * 2 >= c.runs);
  const text = (units: bigint): string => moneyOf(units, exponent, currency).amount;
  return {
    policyVersion: season.policyVersion,
    asOf: season.asOf,
    currency,
    runs,
    seed: seed.toString(),
    events: events.map((e, i) => ({
      requestId: e.requestId,
      eventId: e.eventId,
      month: e.month,
      breakeven: e.terms.breakeven.amount,
      organizerShare: String(e.terms.clauses?.sponsorship?.organizerShare ?? '0.5'),
      sponsorChance: chances[i]!.text,
      contribution: { min: text(ranges[i]!.min), max: text(ranges[i]!.max) },
    })),
    withoutContract: season.withoutContract,
    leftOut: season.leftOut,
    breakevenCommitted: text(committed),
    uncovered: distributionOf(uncovered, exponent),
    platformNet: distributionOf(platformNet, exponent),
    organizer: distributionOf(organizer, exponent),
    received: distributionOf(received, exponent),
    breakEven: { runs: brokeEven.reduce((a, b) => a + b, 0), sponsoredEvents: enough === undefined ? null : enough.sponsored, bySponsored: counts },
    byMonth: months.map((month, m) => ({ month, uncovered: distributionOf(monthly[m]!, exponent) })),
  };
}
