// Reads a scenario file: a YAML file the platform's staff write without TypeScript (docs/scenarios.md).
// Strict: every problem is an issue naming the file and the line, all of them at once.
import { dirname, extname, isAbsolute, join } from 'node:path';
import { PartnershipError, type PartnershipErrorCode } from '../../errors.js';
import { DEFAULT_POLICY, parsePolicy, policyFor, type Policy } from '../../models/policy.js';
import { isRuleId, RULE_IDS, type RuleId } from '../../models/ruleIds.js';
import type { EligibilityReport, FindingStatus } from '../../rules/types.js';
import { describeValue } from '../../_lib/describe.js';
import { suggestion } from '../../_lib/suggest.js';
import { timestampMs } from '../../_lib/instant.js';
import { isPartnershipError } from '../../errors.js';
import { parseJson, readText, UsageError, type InputIssue } from '../io.js';
import { applyChange, type KeyPath } from './change.js';
import { readYaml, type YamlText } from './yamlFile.js';

/** The keys of a scenario, in the order docs/scenarios.md tells them. */
export const SCENARIO_KEYS = ['name', 'quote', 'description', 'as_of', 'request', 'base', 'change', 'policy', 'crews', 'bookings', 'expect'] as const;
const POLICY_KEYS = ['base', 'change'] as const;
const EXPECT_KEYS = ['decision', 'preference', 'statuses'] as const;
const DECISIONS: readonly EligibilityReport['decision'][] = ['eligible', 'ineligible', 'incomplete'];
const STATUSES: readonly FindingStatus[] = ['met', 'unmet', 'pending', 'unknown'];

/** One expectation of a scenario, with the line it is written on. */
export type Expectation =
  | { readonly kind: 'decision'; readonly line: number | undefined; readonly expected: EligibilityReport['decision'] }
  | { readonly kind: 'preference'; readonly line: number | undefined; readonly expected: number }
  | { readonly kind: 'status'; readonly line: number | undefined; readonly key: string; readonly rule: RuleId; readonly sponsorId?: string; readonly expected: FindingStatus };

/** A scenario read: what to evaluate, and what to expect. */
export interface Scenario {
  /** The file, as the user named it. */
  readonly file: string;
  /** Its `name`, or the file's name. */
  readonly name: string;
  readonly asOf: string;
  /** The request, the change applied: checked when it is evaluated. */
  readonly request: unknown;
  readonly policy: Policy;
  readonly crews?: { readonly file: string; readonly list: unknown[] };
  readonly bookings?: { readonly file: string; readonly list: unknown[] };
  readonly expectations: readonly Expectation[];
  /** The line that writes a field of the request (`['event', 'audio', 'feed']`), or the nearest one above it, in `change` or `request`. */
  requestLine(path: KeyPath): number | undefined;
}

/** `path` in the request told as `change` writes it: a list item by its id (`speakers.spk-3`), where it has one. */
function byIds(request: unknown, path: KeyPath): KeyPath {
  let value = request;
  return path.map((segment) => {
    const item: unknown = Array.isArray(value) && typeof segment === 'number' ? value[segment] : isRecord(value) ? value[segment] : undefined;
    value = item;
    return typeof segment === 'number' && isRecord(item) && typeof item.id === 'string' ? item.id : segment;
  });
}

type Mapping = Record<string, unknown>;
const isRecord = (value: unknown): value is Mapping => typeof value === 'object' && value !== null && !Array.isArray(value);
const kindOf = (value: unknown): string => (isRecord(value) ? 'a mapping' : describeValue(value));

/** Collects a scenario's problems, each at its line. */
class Problems {
  readonly issues: InputIssue[] = [];
  constructor(
    readonly file: string,
    readonly yaml?: YamlText,
  ) {}

  add(code: PartnershipErrorCode, at: KeyPath | string, message: string): void {
    const path = typeof at === 'string' ? at : (this.yaml?.where(at) ?? '');
    this.issues.push({ code, path, message, file: this.file });
  }

