import { describe, expect, it } from 'vitest';
import { IdCheck } from '../../src/money/ids.js';

describe('IdCheck', () => {
  it('starts from a capacity of zero, as for an empty list, and grows as ids come', () => {
    const ids = ['a', 'b', 'a', 'a'];
    const check = new IdCheck(0);
    ids.forEach((id, i) => check.add(id, i));
    expect(check.repeated((index) => ids[index] as string)).toEqual([2, 3]);
  });
});
