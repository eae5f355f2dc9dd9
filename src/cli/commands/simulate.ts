import { simulateSeason, type SeasonSimulation } from '../../season/simulateSeason.js';
import type { ContributionsInput, SponsorChanceInput } from '../../season/_model.js';
import { describeValue } from '../../_lib/describe.js';
import { isRecord } from '../../_lib/record.js';
import { Issues } from '../../_lib/reject.js';
import { printable } from '../../_lib/printable.js';
import type { Locale } from '../../rules/types.js';
import { stringFlag, type Command, type CommandInput } from '../command.js';
import { asFlags, EXIT, fromFile, inFiles, readJson, readList, UsageError } from '../io.js';
import { wordsFor } from '../labels.js';
import { localeFlag } from '../options.js';
import { renderTable } from '../table.js';

/** Renders a season simulation for a terminal, every word in `locale`. */
export function formatSimulation(result: SeasonSimulation, locale: Locale): string {
  const w = wordsFor(locale);
  const stats = (['mean', 'median', 'p5', 'p95'] as const).map(w.term);
  const right = ['left', 'right', 'right', 'right', 'right'] as const;
  const events = renderTable(
    (['request', 'event', 'month', 'breakeven', 'chance', 'contribution'] as const).map(w.term),
    result.events.map((e) => [e.requestId, e.eventId, e.month, e.breakeven, e.sponsorChance, e.contribution.min === e.contribution.max ? e.contribution.min : `${e.contribution.min}..${e.contribution.max}`]),
    ['left', 'left', 'left', 'right', 'right', 'right'],
  );
  const row = (name: string, d: SeasonSimulation['uncovered']) => [name, d.mean, d.median, d.p5, d.p95];
  const amounts = renderTable(
    ['', ...stats],
    [
      row(w.term('uncoveredRisk'), result.uncovered),
      row(w.term('platformNet'), result.platformNet),
      row(w.term('organizerPaid'), result.organizer),
      row(w.term('sponsorMoney'), result.received),
    ],
    right,
  );
  const months = renderTable([w.term('month'), ...stats], result.byMonth.map((m) => row(m.month, m.uncovered)), right);
  const needed = result.breakEven.sponsoredEvents;
  const noContract = result.withoutContract.length === 0 ? '' : `${w.say('withoutContract', { requests: printable(result.withoutContract.join(', ')) })}\n`;
  const others = result.leftOut.map((e) => `${e.requestId} (${e.currency})`).join(', ');
  const leftOut = result.leftOut.length === 0 ? '' : `${w.say('simulateLeftOut', { requests: printable(others) })}\n`;
  return (
    `${w.say('simulateHead', { policy: printable(result.policyVersion), asOf: printable(result.asOf) })}\n` +
    `${w.say('simulateRuns', { runs: result.runs, seed: result.seed, events: result.events.length, committed: result.breakevenCommitted })}\n` +
    noContract +
    leftOut +
    `\n${events}\n${amounts}\n` +
    `${w.say('breakEvenRuns', { brokeEven: result.breakEven.runs, runs: result.runs })}\n` +
    `${needed === null ? w.say('sponsorsNeverEnough') : w.say('sponsorsNeeded', { sponsored: needed })}\n` +
    `\n${w.say('byMonth')}\n${months}` +
    `${w.say('amountsIn', { currency: printable(result.currency) })}\n`
  );
}

/** `--contribution`: an amount (`800`) or a range `min..max` (`500..1500.50`). */
function contributionFlag(text: string): ContributionsInput {
  const at = text.lastIndexOf('..');
  return at < 0 ? text : { min: text.slice(0, at), max: text.slice(at + 2) };
}

/** A whole-number flag (`--runs`, `--seed`), its range left to the core. */
function wholeFlag(input: CommandInput, name: string, what: string): string | undefined {
  const text = stringFlag(input, name);
  if (text !== undefined && !/^\d+$/.test(text)) throw new UsageError(`simulate: --${name} expects ${what}, got ${describeValue(text)}`);
  return text;
}

/** The `--model` file: `{ sponsorChance?, contributions? }`, checked strictly. */
function readModel(file: string): { sponsorChance?: SponsorChanceInput; contributions?: ContributionsInput } {
  const model = readJson(file);
  if (!isRecord(model)) throw new UsageError(`simulate: ${file}: expected a JSON object \`{ "sponsorChance": …, "contributions": … }\``);
  fromFile(file, () => {
    const issues = new Issues();
    issues.unknownKeys(model, ['sponsorChance', 'contributions'], '');
    issues.throwIfAny();
  });
  return model as { sponsorChance?: SponsorChanceInput; contributions?: ContributionsInput };
}

