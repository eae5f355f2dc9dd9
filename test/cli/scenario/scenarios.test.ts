import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isPartnershipError } from '../../../src/errors.js';
import { RULES } from '../../../src/rules/catalogue.js';
import { RULE_IDS } from '../../../src/models/ruleIds.js';
import { readScenario } from '../../../src/cli/scenario/read.js';
import { runScenario } from '../../../src/cli/scenario/run.js';
import { UsageError } from '../../../src/cli/io.js';

// The seed's scenarios shipped in examples/scenarios, run as `npm test` runs everything: each passes,
// and each quotes, in French, the seed's sentence of the rule it tests.
const root = resolve(import.meta.dirname, '../../..');
const folder = join(root, 'examples/scenarios');
const examples = readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort();
const scratch = mkdtempSync(join(tmpdir(), 'wp-scenarios-'));
const request = join(root, 'examples/data/request.json');

/** A scenario file in a scratch folder, beside a copy of the demo's request. */
function scenario(name: string, text: string): string {
  writeFileSync(join(scratch, 'request.json'), readFileSync(request));
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

/** What reading and running `file` throws: each issue as `path: message`. */
function problems(file: string): string[] {
  try {
    runScenario(readScenario(file));
  } catch (error) {
    if (isPartnershipError(error)) return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    if (error instanceof UsageError) return [error.message];
    throw error;
  }
  return [];
}

describe('the seed scenarios (examples/scenarios)', () => {
  it('has one per rule, and one that tries a policy change', () => {
    expect(examples).toHaveLength(RULE_IDS.length + 1);
    for (const id of RULE_IDS) expect(examples.some((name) => name.startsWith(`${id}-`))).toBe(true);
  });

  it.each(examples)('%s passes', (name) => {
    const result = runScenario(readScenario(join(folder, name)));
    expect(result.failures).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it.each(examples)('%s quotes the seed sentence of its rule, as published', (name) => {
    const { quote } = parse(readFileSync(join(folder, name), 'utf8')) as { quote: string };
    const id = name.startsWith('policy-') ? 'C6.1' : name.slice(0, name.indexOf('-'));
    expect(quote).toBe(RULES.find((rule) => rule.id === id)!.seed);
  });
});

describe('a scenario that fails', () => {
  it('says each expectation not met, with its line, what was expected and what came', () => {
    const file = scenario(
      'wrong.yaml',
      'as_of: 2026-02-10\nbase: request.json\nchange:\n  event:\n    cameras: 4\nexpect:\n  decision: eligible\n  preference: 1\n  statuses:\n    NB: met\n    C1: met\n    C2.2 csp-1: unmet\n    C3: met\n',
    );
    const result = runScenario(readScenario(file));
    expect(result.passed).toBe(false);
    expect(result.decision).toBe('ineligible');
    expect(result.failures).toEqual([
      { expectation: 'decision', kind: 'decision', line: 7, expected: 'eligible', got: [{ value: 'ineligible' }] },
      { expectation: 'NB', kind: 'status', line: 10, expected: 'met', got: [{ value: 'unmet' }] },
      { expectation: 'C2.2 csp-1', kind: 'status', line: 12, expected: 'unmet', got: [{ value: 'met', sponsorId: 'csp-1' }] },
      { expectation: 'C3', kind: 'status', line: 13, expected: 'met', got: [{ value: 'unknown' }] },
    ]);
  });

  it('fails a rule that gives no finding (client mode evaluates C3, C6.2, C8 and C9 only)', () => {
    const file = scenario('client.yaml', 'as_of: 2026-02-10\nbase: request.json\nchange:\n  mode: client\nexpect:\n  statuses:\n    C0: met\n    C9: met\n');
    expect(runScenario(readScenario(file)).failures).toEqual([{ expectation: 'C0', kind: 'status', line: 7, expected: 'met', got: [] }]);
  });
});

describe('a scenario that cannot be run', () => {
  it('names an unknown key, its line and the key it most likely meant', () => {
    const file = scenario('unknown.yaml', 'as_of: 2026-02-10\nbase: request.json\nchnage:\n  mode: client\nexpect:\n  decison: eligible\n');
    expect(problems(file)).toEqual([
      'line 3 (chnage): Expected a known key, got `chnage`: did you mean `change`?',
      'line 6 (expect.decison): Expected a known key, got `decison`: did you mean `decision`?',
    ]);
  });

  it('refuses a key given twice in one mapping', () => {
    const file = scenario('twice.yaml', 'as_of: 2026-02-10\nbase: request.json\nas_of: 2026-03-01\nexpect:\n  decision: eligible\n');
    expect(problems(file)).toEqual(['line 3: Expected each key once in a mapping, got `as_of` again']);
  });

  it('refuses text that is not YAML', () => {
    const file = scenario('bad.yaml', 'as_of: 2026-02-10\nbase: request.json\nexpect: [decision\n');
    expect(problems(file)).toEqual([expect.stringMatching(/^line 4: Expected YAML, got an error: /)]);
  });

  it('names a base file that is not there', () => {
    const file = scenario('nobase.yaml', 'as_of: 2026-02-10\nbase: nope.json\nexpect:\n  decision: eligible\n');
    expect(problems(file)).toEqual([`line 2 (base): cannot read ${join(scratch, 'nope.json')}: no such file`]);
  });

  it('names a change that does not fit its base, and the request the core refuses', () => {
    const change = scenario('change.yaml', 'as_of: 2026-02-10\nbase: request.json\nchange:\n  speakers:\n    spk-9:\n      informedAt: ~\nexpect:\n  decision: eligible\n');
    expect(problems(change)).toEqual(['line 5 (change.speakers["spk-9"]): Expected the id of an item of this list (to add an item, give the whole list), got `spk-9`: did you mean `spk-1`?']);
    const request = scenario('request.yaml', 'as_of: 2026-02-10\nbase: request.json\nchange:\n  event:\n    audio:\n      confirmedat: 2026-02-01\nexpect:\n  decision: eligible\n');
    expect(problems(request)).toEqual(['line 6 (request.event.audio.confirmedat): Expected a known key, got `confirmedat`: did you mean `confirmedAt`?']);
    // A key missing where the change writes: the line of the nearest field it writes, the speaker told by id.
    const refused = scenario('refused.yaml', 'as_of: 2026-02-10\nbase: request.json\nchange:\n  speakers:\n    spk-3:\n      release:\n        state: refused\nexpect:\n  decision: ineligible\n');
    expect(problems(refused)).toEqual([
      'line 6 (request.speakers[2].release.signedAt): Expected no `signedAt` on a `refused` release, got `2026-02-03`',
      'line 6 (request.speakers[2].release.refusedAt): Expected the instant a `refused` release was refused (`refusedAt`), got nothing',
    ]);
    const inline = scenario('inline.yaml', 'as_of: 2026-02-10\nrequest:\n  id: req-1\n  mode: partnership\nexpect:\n  decision: eligible\n');
    expect(problems(inline)).toEqual(expect.arrayContaining(['line 2 (request.event): Expected an object, got nothing']));
  });

  it('checks every value it reads: the date, the decision, rule ids and statuses, and wants an expectation', () => {
    const file = scenario('values.yaml', 'as_of: 10/02/2026\nrequest: {}\nbase: request.json\nexpect:\n  decision: yes\n  statuses:\n    C12: met\n    C6.2: done\n    C6.2 csp-1: met\n');
    expect(problems(file)).toEqual([
      'line 1 (as_of): Expected a date YYYY-MM-DD or an ISO 8601 instant with an offset, got `10/02/2026`',
      'line 1: Expected either `request` (the whole request) or `base` (a request file to change), got both',
      'line 5 (expect.decision): Expected one of `eligible`, `ineligible`, `incomplete`, got `yes`',
      'line 7 (expect.statuses.C12): Expected a rule id (`C6.2`), or `C2.2` or `C2.3` and a sponsor id (`C2.2 csp-1`), got `C12`: did you mean `C1`?',
      'line 8 (expect.statuses["C6.2"]): Expected one of `met`, `unmet`, `pending`, `unknown`, got `done`',
      'line 9 (expect.statuses["C6.2 csp-1"]): Expected a rule id (`C6.2`), or `C2.2` or `C2.3` and a sponsor id (`C2.2 csp-1`), got `C6.2 csp-1`: did you mean `C6.2`?',
    ]);
    expect(problems(scenario('none.yaml', 'as_of: 2026-02-10\nbase: request.json\nexpect: {}\n'))).toEqual(['line 3 (expect): Expected at least one of `decision`, `preference`, `statuses`, got none']);
    expect(problems(scenario('empty.yaml', ''))).toEqual([': Expected a mapping (keys and values), got null']);
  });

  it('names the policy problem at `policy`', () => {
    const file = scenario('policy.yaml', 'as_of: 2026-02-10\nbase: request.json\npolicy:\n  change:\n    parameters:\n      releaseLeadDay: 10\nexpect:\n  decision: eligible\n');
    expect(problems(file)).toEqual(['line 3 (policy): `parameters.releaseLeadDay`: Expected a known key, got `releaseLeadDay`: did you mean `releaseLeadDays`?']);
  });
});
