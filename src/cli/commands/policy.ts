import type { BookingInput } from '../../models/booking.js';
import type { CoverageRequestInput } from '../../models/coverageRequest.js';
import type { CrewInput } from '../../models/crew.js';
import type { PolicyInput } from '../../models/policy.js';
import { diffPolicies } from '../../policy/diffPolicies.js';
import { policyImpact } from '../../policy/policyImpact.js';
import { describeValue } from '../../_lib/describe.js';
import { stringFlag, type Command, type CommandInput } from '../command.js';
import { EXIT, inFiles, readJson, readList, UsageError } from '../io.js';
import { asOfFlag, localeFlag } from '../options.js';
import { formatDiff, formatImpact } from '../policyText.js';

const HELP = 'Run `webcast-partnership policy --help`.';

/** The exit code when something changes, as `diff(1)` and `git diff --exit-code` have it. */
const CHANGED = 1;

/** The flags only `policy impact` takes. */
const IMPACT_FLAGS = ['before', 'after', 'as-of', 'crews', 'bookings'] as const;

function print(input: CommandInput, result: unknown, text: () => string): void {
  process.stdout.write(input.values.json === true ? `${JSON.stringify(result, null, 2)}\n` : text());
}

/** `policy diff old.json new.json`: exit 0 when nothing changes, 1 when something does. */
function diff(input: CommandInput): number {
  if (input.positionals.length !== 3) throw new UsageError(`policy diff: expected two policy files, got ${input.positionals.length - 1}\n${HELP}`);
  const extra = IMPACT_FLAGS.find((flag) => input.values[flag] !== undefined);
  if (extra !== undefined) throw new UsageError(`policy diff: --${extra} is an option of \`policy impact\`\n${HELP}`);
  const locale = localeFlag(input);
  const [, beforeFile, afterFile] = input.positionals as [string, string, string];
  const before = readJson(beforeFile) as PolicyInput;
  const after = readJson(afterFile) as PolicyInput;
  // Both files are checked: one error names every bad field of either, each in its file.
  const result = inFiles({ before: beforeFile, after: afterFile }, () => diffPolicies(before, after));
  print(input, result, () => formatDiff(result, locale));
  return result.changes.length === 0 ? EXIT.ok : CHANGED;
}

/** `policy impact requests.json --before old.json --after new.json`: exit 0 when nothing changes, 1 when something does. */
function impact(input: CommandInput): number {
  if (input.positionals.length !== 2) throw new UsageError(`policy impact: expected one requests file, got ${input.positionals.length - 1}\n${HELP}`);
  const beforeFile = stringFlag(input, 'before');
  const afterFile = stringFlag(input, 'after');
  if (beforeFile === undefined || afterFile === undefined) {
    throw new UsageError(`policy impact: --${beforeFile === undefined ? 'before' : 'after'} <policy.json> is required\n${HELP}`);
  }
  const crewsFile = stringFlag(input, 'crews');
  const bookingsFile = stringFlag(input, 'bookings');
  if (bookingsFile !== undefined && crewsFile === undefined) throw new UsageError(`policy impact: --bookings needs --crews, the crews they hold\n${HELP}`);
  const asOf = asOfFlag(input);
  const locale = localeFlag(input);
  const requestsFile = input.positionals[1]!;
  const before = readJson(beforeFile) as PolicyInput;
  const after = readJson(afterFile) as PolicyInput;
  const requests = readList(requestsFile) as CoverageRequestInput[];
  const crews = crewsFile === undefined ? undefined : (readList(crewsFile) as CrewInput[]);
  const bookings = bookingsFile === undefined ? undefined : (readList(bookingsFile) as BookingInput[]);
  const files = {
    'options.before': beforeFile,
    'options.after': afterFile,
    requests: requestsFile,
    ...(crewsFile === undefined ? {} : { crews: crewsFile }),
    ...(bookingsFile === undefined ? {} : { bookings: bookingsFile }),
  };
  const result = inFiles(files, () => policyImpact(requests, { before, after, asOf, ...(crews === undefined ? {} : { crews }), ...(bookings === undefined ? {} : { bookings }) }));
  print(input, result, () => formatImpact(result, locale));
  const same = result.requests.length === 0 && JSON.stringify(result.totals.before) === JSON.stringify(result.totals.after);
  return same ? EXIT.ok : CHANGED;
}

/** `policy`: what a change of policy changes, before it applies. */
export const policy: Command = {
  name: 'policy',
  summary: 'compare two policies, and show what the change does to a season',
  help: `Usage: webcast-partnership policy diff <old.json> <new.json> [options]
       webcast-partnership policy impact <requests.json> --before <old.json> --after <new.json> [options]

\`policy diff\` lists every parameter, rule of a mode, blocking rule and weight
that differs between two policies (one policy per file), with both values.

\`policy impact\` evaluates every request under both policies and lists each
request whose decision, preference or a rule's status changes, with the rules
responsible and the changes they read (with --crews, also each request the crew
plan covers under one policy only or with another crew, and where the plan puts
it under each policy), then the season before and after:
requests by decision, and with --crews the events the crew plan covers and the
breakeven they commit.

Exit codes: 0 nothing changes, 1 something changes, 2 bad usage or bad input.

Options:
  --before <file>    impact: the policy in force (required)
  --after <file>     impact: the policy that would replace it (required)
  --as-of <date>     impact: evaluation date or instant (default: now)
  --crews <file>     impact: the crews, for C3 and the crew plan
  --bookings <file>  impact: existing bookings that hold crews (with --crews)
  --locale <en|fr>   language of the output (default en)
  --json             print the result as JSON
  -h, --help         show this help

Example:
  webcast-partnership policy impact examples/data/requests.json \\
    --before old.json --after new.json --crews examples/data/crews.json \\
    --bookings examples/data/bookings.json --as-of 2026-02-10
`,
  options: {
    before: { type: 'string' },
    after: { type: 'string' },
    'as-of': { type: 'string' },
    crews: { type: 'string' },
    bookings: { type: 'string' },
    locale: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 2, max: 3 },
  run(input) {
    const sub = input.positionals[0]!;
    if (sub === 'diff') return diff(input);
    if (sub === 'impact') return impact(input);
    throw new UsageError(`policy: expected \`diff\` or \`impact\`, got ${describeValue(sub)}\n${HELP}`);
  },
};
