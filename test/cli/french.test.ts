import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS, type Label } from '../utils/cliLabels.js';
import { RULE_IDS } from '../../src/models/ruleIds.js';
import type { EligibilityReport } from '../../src/rules/types.js';

// `--locale fr` is French throughout: every word the CLI prints itself, through the built bin.
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/index.js');
const data = (file: string) => join(root, 'examples/data', file);
const scratch = mkdtempSync(join(tmpdir(), 'wp-cli-fr-'));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

type Locale = 'en' | 'fr';
const labels: Label[] = LABELS.map(([, label]) => label);

/** The words of a text: letters, digits and `_ . - '` inside a word (`pay_per_view`, `policy.modes`, `l'organisateur`). */
function words(text: string): string[] {
  return text
    .replace(/\{\w+\}/g, ' ')
    .split(/[^\p{L}\p{N}_.\-']+/u)
    .map((word) => word.replace(/^[.\-']+|[.\-']+$/g, '').toLowerCase())
    .filter((word) => /\p{L}/u.test(word));
}

/**
 * The words of the other language's labels that are not words of this one's, three letters or
 * more: what must never show in this language's output (`unmet`, `breakeven` in French).
 */
function foreignWords(locale: Locale): string[] {
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  const own = new Set(labels.flatMap((label) => words(label[locale])));
  return [...new Set(labels.filter((label) => label.same !== true).flatMap((label) => words(label[other])))].filter((word) => word.length >= 3 && !own.has(word));
}

/** The foreign words found in `output`, as whole words (an id such as `crew-paris` or `req-client` is one word). */
function leaks(output: string, locale: Locale): string[] {
  const found = new Set(words(output));
  return foreignWords(locale).filter((word) => found.has(word));
}

/**
 * The words of `output` that are neither a word of `locale`'s labels nor a word of the input
 * files (ids, titles, codes), nor a rule id (`NB` has no digit), nor a word with a digit (rule ids, dates): a line written into a
 * command without the catalogue shows here.
 */
function strayWords(output: string, locale: Locale, inputs: readonly string[]): string[] {
  const known = new Set([...labels.flatMap((label) => words(label[locale])), ...inputs.flatMap((file) => words(readFileSync(file, 'utf8'))), ...RULE_IDS.flatMap(words)]);
  return [...new Set(words(output))].filter((word) => !/\d/.test(word) && !known.has(word));
}

/** `output` without the core's own sentences (messages and remedies), which the core translates. */
function withoutCoreText(output: string, report: EligibilityReport, locale: Locale): string {
  const texts = report.findings.flatMap((f) => [f.message, ...(f.remedy === undefined ? [] : [f.remedy[locale]])]);
  return texts.reduce((text, sentence) => text.split(sentence).join(''), output);
}

/** Runs `check` in `locale`, and gives its output without the core's sentences. */
function checkIn(locale: Locale, args: string[]) {
  const human = run(['check', ...args, '--locale', locale]);
  const report = JSON.parse(run(['check', ...args, '--locale', locale, '--json']).stdout) as EligibilityReport;
  return { ...human, report, labels: withoutCoreText(human.stdout, report, locale) };
}

const lateRequest = (() => {
  const requests = JSON.parse(readFileSync(data('requests.json'), 'utf8')) as { id: string }[];
  const path = join(scratch, 'late-releases.json');
  writeFileSync(path, JSON.stringify(requests.find((r) => r.id === 'req-late-releases')));
  return path;
})();

const ineligibleRequest = (() => {
  const request = JSON.parse(readFileSync(data('request.json'), 'utf8')) as { event: { otherFilmCrews: unknown[] } };
  request.event.otherFilmCrews = [{ name: 'TV7' }];
  const path = join(scratch, 'ineligible.json');
  writeFileSync(path, JSON.stringify(request));
  return path;
})();

const crews = ['--crews', data('crews.json'), '--bookings', data('bookings.json')];
const planArgs = ['plan', data('requests.json'), ...crews, '--as-of', '2026-02-10T12:00:00Z'];

describe('the words a leak is looked for', () => {
  it('hold every English label of the decisions, statuses, kinds and headers', () => {
    expect(foreignWords('fr')).toEqual(
      expect.arrayContaining(['eligible', 'ineligible', 'incomplete', 'unmet', 'pending', 'unknown', 'blocking', 'weighing', 'decision', 'preference', 'breakeven', 'organizer', 'platform', 'sponsorship']),
    );
    expect(foreignWords('en')).toEqual(expect.arrayContaining(['éligible', 'remplie', 'attente', 'bloquante', 'pondérée', 'décision', 'plateforme']));
  });

  it('finds a label left in English, and not an id that holds one', () => {
    expect(leaks('C1          unmet  bloquante', 'fr')).toEqual(['unmet']);
    expect(leaks('req-client   crew-paris   evt-free   pay-per-view', 'fr')).toEqual([]);
  });
});

describe('check --locale fr', () => {
  it('says the decision, every status and every kind in French (incomplete: crew availability unknown)', () => {
    const { code, stdout, labels: printed } = checkIn('fr', [data('request.json'), '--as-of', '2026-02-10']);
    expect(code).toBe(3);
    expect(stdout).toContain('req-webdays · evt-webdays · partenariat · politique 2009-04 · au 2026-02-10T00:00:00.000Z');
    expect(stdout).toContain('Décision : incomplet   Préférence : 1.0000');
    expect(stdout).toMatch(/^règle\s+statut\s+type\s+constat$/m);
    expect(stdout).toMatch(/^C3\s+inconnue\s+bloquante\s/m);
    expect(stdout).toMatch(/^C0\s+remplie\s+bloquante\s/m);
    expect(stdout).toMatch(/^C2\.5\s+remplie\s+pondérée\s/m);
    expect(stdout).toMatch(/^Que faire :\n {2}C3 : /m);
    expect(leaks(printed, 'fr')).toEqual([]);
  });

  it('says a pending rule and its deadline in French', () => {
    const { code, stdout, labels: printed } = checkIn('fr', [lateRequest, '--as-of', '2026-02-10', ...crews]);
    expect(code).toBe(3);
    expect(stdout).toMatch(/^C6\.2\s+en attente\s+bloquante\s/m);
    expect(stdout).toMatch(/^ {2}C6\.2 \(échéance : \d{4}-\d{2}-\d{2}[^)]*\) : /m);
    expect(leaks(printed, 'fr')).toEqual([]);
  });

  it('says an unmet rule and an ineligible request in French', () => {
    const { code, stdout, labels: printed } = checkIn('fr', [ineligibleRequest, '--as-of', '2026-02-10']);
    expect(code).toBe(1);
    expect(stdout).toContain('Décision : non éligible');
    expect(stdout).toMatch(/^C1\s+non remplie\s+bloquante\s/m);
    expect(leaks(printed, 'fr')).toEqual([]);
  });

  it('says there is nothing to do in French', () => {
    const { code, stdout, labels: printed } = checkIn('fr', [data('request.json'), '--as-of', '2026-02-10', ...crews]);
    expect(code).toBe(0);
    expect(stdout).toContain('Décision : éligible');
    expect(stdout).toContain('Rien à faire : toutes les règles sont remplies.');
    expect(leaks(printed, 'fr')).toEqual([]);
  });

  it('keeps the JSON report as it is: codes, not words', () => {
    const { report } = checkIn('fr', [ineligibleRequest, '--as-of', '2026-02-10']);
    expect(report.decision).toBe('ineligible');
    expect(report.mode).toBe('partnership');
    expect(report.findings.find((f) => f.rule === 'C1')).toMatchObject({ status: 'unmet', kind: 'blocking' });
  });

  it('prints no French word in English', () => {
    for (const args of [[data('request.json'), '--as-of', '2026-02-10'], [lateRequest, '--as-of', '2026-02-10', ...crews], [ineligibleRequest, '--as-of', '2026-02-10']]) {
      expect(leaks(checkIn('en', args).labels, 'en')).toEqual([]);
    }
  });
});

describe('plan --locale fr', () => {
  it('says the plan, its decisions and why each request is left out in French', () => {
    const { code, stdout } = run([...planArgs, '--locale', 'fr']);
    expect(code).toBe(0);
    expect(stdout).toContain('Plan de saison · politique 2009-04 · au 2026-02-10T12:00:00.000Z');
    expect(stdout).toContain('Couverture : 2 événement(s), préférence totale 2.0000');
    expect(stdout).toMatch(/^req-late-releases\s+evt-late\s+crew-lyon\s+incomplet\s+1\.0000$/m);
    expect(stdout).toMatch(/^req-webdays\s+evt-webdays\s+crew-paris\s+éligible\s+1\.0000$/m);
    expect(stdout).toMatch(/^req-dataconf\s+evt-dataconf\s+devancée par req-webdays$/m);
    expect(stdout).toMatch(/^req-tvcrew\s+evt-tvcrew\s+non éligible : C1$/m);
    expect(stdout).toContain('Non retenues :');
    expect(stdout).toMatch(/^devise\s+événements\s+point mort engagé\s+risque producteur sans sponsor$/m);
    expect(leaks(stdout, 'fr')).toEqual([]);
  });

  it('prints the same JSON in every locale', () => {
    expect(run([...planArgs, '--locale', 'fr', '--json']).stdout).toBe(run([...planArgs, '--json']).stdout);
  });

  it('prints no French word in English', () => {
    expect(leaks(run(planArgs).stdout, 'en')).toEqual([]);
  });
});

describe('split --locale fr', () => {
  it("says the parts of the seed's 4,000 / 1,000 in French", () => {
    const { code, stdout } = run(['split', '5000', '--breakeven', '3000', '--locale', 'fr']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^part\s+montant\s+devise$/m);
    expect(stdout).toMatch(/^au point mort\s+3000\.00\s+EUR$/m);
    expect(stdout).toMatch(/^plateforme\s+4000\.00\s+EUR$/m);
    expect(stdout).toMatch(/^organisateur\s+1000\.00\s+EUR$/m);
    expect(leaks(stdout, 'fr')).toEqual([]);
  });

  it('prints the same JSON in every locale, and refuses another locale', () => {
    expect(run(['split', '5000', '--breakeven', '3000', '--locale', 'fr', '--json']).stdout).toBe(run(['split', '5000', '--breakeven', '3000', '--json']).stdout);
    const { code, stderr } = run(['split', '5000', '--breakeven', '3000', '--locale', 'de']);
    expect(code).toBe(2);
    expect(stderr).toContain('--locale: expected en or fr, got `de`');
  });
});

describe('settle --locale fr', () => {
  it.each(['receipts-webdays.csv', 'receipts-webdays.json'])('says the lines and the totals of %s in French', (receipts) => {
    const { code, stdout } = run(['settle', data('contract.json'), data(receipts), '--locale', 'fr']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^recette\s+flux\s+reçu le\s+montant\s+au point mort\s+plateforme\s+organisateur$/m);
    expect(stdout).toMatch(/^spons-cloudco\s+sponsoring\s+2026-02-20\s+1500\.00/m);
    expect(stdout).toMatch(/^ppv-march\s+pay-per-view\s+2026-03-31\s/m);
    expect(stdout).toMatch(/^non couvert \(risque producteur\)\s+0\.00$/m);
    expect(stdout).toMatch(/^organisateur\s+635\.15$/m);
    expect(leaks(stdout, 'fr')).toEqual([]);
  });

  it('prints the same JSON in every locale', () => {
    const args = ['settle', data('contract.json'), data('receipts-webdays.csv'), '--json'];
    expect(run([...args, '--locale', 'fr']).stdout).toBe(run(args).stdout);
  });
});

describe('demo --locale fr', () => {
  it('runs the main job in French', () => {
    const { code, stdout, stderr } = run(['demo', '--locale', 'fr']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^req-tvcrew\s+partenariat\s+evt-tvcrew\s+non éligible\s+1\.0000\s+C1 non remplie$/m);
    expect(stdout).toMatch(/^req-late-releases\s+partenariat\s+evt-late\s+incomplet\s+1\.0000\s+C6\.2 en attente$/m);
    expect(stdout).toContain('Règles appliquées (policy.modes) : partenariat 23 règles ; client C3, C6.2, C8, C9.');
    expect(stdout).toContain('point mort 3000.00 · recouvré 3000.00 · non couvert 0.00 · plateforme 3815.35 · organisateur 635.15 EUR');
    expect(stdout).toContain('Montants en EUR.');
    expect(leaks(stdout, 'fr')).toEqual([]);
  });

  it('prints no French word in English', () => {
    expect(leaks(run(['demo']).stdout, 'en')).toEqual([]);
  });
});

describe('docs/cli.md', () => {
  // The French check excerpt: each line is a line of the real output; a line ending in `…` starts one.
  it('quotes the French check as it prints', () => {
    const doc = readFileSync(join(root, 'docs/cli.md'), 'utf8');
    const block = /```text\n\$ (webcast-partnership check [^\n]*--locale fr)\n([\s\S]*?)```/.exec(doc);
    expect(block).not.toBeNull();
    const output = run(block![1]!.split(/\s+/).slice(1)).stdout.split('\n');
    for (const line of block![2]!.trimEnd().split('\n')) {
      if (line.endsWith('…')) expect(output.some((l) => l.startsWith(line.slice(0, -1))), line).toBe(true);
      else expect(output, line).toContain(line);
    }
  });
});

describe('every word printed comes from the catalogue or from the input', () => {
  const inputs = ['request.json', 'requests.json', 'crews.json', 'bookings.json', 'contract.json', 'contract-late.json', 'receipts-webdays.json', 'receipts-late.json'].map(data);
  it.each<Locale>(['fr', 'en'])('in %s', (locale) => {
    const outputs = [
      run(['demo', '--locale', locale]).stdout,
      run([...planArgs, '--locale', locale]).stdout,
      run(['split', '5000', '--breakeven', '3000', '--locale', locale]).stdout,
      run(['settle', data('contract.json'), data('receipts-webdays.csv'), '--locale', locale]).stdout,
      checkIn(locale, [lateRequest, '--as-of', '2026-02-10', ...crews]).labels,
      checkIn(locale, [data('request.json'), '--as-of', '2026-02-10']).labels,
    ];
    expect(strayWords(outputs.join('\n'), locale, inputs)).toEqual([]);
  });
});
