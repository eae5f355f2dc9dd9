/* eslint-disable @typescript-eslint/no-explicit-any -- hostile inputs are anything */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractDocx, contractMarkdown } from '../../src/documents/index.js';
import { craftedValues, expectSafe, mutated } from '../hostile/_harness.js';
import { draftJson } from './_draft.js';

// The draft's writers on hostile drafts (a draft read back from JSON with one to three values
// replaced by fast-check's arbitrary JSON or the crafted values of issue 7): Markdown or a DOCX, or
// a PartnershipError with a code and paths; never another error.
const draft = draftJson();

/** contractDocx's outcome, awaited, then judged by expectSafe as a synchronous call. */
async function docxSafely(value: unknown): Promise<'ok' | 'error'> {
  let bytes: Uint8Array | undefined;
  let failure: unknown;
  try {
    bytes = await contractDocx(value as any);
  } catch (error) {
    failure = error ?? new Error('rejected with nothing');
  }
  return expectSafe(() => {
    if (failure !== undefined) throw failure;
    return bytes?.length;
  }, [value]);
}

describe('contract writers on hostile input', () => {
  it('golden: the JSON of a draft gives Markdown and a DOCX; a paragraph that is not a text is an error', async () => {
    expect(expectSafe(() => contractMarkdown(draft), [draft])).toBe('ok');
    expect(await docxSafely(draft)).toBe('ok');
    const bad = draftJson();
    bad.articles[2].paragraphs[1] = { constructor: 'x', __proto__: null };
    expect(expectSafe(() => contractMarkdown(bad), [bad])).toBe('error');
    expect(await docxSafely(bad)).toBe('error');
  });

  it('every crafted value, alone, in the place of the draft', async () => {
    for (const value of craftedValues()) {
      expectSafe(() => contractMarkdown(value as any), [value]);
      await docxSafely(value);
    }
  });

  it('contractMarkdown on a hostile draft', () => {
    fc.assert(fc.property(mutated(draft, false, false), (value) => void expectSafe(() => contractMarkdown(value as any), [value])), { numRuns: 50 });
  });

  it('contractDocx on a hostile draft', async () => {
    await fc.assert(fc.asyncProperty(mutated(draft, false, false), async (value) => void (await docxSafely(value))), { numRuns: 20 });
  });
});
