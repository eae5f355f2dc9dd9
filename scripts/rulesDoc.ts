// The parts of docs/rules.md that come from the code: the catalogue's table, and each rule's
// heading, kind, modes, parameters and seed sentences. `npm run docs:rules` writes them between
// their markers; test/docs/rules.test.ts fails when the file and the code differ. The prose and the
// example findings around them are written by hand.
import { DEFAULT_POLICY } from '../src/models/policy.js';
import { RULES } from '../src/rules/catalogue.js';
import type { Rule } from '../src/rules/types.js';

/** The file this writes, from the repository's root. */
export const RULES_DOC = 'docs/rules.md';

const TABLE = 'rules';
const MODES = Object.keys(DEFAULT_POLICY.modes) as (keyof typeof DEFAULT_POLICY.modes)[];

const begin = (region: string) => `<!-- ${region}:begin -->`;
const end = (region: string) => `<!-- ${region}:end -->`;
const code = (text: string) => `\`${text}\``;

function blocking(rule: Rule): boolean {
  return DEFAULT_POLICY.blocking.includes(rule.id);
}

function weight(rule: Rule): number {
  return DEFAULT_POLICY.weights[rule.id] ?? 0;
}

function modes(rule: Rule): string {
  return MODES.filter((mode) => DEFAULT_POLICY.modes[mode].includes(rule.id)).join(', ');
}

function parameters(rule: Rule, deadline: string): string {
  if (rule.parameters.length === 0) return rule.deadline === undefined ? 'none (no deadline)' : '';
  return rule.parameters.map((name) => (name === rule.deadline ? `${code(name)} ${deadline}` : code(name))).join(', ');
}

function table(): string {
  const rows = RULES.map((rule) => {
    const kind = blocking(rule) ? (rule.scope === 'sponsor' ? 'blocking, per sponsor' : 'blocking') : `weighing (${weight(rule)})`;
    return `| ${rule.id} | ${code(rule.name)} | ${rule.clause} | ${kind} | ${modes(rule)} | ${parameters(rule, '(deadline)')} |`;
  });
  return ['| rule | name | clause | kind (weight) | modes | parameters |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

function fields(rule: Rule): string {
  const kind = !blocking(rule)
    ? `weighing (weight ${weight(rule)})`
    : rule.scope === 'sponsor'
      ? 'blocking, per capture sponsor: an unmet finding makes that sponsor unusable, never the event ineligible'
      : 'blocking';
  return [
    `### ${rule.id} ${code(rule.name)} (${rule.clause})`,
    '',
    `- Kind in ${code('DEFAULT_POLICY')}: ${kind}.`,
    `- Modes in ${code('DEFAULT_POLICY')}: ${modes(rule)}.`,
    `- Parameters: ${parameters(rule, '(its deadline)')}.`,
    `- Seed (fr): « ${rule.seed} »`,
    `- Seed (en): "${rule.seedEn}"`,
  ].join('\n');
}

function replaceRegion(doc: string, region: string, content: string): string {
  const from = doc.indexOf(begin(region));
  const to = doc.indexOf(end(region));
  if (from < 0 || to < from || doc.indexOf(begin(region), from + 1) >= 0) {
    throw new Error(`${RULES_DOC} needs one ${begin(region)} … ${end(region)} region`);
  }
  return `${doc.slice(0, from + begin(region).length)}\n${content}\n${doc.slice(to)}`;
}

/**
 * Rewrites the generated regions of docs/rules.md from `RULES` and `DEFAULT_POLICY`, keeping
 * everything outside them.
 *
 * @throws when a rule's region is missing, or a region names a rule that does not exist.
 */
export function renderRulesDoc(doc: string): string {
  const known = new Set<string>([TABLE, ...RULES.map((rule) => `rule:${rule.id}`)]);
  for (const [, region] of doc.matchAll(/<!-- (\S+):begin -->/g)) {
    if (!known.has(region!)) throw new Error(`${RULES_DOC} has a region for no rule: ${begin(region!)}`);
  }
  let out = replaceRegion(doc, TABLE, table());
  for (const rule of RULES) out = replaceRegion(out, `rule:${rule.id}`, fields(rule));
  return out;
}
