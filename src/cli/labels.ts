// The words the command line prints itself, in every locale, from one catalogue per language, so
// that `--locale fr` is French throughout. Codes (JSON output, rule ids, remedy codes) stay stable
// English identifiers; the core's own messages come translated from the core.
import type { SeasonUnassigned } from '../season/_plan.js';
import type { CoverageMode } from '../models/coverageRequest.js';
import type { Stream } from '../money/streams.js';
import type { EligibilityReport, FindingStatus, Locale, RuleKind } from '../rules/types.js';
import { en, type CliWords } from './locales/en.js';
import { fr } from './locales/fr.js';

/** The words of each locale, one file per language (`locales/en.ts`, `locales/fr.ts`). */
export const CLI_WORDS = { en, fr } as const satisfies Record<Locale, CliWords>;

/** The `{name}` placeholders of a template, as a union of names. */
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The values a template needs: none, or one per placeholder. */
type ValuesOf<T extends string> = [Placeholders<T>] extends [never] ? [] : [values: Readonly<Record<Placeholders<T>, string | number>>];

/** The `{name}` placeholders of a template, sorted: the same in every locale of a label. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** `template` with each `{name}` replaced by its value, in one pass (a value holding `{x}` is left as it is). */
function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}

/** The words of one locale, as the commands use them. */
export interface Words {
  readonly locale: Locale;
  decision(decision: EligibilityReport['decision']): string;
  status(status: FindingStatus): string;
  kind(kind: RuleKind): string;
  mode(mode: CoverageMode): string;
  stream(stream: Stream): string;
  /** Why a plan leaves a request out, with its rules or the requests that outbid it. */
  reason(unassigned: SeasonUnassigned): string;
  term(term: keyof typeof en.term): string;
  /** A line of the `text` group, its placeholders filled (the compiler checks every one is given). */
  say<K extends keyof typeof en.text>(key: K, ...values: ValuesOf<(typeof en.text)[K]>): string;
}

/**
 * The words of `locale`.
 *
 * @example
 * wordsFor('fr').status('unmet') //=> 'non remplie'
 */
export function wordsFor(locale: Locale): Words {
  const words: CliWords = CLI_WORDS[locale];
  return {
    locale,
    decision: (decision) => words.decision[decision],
    status: (status) => words.status[status],
    kind: (kind) => words.kind[kind],
    mode: (mode) => words.mode[mode],
    // A stream outside the list (never, past the core's checks) is shown as its code.
    stream: (stream) => (words.stream as Record<string, string>)[stream] ?? stream,
    reason: (unassigned) => {
      const template = words.reason[unassigned.reason];
      switch (unassigned.reason) {
        case 'ineligible':
          return fill(template, { rules: unassigned.rules.join(', ') });
        case 'outbid':
          return fill(template, { by: unassigned.by.join(', ') });
        default:
          return fill(template);
      }
    },
    term: (term) => words.term[term],
    say: (key, ...values) => fill(words.text[key], values[0] as Readonly<Record<string, string | number>> | undefined),
  };
}
