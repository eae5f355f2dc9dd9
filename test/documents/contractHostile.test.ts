/* eslint-disable @typescript-eslint/no-explicit-any -- hostile inputs are anything */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractDraft, contractMarkdown } from '../../src/documents/index.js';
import { validInput } from '../utils/factory.js';
import { EMAIL, PHONE, craftedValues, expectSafe, mutated } from '../hostile/_harness.js';
import { thrown } from '../utils/thrown.js';
import { draftJson, malformedDrafts } from './_draft.js';

// contractDraft on hostile input (the harness of test/hostile): a draft, or a PartnershipError with
// a code and paths; never another error, never a change to its input, never a contact detail in the
// draft or its Markdown.
const RUNS = 200;

function base(): any {
  const input = validInput();
  input.event.audio.soundEngineer = { name: 'Sam', email: EMAIL, phone: PHONE };
  input.partner.contacts = [{ name: 'Olga', role: 'producer', email: EMAIL, phone: PHONE }];
  return input;
}

function draftAndMarkdown(contract: unknown, request: unknown, options?: unknown): unknown {
  const draft = contractDraft(contract, request, options as never);
  return { draft, markdown: contractMarkdown(draft) };
}

describe('contractDraft on hostile input', () => {
  it('golden: the valid request gives a draft, and a planted contact never shows', () => {
    const input = base();
    expect(expectSafe(() => draftAndMarkdown(undefined, input), [input])).toBe('ok');
  });

  it('answers a draft or a PartnershipError for a request with hostile values anywhere', () => {
    fc.assert(
      fc.property(mutated(base()), (request) => {
        expectSafe(() => draftAndMarkdown(undefined, request), [request]);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers a draft or a PartnershipError for a hostile contract passed beside a valid request', () => {
    fc.assert(
      fc.property(mutated(base().contract), (contract) => {
        const request = base();
        expectSafe(() => draftAndMarkdown(contract, request), [contract, request]);
      }),
      { numRuns: RUNS },
    );
  });

  it('every crafted value, alone, in the place of each argument', () => {
    for (const value of craftedValues()) {
      expectSafe(() => draftAndMarkdown(value, base()), [value]);
      expectSafe(() => draftAndMarkdown(undefined, value), [value]);
      expectSafe(() => draftAndMarkdown(undefined, base(), value), [value]);
    }
  });
});

describe('contractMarkdown on hostile input', () => {
  it('writes a draft read back from JSON as the draft itself', () => {
    const draft = draftJson();
    expect(contractMarkdown(draft)).toBe(contractMarkdown(contractDraft(undefined, base(), { locale: 'fr' })));
  });

  it.each(malformedDrafts())('refuses a draft with %s: draft_malformed at its path, never a TypeError', (_what, draft, path) => {
    const error = thrown(() => contractMarkdown(draft as never));
    expect([error.code, error.issues.map((issue) => issue.path)]).toEqual(['draft_malformed', [path]]);
  });
});
