// Under StrykerJS only (vitest.mutation.config.ts): every property runs at most
// FC_NUM_RUNS times (default 100) instead of its usual 1,000, so that each of the
// thousands of mutants is tried in seconds. The golden cases are unchanged.
import { vi } from 'vitest';

vi.mock('fast-check', async (importOriginal) => {
  const original = await importOriginal<typeof import('fast-check')>();
  const cap = Number(process.env.FC_NUM_RUNS ?? '100');
  const assert = ((property: never, params?: { numRuns?: number }) =>
    original.assert(property, { ...params, numRuns: Math.min(params?.numRuns ?? 100, cap) })) as typeof original.assert;
  return { ...original, assert, default: { ...original.default, assert } };
});