  keys(record: Mapping, known: readonly string[], at: KeyPath): void {
    for (const key of Object.keys(record)) {
      if (known.includes(key)) continue;
      const near = suggestion(key, known);
      const list = known.map((k) => `\`${k}\``).join(', ');
      this.add('unknown_key', [...at, key], `Expected ${near === undefined ? `one of the keys ${list}` : 'a known key'}, got ${describeValue(key)}${near === undefined ? '' : `: did you mean \`${near}\`?`}`);
    }
  }

  text(value: unknown, at: KeyPath, what = 'a text'): value is string {
    if (typeof value === 'string' && value !== '') return true;
    this.add('invalid_type', at, `Expected ${what}, got ${kindOf(value)}`);
    return false;
  }

  mapping(value: unknown, at: KeyPath): value is Mapping {
    if (isRecord(value)) return true;
    this.add('invalid_type', at, `Expected a mapping (keys and values), got ${kindOf(value)}`);
    return false;
  }

  /** Runs `read`, keeping a problem it throws (a file that cannot be read, a policy of the wrong shape) at `at`. */
  attempt<T>(at: KeyPath, read: () => T): T | undefined {
    try {
      return read();
    } catch (error) {
      if (error instanceof UsageError) this.add('invalid_value', at, error.message);
      else if (isPartnershipError(error)) for (const issue of error.issues) this.add(issue.code, at, `${issue.path === '' ? '' : `\`${issue.path}\`: `}${issue.message}`);
      else throw error;
      return undefined;
    }
  }

  throwIfAny(): void {
    const [first] = this.issues;
    if (first !== undefined) throw new PartnershipError(this.issues.every((i) => i.code === first.code) ? first.code : 'invalid_input', `${first.path}: ${first.message}`, this.issues);
  }
}

/** A file a scenario names: relative to the scenario's folder, unless absolute. */
function beside(scenarioFile: string, name: string): string {
  return isAbsolute(name) ? name : join(dirname(scenarioFile), name);
}

/** A data file a scenario names: JSON, or YAML for `.yaml` and `.yml`. */
function readData(scenarioFile: string, name: string): unknown {
  const path = beside(scenarioFile, name);
  const text = readText(path);
  if (!['.yaml', '.yml'].includes(extname(path).toLowerCase())) return parseJson(text, path);
  const { yaml, problems } = readYaml(text);
  const [first] = problems;
  if (first !== undefined) throw new UsageError(`${path}: ${first.where}: ${first.message}`);
  return yaml.data;
}

function readList(scenarioFile: string, name: string): unknown[] {
  const data = readData(scenarioFile, name);
  if (!Array.isArray(data)) throw new UsageError(`${beside(scenarioFile, name)}: expected a list`);
  return data;
}

/** `base` and `change` (both may be absent), applied: `fallback` when there is no base. */
function changed(problems: Problems, scenario: Mapping, at: KeyPath, fallback: () => unknown): unknown {
  const { base, change } = scenario;
  let value = base === undefined ? fallback() : problems.text(base, [...at, 'base'], 'a file name') ? problems.attempt([...at, 'base'], () => readData(problems.file, base)) : undefined;
  if (change !== undefined && problems.mapping(change, [...at, 'change']) && value !== undefined) {
    const result = applyChange(value, change, [...at, 'change']);
    for (const problem of result.problems) problems.add('invalid_value', problem.at, problem.message);
    value = result.value;
  }
  return value;
}

function readPolicy(problems: Problems, policy: unknown, asOf: string): Policy | undefined {
  if (policy === undefined) return policyFor([DEFAULT_POLICY], asOf);
  const at = ['policy'];
  const data = typeof policy === 'string' ? problems.attempt(at, () => readData(problems.file, policy)) : problems.mapping(policy, at) ? (problems.keys(policy, POLICY_KEYS, at), changed(problems, policy, at, () => DEFAULT_POLICY)) : undefined;
  if (data === undefined) return undefined;
  return problems.attempt(at, () => (Array.isArray(data) ? policyFor(data.map((p, i) => parsePolicy(p, `[${i}]`)), asOf) : policyFor([parsePolicy(data)], asOf)));
}

function readExpectations(problems: Problems, expect: unknown): Expectation[] {
  const at = ['expect'];
  if (!problems.mapping(expect, at)) return [];
  problems.keys(expect, EXPECT_KEYS, at);
  const out: Expectation[] = [];
  const line = (path: KeyPath) => problems.yaml?.lineOf(path);
  const { decision, preference, statuses } = expect;
  if (decision !== undefined) {
    if (typeof decision === 'string' && (DECISIONS as readonly string[]).includes(decision)) out.push({ kind: 'decision', line: line([...at, 'decision']), expected: decision as EligibilityReport['decision'] });
    else problems.add('invalid_value', [...at, 'decision'], `Expected one of ${DECISIONS.map((d) => `\`${d}\``).join(', ')}, got ${kindOf(decision)}`);
  }
  if (preference !== undefined) {
    if (typeof preference === 'number' && preference >= 0 && preference <= 1) out.push({ kind: 'preference', line: line([...at, 'preference']), expected: preference });
    else problems.add('invalid_value', [...at, 'preference'], `Expected a number from 0 to 1, got ${kindOf(preference)}`);
  }
  if (statuses !== undefined && problems.mapping(statuses, [...at, 'statuses'])) {
    for (const [key, status] of Object.entries(statuses)) {
      const here = [...at, 'statuses', key];
      const [rule, sponsorId, ...rest] = key.split(' ');
      if (!isRuleId(rule) || sponsorId === '' || rest.length > 0 || (sponsorId !== undefined && rule !== 'C2.2' && rule !== 'C2.3')) {
        const near = rule === undefined ? undefined : suggestion(rule, RULE_IDS);
        problems.add('invalid_key', here, `Expected a rule id (\`C6.2\`), or \`C2.2\` or \`C2.3\` and a sponsor id (\`C2.2 csp-1\`), got ${describeValue(key)}${near === undefined ? '' : `: did you mean \`${near}\`?`}`);
      } else if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status)) {
        problems.add('invalid_value', here, `Expected one of ${STATUSES.map((s) => `\`${s}\``).join(', ')}, got ${kindOf(status)}`);
      } else {
        out.push({ kind: 'status', line: line(here), key, rule, ...(sponsorId === undefined ? {} : { sponsorId }), expected: status as FindingStatus });
      }
    }
  }
  if (problems.issues.length === 0 && out.length === 0) problems.add('too_small', at, 'Expected at least one of `decision`, `preference`, `statuses`, got none');
  return out;
}

/**
 * Reads a scenario file (docs/scenarios.md).
 *
 * @throws {PartnershipError} naming the file and each problem's line: a YAML syntax error, a key
 *   given twice, an unknown key, a value of the wrong kind, a base or policy file that cannot be read.
 * @throws {UsageError} when the scenario file itself cannot be read.
 */
export function readScenario(file: string): Scenario {
  const { yaml, problems: syntax } = readYaml(readText(file));
  const problems = new Problems(file, yaml);
  for (const problem of syntax) problems.add(problem.code, problem.where, problem.message);
  problems.throwIfAny();
  const scenario = yaml.data;
  if (!problems.mapping(scenario, [])) return problems.throwIfAny() as never;
  problems.keys(scenario, SCENARIO_KEYS, []);
  for (const key of ['name', 'quote', 'description'] as const) if (scenario[key] !== undefined) problems.text(scenario[key], [key]);
  const asOf = scenario.as_of;
  if (asOf === undefined) problems.add('invalid_type', [], 'Expected `as_of`, the evaluation date (`2026-02-10`) or instant (`2026-02-10T12:00:00Z`), got nothing');
  else if (typeof asOf !== 'string' || timestampMs(asOf) === undefined) problems.add('invalid_value', ['as_of'], `Expected a date YYYY-MM-DD or an ISO 8601 instant with an offset, got ${kindOf(asOf)}`);
  let request: unknown;
  if ((scenario.request === undefined) === (scenario.base === undefined)) {
    problems.add('invalid_type', [], `Expected either \`request\` (the whole request) or \`base\` (a request file to change), got ${scenario.request === undefined ? 'neither' : 'both'}`);
  } else if (scenario.request !== undefined) {
    if (problems.mapping(scenario.request, ['request'])) request = changed(problems, { change: scenario.change }, [], () => scenario.request);
  } else {
    request = changed(problems, scenario, [], () => undefined);
  }
  const policy = typeof asOf === 'string' && timestampMs(asOf) !== undefined ? readPolicy(problems, scenario.policy, asOf) : undefined;
  const list = (key: 'crews' | 'bookings') => {
    const name = scenario[key];
    if (name === undefined || !problems.text(name, [key], 'a file name')) return undefined;
    const items = problems.attempt([key], () => readList(file, name));
    return items === undefined ? undefined : { file: beside(file, name), list: items };
  };
  const crews = list('crews');
  const bookings = list('bookings');
  if (scenario.bookings !== undefined && scenario.crews === undefined) problems.add('invalid_type', ['bookings'], 'Expected `crews` beside `bookings`, got no `crews`');
  const expectations = scenario.expect === undefined ? (problems.add('invalid_type', [], 'Expected `expect`, what the evaluation should give, got nothing'), []) : readExpectations(problems, scenario.expect);
  problems.throwIfAny();
  const name = typeof scenario.name === 'string' ? scenario.name : file;
  // The line of the field, else of the nearest field above it that the scenario writes (a key missing from a release changed).
  const requestLine = (path: KeyPath) => {
    const ids = byIds(request, path);
    for (let length = path.length; length >= 0; length -= 1) {
      const changed = length === 0 ? undefined : yaml.exactLineOf(['change', ...ids.slice(0, length)]);
      const line = changed ?? (scenario.request === undefined ? undefined : yaml.exactLineOf(['request', ...path.slice(0, length)]));
      if (line !== undefined) return line;
    }
    return undefined;
  };
  return { file, name, asOf: asOf as string, request, policy: policy!, ...(crews === undefined ? {} : { crews }), ...(bookings === undefined ? {} : { bookings }), expectations, requestLine };
}
