/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON, changed one field at a time */
// C0 `symbolic-promotion` (src/rules/symbolicPromotion.ts): a free or semi-free deal carries the
// organizer's promotion effort, at least `minPromotionActions` links, tweets or blog posts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, parsePolicy } from '../../src/models/policy.js';
import { validInput, withChange } from '../utils/factory.js';
import { FIXED_POLICY, evaluate, findingOf } from '../utils/evaluate.js';
import { described, findingCases, outlineCases, ruleOf, START_DUE } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

const promotion = (p: Record<string, number>): any => withChange((i) => (i.partner.commitments.promotion = p));
const policyWith = (parameters: Record<string, number>) =>
  parsePolicy({ ...FIXED_POLICY, version: 'test', parameters: { ...FIXED_POLICY.parameters, ...parameters } });
const PROMOTION_EN = (n: number, s: string) => `Commit to at least ${n} promotion action${s}: exchanged links, tweets or blog posts about the event and its coverage.`;
const PROMOTION_FR = (n: number, s: string) => `Engagez-vous à au moins ${n} action${s} de promotion : liens échangés, twitts ou billets de blog sur l'événement et sa captation.`;

const FINDINGS: readonly FindingCase[] = [
  {
    name: 'met with one blog post, in the singular',
    input: promotion({ links: 0, tweets: 0, blogPosts: 1 }),
    expected: { status: 'met', evidence: { links: 0, tweets: 0, blogPosts: 1, required: 1 }, en: 'The organizer commits to 1 promotion action (links, tweets, blog posts).', fr: "L'organisateur s'engage à 1 action de promotion (liens, twitts, billets de blog)." },
  },
  {
    name: 'met with a link and a blog post, in the plural',
    input: promotion({ links: 1, tweets: 0, blogPosts: 1 }),
    expected: { status: 'met', evidence: { links: 1, tweets: 0, blogPosts: 1, required: 1 }, en: 'The organizer commits to 2 promotion actions (links, tweets, blog posts).', fr: "L'organisateur s'engage à 2 actions de promotion (liens, twitts, billets de blog)." },
  },
  {
    name: 'unmet with no action for the one required',
    input: promotion({ links: 0, tweets: 0, blogPosts: 0 }),
    expected: {
      status: 'unmet',
      evidence: { links: 0, tweets: 0, blogPosts: 0, required: 1 },
      en: 'A free or semi-free deal carries a symbolic promotion effort: 0 promotion actions, at least 1 expected.',
      fr: 'Une prestation gratuite ou semi-gratuite implique un investissement intellectuel symbolique : 0 action de promotion sur 1 au moins.',
      remedy: { code: 'promotion_effort_missing', en: PROMOTION_EN(1, ''), fr: PROMOTION_FR(1, '') },
    },
  },
  {
    name: 'unmet with one action when the policy asks two',
    input: promotion({ links: 1, tweets: 0, blogPosts: 0 }),
    options: { policy: policyWith({ minPromotionActions: 2 }) },
    expected: {
      status: 'unmet',
      evidence: { links: 1, tweets: 0, blogPosts: 0, required: 2 },
      en: 'A free or semi-free deal carries a symbolic promotion effort: 1 promotion action, at least 2 expected.',
      fr: 'Une prestation gratuite ou semi-gratuite implique un investissement intellectuel symbolique : 1 action de promotion sur 2 au moins.',
      remedy: { code: 'promotion_effort_missing', en: PROMOTION_EN(2, 's'), fr: PROMOTION_FR(2, 's') },
    },
  },
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met with the factory’s 8 promotion actions', input: validInput(), expected: { status: 'met', evidence: { links: 2, tweets: 5, blogPosts: 1, required: 1 } } },
  { name: 'met with a single tweet', input: withChange((i) => (i.partner.commitments.promotion = { tweets: 1 })), expected: { status: 'met' } },
  { name: 'unmet with no promotion effort at all', input: withChange((i) => (i.partner.commitments.promotion = { links: 0, tweets: 0, blogPosts: 0 })), expected: { status: 'unmet' } },
  { name: 'unmet when no commitments are given', input: withChange((i) => delete i.partner.commitments), expected: { status: 'unmet' } },
];

describe('C0 symbolic-promotion', () => {
  it('is overview, blocking by default, one finding for the event', () => {
    expect(described(ruleOf('C0'))).toStrictEqual({ id: 'C0', name: 'symbolic-promotion', clause: 'overview', defaultKind: 'blocking', scope: 'event' });
  });

  // Every branch's finding, whole: status, evidence, parameters, deadline, message in both languages,
  // remedy (code, due instant, both texts); singular and plural, at the deadline instant and after.
  describe('findings, exact in English and French', () => findingCases('C0', { parameters: ['contractLeadDays', 'minPromotionActions'], due: START_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C0', OUTCOMES));

  describe('wording', () => {
    it.each([
      [0, 'A free or semi-free deal carries a symbolic promotion effort: 0 promotion actions, at least 5 expected.', 'Une prestation gratuite ou semi-gratuite implique un investissement intellectuel symbolique : 0 action de promotion sur 5 au moins.'],
      [1, 'A free or semi-free deal carries a symbolic promotion effort: 1 promotion action, at least 5 expected.', 'Une prestation gratuite ou semi-gratuite implique un investissement intellectuel symbolique : 1 action de promotion sur 5 au moins.'],
      [3, 'A free or semi-free deal carries a symbolic promotion effort: 3 promotion actions, at least 5 expected.', 'Une prestation gratuite ou semi-gratuite implique un investissement intellectuel symbolique : 3 actions de promotion sur 5 au moins.'],
    ])('unmet with %i actions of the 5 a policy asks', (links, en, fr) => {
      const policy = parsePolicy({ ...DEFAULT_POLICY, version: 'test', parameters: { ...DEFAULT_POLICY.parameters, minPromotionActions: 5 } });
      const input = withChange((i) => (i.partner.commitments.promotion = { links, tweets: 0, blogPosts: 0 }));
      const en1 = findingOf(evaluate(input, { policy, locale: 'en' }), 'C0');
      const fr1 = findingOf(evaluate(input, { policy, locale: 'fr' }), 'C0');
      expect({ status: en1.status, en: en1.message, fr: fr1.message }).toEqual({ status: 'unmet', en, fr });
    });
  });
});
