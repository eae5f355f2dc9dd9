import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isPartnershipError } from '../../errors.js';
import type { Command } from '../command.js';
import { EXIT, formatError, isStdin, UsageError } from '../io.js';
import { localeFlag } from '../options.js';
import { wordsFor, type Words } from '../labels.js';
import { renderTable } from '../table.js';
import { readScenario } from '../scenario/read.js';
import { runScenario, type Failure, type ScenarioResult } from '../scenario/run.js';

/** Exit code when a scenario fails: 1, as an ineligible request's. */
const FAILED = EXIT.ineligible;

/** Whether a file name is a scenario's: `.yaml` or `.yml`. */
function isScenarioFile(name: string): boolean {
  return ['.yaml', '.yml'].includes(extname(name).toLowerCase());
}

/**
 * The scenario files the arguments name, in their order: a file as it is, a folder as its `.yaml`
 * and `.yml` files (not its sub-folders), sorted by name. Globs are the shell's to expand.
 */
export function scenarioFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    if (isStdin(path)) throw new UsageError('test: scenario files name their base files relative to themselves: give a file, not standard input');
    // A path that is not there is read as a file: reading it says what is wrong.
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory() !== true) return [path];
    const names = readdirSync(path, { withFileTypes: true })
      .filter((entry) => entry.isFile() && isScenarioFile(entry.name))
      .map((entry) => entry.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (names.length === 0) throw new UsageError(`test: no scenario file (.yaml, .yml) in ${path}`);
    return names.map((name) => join(path, name));
  });
}

/** What a report gave, in words: `met`, `csp-1: unmet, csp-2: met`, `(no finding)`. */
function gotText(failure: Failure, w: Words): string {
  if (failure.got.length === 0) return w.say('noFinding');
  return failure.got.map((g) => `${g.sponsorId === undefined ? '' : `${g.sponsorId}: `}${valueText(failure.kind, g.value, w)}`).join(', ');
}

function valueText(kind: Failure['kind'], value: Failure['expected'], w: Words): string {
  if (typeof value === 'number') return value.toFixed(4);
  return kind === 'decision' ? w.decision(value as Parameters<Words['decision']>[0]) : w.status(value as Parameters<Words['status']>[0]);
}

/** The pass/fail table: a row per scenario, and one per failed expectation below it. */
export function formatResults(results: readonly ScenarioResult[], notRun: number, w: Words): string {
  const rows = results.flatMap((result) => {
    const verdict = w.say(result.passed ? 'scenarioPassed' : 'scenarioFailed');
    if (result.failures.length === 0) return [[result.file, verdict]];
    return result.failures.map((failure, i) => [
      i === 0 ? result.file : '',
      i === 0 ? verdict : '',
      failure.expectation,
      failure.line === undefined ? '' : String(failure.line),
      valueText(failure.kind, failure.expected, w),
      gotText(failure, w),
    ]);
  });
  const passed = results.filter((r) => r.passed).length;
  const table = results.length === 0 ? '' : `${renderTable((['scenario', 'result', 'expectation', 'line', 'expected', 'got'] as const).map(w.term), rows)}\n`;
  const summary = w.say('scenarioSummary', { count: results.length, passed, failed: results.length - passed });
  return `${table}${summary}${notRun === 0 ? '' : `\n${w.say('scenarioNotRun', { count: notRun })}`}\n`;
}

/** `test`: runs scenario files and compares each evaluation with what it expects. */
export const test: Command = {
  name: 'test',
  summary: 'run scenario files (YAML): each evaluation against what it expects',
  help: `Usage: webcast-partnership test <scenario.yaml | folder>... [options]

Runs scenario files (YAML, see docs/scenarios.md): each gives a request (or a
change to a base request), an as_of date, a policy (the shipped one by default)
and the expected decision and statuses; the request is evaluated and compared.
A folder runs its .yaml and .yml files, sorted by name; globs are the shell's.
Exit code: 0 every scenario passes, 1 one fails, 2 a file cannot be run
(bad YAML, unknown key, missing base file...): its errors go to stderr.

Options:
  --locale <en|fr>  language of the table (default en)
  --json            print the results as JSON
  -h, --help        show this help

Example:
  webcast-partnership test examples/scenarios/*.yaml --locale fr
`,
  options: {
    locale: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  run(input) {
    const locale = localeFlag(input);
    const files = scenarioFiles(input.positionals);
    const results: ScenarioResult[] = [];
    const errors: string[] = [];
    for (const file of files) {
      try {
        results.push(runScenario(readScenario(file)));
      } catch (error) {
        if (!isPartnershipError(error) && !(error instanceof UsageError)) throw error;
        errors.push(formatError(error));
      }
    }
    const passed = results.filter((r) => r.passed).length;
    const out =
      input.values.json === true
        ? `${JSON.stringify({ passed, failed: results.length - passed, notRun: errors.length, scenarios: results }, null, 2)}\n`
        : formatResults(results, errors.length, wordsFor(locale));
    process.stderr.write(errors.join(''));
    process.stdout.write(out);
    return errors.length > 0 ? EXIT.usage : passed < results.length ? FAILED : EXIT.ok;
  },
};
