// The CLI's words as pairs, English and French, by `group.key`: what the label tests walk.
import { CLI_WORDS } from '../../src/cli/labels.js';
import { SAME_AS_ENGLISH } from '../../src/cli/locales/fr.js';

export interface Label {
  readonly en: string;
  readonly fr: string;
  readonly same?: true;
}

/** Every label of the English catalogue with its French, as `[group.key, label]`. */
export const LABELS: readonly [string, Label][] = Object.entries(CLI_WORDS.en).flatMap(([group, words]) =>
  Object.entries(words as Record<string, string>).map(([key, en]): [string, Label] => {
    const name = `${group}.${key}`;
    const fr = (CLI_WORDS.fr as unknown as Record<string, Record<string, string>>)[group]![key]!;
    return [name, SAME_AS_ENGLISH.includes(name) ? { en, fr, same: true } : { en, fr }];
  }),
);
