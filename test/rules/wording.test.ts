import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, parsePolicy } from '../../src/models/policy.js';
import { withChange } from '../utils/factory.js';
import { evaluate, findingOf } from '../utils/evaluate.js';

describe('C0 unmet wording by count', () => {
  it.each([
    [0, 'A free or semi-free deal carries a symbolic promotion effort: 0 promotion actions, at least 5 expected.', 'Une prestation gratuite ou semi-gratuite implique un investissement intellectuel symbolique : 0 action de promotion sur 5 au moins.'],
    [1, 'A free or semi-free deal carries a symbolic promotion effort: 1 promotion action, at least 5 expected.', 'Une prestation gratuite ou semi-gratuite implique un investissement intellectuel symbolique : 1 action de promotion sur 5 au moins.'],
    [3, 'A free or semi-free deal carries a symbolic promotion effort: 3 promotion actions, at least 5 expected.', 'Une prestation gratuite ou semi-gratuite implique un investissement intellectuel symbolique : 3 actions de promotion sur 5 au moins.'],
  ])('%i actions of the 5 a policy asks', (links, en, fr) => {
    const policy = parsePolicy({ ...DEFAULT_POLICY, version: 'test', parameters: { ...DEFAULT_POLICY.parameters, minPromotionActions: 5 } });
    const input = withChange((i) => (i.partner.commitments.promotion = { links, tweets: 0, blogPosts: 0 }));
    const en1 = findingOf(evaluate(input, { policy, locale: 'en' }), 'C0');
    const fr1 = findingOf(evaluate(input, { policy, locale: 'fr' }), 'C0');
    expect({ status: en1.status, en: en1.message, fr: fr1.message }).toEqual({ status: 'unmet', en, fr });
  });
});
