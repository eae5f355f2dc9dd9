/* eslint-disable @typescript-eslint/no-explicit-any -- hostile inputs are anything */
// Contract drafts that are not what contractDraft returns, each with the path its error must name:
// the values that made contractMarkdown and contractDocx throw a TypeError or overflow the stack.
import { contractDraft } from '../../src/documents/index.js';
import { validInput } from '../utils/factory.js';

/** The factory request's draft as JSON: what a caller would read back from a file. */
export const draftJson = (): any => JSON.parse(JSON.stringify(contractDraft(undefined, validInput() as never, { locale: 'fr' })));

/** `[what, the draft, the path named]`. */
export function malformedDrafts(): [string, unknown, string][] {
  const at = (change: (draft: any) => void): unknown => {
    const draft = draftJson();
    change(draft);
    return draft;
  };
  let deep: unknown[] = [];
  const root = deep;
  for (let i = 0; i < 10_000; i += 1) deep = (deep[0] = []) as unknown[];
  return [
    ['null', null, 'draft'],
    ['a title with a null prototype', at((d) => (d.title = Object.create(null))), 'draft.title'],
    ['a 10^4-deep array for a paragraph', at((d) => (d.articles[0].paragraphs[0] = root)), 'draft.articles[0].paragraphs[0]'],
    ['articles that are not a list', at((d) => (d.articles = {})), 'draft.articles'],
    ['an article that is null', at((d) => (d.articles[1] = null)), 'draft.articles[1]'],
    ['an article number that is not one', at((d) => (d.articles[0].number = '1')), 'draft.articles[0].number'],
    ['a signature name that is missing', at((d) => delete d.signatures[0].name), 'draft.signatures[0].name'],
    ['a locale that is not one', at((d) => (d.locale = 'de')), 'draft.locale'],
  ];
}
