import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { craftedValues } from './hostile/_harness.js';

// test/_setup.ts: a failing property whose counterexample is too deep to print still reports the
// property's own error, its seed and its path (CI once showed only fast-check's stack overflow).
describe("the property tests' reporter", () => {
  it('golden: a shallow counterexample is printed as fast-check prints it', () => {
    expect(() => fc.assert(fc.property(fc.constant(7), (n) => n < 5), { seed: 1 })).toThrow(/Counterexample: \[7\]/);
  });

  it('reports the error, the seed and the path of a counterexample 10^4 levels deep', () => {
    const deep = craftedValues()[3];
    const run = () =>
      fc.assert(
        fc.property(fc.constant(deep), () => {
          throw new TypeError('boom');
        }),
        { seed: 42 },
      );
    expect(run).toThrow(/too deep to print[\s\S]*seed: 42[\s\S]*TypeError: boom/);
  });
});