/** `simulate`: the season's producer risk, simulated. */
export const simulate: Command = {
  name: 'simulate',
  summary: "simulate sponsor money over a season plan: the producer risk's spread",
  help: `Usage: webcast-partnership simulate <plan.json> --requests <requests.json> [options]

Draws many seasons of sponsor money over a plan (what \`plan --json\` prints):
each covered partnership event with a contract gets a sponsor with its chance,
who gives a whole number of minor units in its range, all alike; each event is
settled as \`settle\` does. Prints the uncovered breakeven, the platform net and
the organizer shares (mean, median, 5th and 95th percentiles, nearest rank),
how many sponsored events the season needs to break even, and the uncovered
breakeven by month. The same seed prints the same bytes.

Options:
  --requests <file>      the requests the plan was made from (required)
  --chance <p>           a sponsor's chance at each event: 0.4, or 1/3
  --contribution <a>     what a sponsor gives: 800, or a range 500..1500
  --model <file>         a JSON object { "sponsorChance", "contributions" },
                         each one value or { default, topics, events }
                         (instead of --chance, --contribution)
  --runs <n>             seasons drawn, 1 to 1000000 (default 10000)
  --seed <n>             a whole number below 2^64 (default 1)
  --currency <code>      the currency to simulate: its events only, the others
                         listed as left out (needed when the season mixes
                         currencies, or when no event has a contract)
  --locale <en|fr>       language of the output (default en)
  --json                 print the simulation as JSON
  -h, --help             show this help

Example:
  webcast-partnership plan examples/data/requests.json --crews examples/data/crews.json \\
    --bookings examples/data/bookings.json --as-of 2026-02-10 --json > plan.json
  webcast-partnership simulate plan.json --requests examples/data/requests.json \\
    --chance 0.4 --contribution 500..4000 --runs 10000 --seed 7
`,
  options: {
    requests: { type: 'string' },
    chance: { type: 'string' },
    contribution: { type: 'string' },
    model: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    currency: { type: 'string' },
    locale: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  run(input) {
    const requestsFile = stringFlag(input, 'requests');
    if (requestsFile === undefined) throw new UsageError('simulate: --requests <file> is required (the requests the plan was made from)\nRun `webcast-partnership simulate --help`.');
    const locale = localeFlag(input);
    const runs = wholeFlag(input, 'runs', 'a whole number of runs');
    const seed = wholeFlag(input, 'seed', 'a whole number');
    const planFile = input.positionals[0]!;
    const plan = readJson(planFile);
    const requests = readList(requestsFile);
    const modelFile = stringFlag(input, 'model');
    const model = modelFile === undefined ? {} : readModel(modelFile);
    const chance = stringFlag(input, 'chance');
    const contribution = stringFlag(input, 'contribution');
    if (chance !== undefined && model.sponsorChance !== undefined) throw new UsageError(`simulate: give --chance or the model's sponsorChance (${modelFile}), not both`);
    if (contribution !== undefined && model.contributions !== undefined) throw new UsageError(`simulate: give --contribution or the model's contributions (${modelFile}), not both`);
    const currency = stringFlag(input, 'currency');
    const options = {
      requests,
      sponsorChance: (chance ?? model.sponsorChance) as SponsorChanceInput,
      contributions: (contribution === undefined ? model.contributions : contributionFlag(contribution)) as ContributionsInput,
      ...(runs === undefined ? {} : { runs: Number(runs) }),
      ...(seed === undefined ? {} : { seed }),
      ...(currency === undefined ? {} : { currency }),
    };
    // Flags first: what is left under `options` came from the model file.
    const flags: Record<string, string> = { 'options.runs': '--runs', 'options.seed': '--seed', 'options.currency': '--currency' };
    if (chance !== undefined) flags['options.sponsorChance'] = '--chance';
    if (contribution !== undefined) flags['options.contributions'] = '--contribution';
    const files = { plan: planFile, requests: requestsFile, ...(modelFile === undefined ? {} : { options: modelFile }) };
    const result = inFiles(files, () => asFlags(flags, () => simulateSeason(plan, options)));
    process.stdout.write(input.values.json === true ? `${JSON.stringify(result, null, 2)}\n` : formatSimulation(result, locale));
    return EXIT.ok;
  },
};
