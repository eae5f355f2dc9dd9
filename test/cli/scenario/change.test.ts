import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../src/cli/scenario/change.js';

const request = {
  id: 'req-1',
  event: { cameras: 2, topics: ['web', 'media'], audio: { feed: 'xlr', confirmedAt: '2026-02-04' } },
  speakers: [
    { id: 'spk-1', name: 'Ana', informedAt: '2026-01-20' },
    { id: 'spk-2', name: 'Ben', informedAt: '2026-01-21' },
  ],
};

describe('applyChange', () => {
  it('changes a mapping key by key, keeping what the change does not name', () => {
    const { value, problems } = applyChange(request, { event: { cameras: 4, audio: { feed: 'line' } } }, ['change']);
    expect(problems).toEqual([]);
    expect(value).toEqual({ ...request, event: { cameras: 4, topics: ['web', 'media'], audio: { feed: 'line', confirmedAt: '2026-02-04' } } });
  });

  it('removes a key given null (`~` in YAML)', () => {
    const { value } = applyChange(request, { event: { audio: { confirmedAt: null } } }, ['change']);
    expect((value as typeof request).event.audio).toEqual({ feed: 'xlr' });
  });

  it('adds a key the base does not have, leaving out the nulls inside it', () => {
    const { value } = applyChange(request, { editorialVerdict: { verdict: 'approved', at: '2026-01-15', note: null } }, ['change']);
    expect((value as Record<string, unknown>).editorialVerdict).toEqual({ verdict: 'approved', at: '2026-01-15' });
  });

  it('replaces a list whole when given a list', () => {
    const { value } = applyChange(request, { event: { topics: ['design'] } }, ['change']);
    expect((value as typeof request).event.topics).toEqual(['design']);
  });

  it('changes a list of items with ids item by item, and removes an item given null', () => {
    const { value, problems } = applyChange(request, { speakers: { 'spk-2': { informedAt: null, name: 'Benoît' }, 'spk-1': null } }, ['change']);
    expect(problems).toEqual([]);
    expect((value as typeof request).speakers).toEqual([{ id: 'spk-2', name: 'Benoît' }]);
  });

  it('keeps a `__proto__` key as a key, for the request to refuse, never as a prototype', () => {
    const change = JSON.parse('{"event": {"__proto__": {"cameras": 9}}}') as object;
    const { value } = applyChange(request, change, ['change']);
    const event = (value as { event: Record<string, unknown> }).event;
    expect(Object.keys(event)).toEqual(['cameras', 'topics', 'audio', '__proto__']);
    expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
    expect(event.cameras).toBe(2);
  });

  it('never changes the base', () => {
    const before = JSON.stringify(request);
    applyChange(request, { event: { cameras: 9 }, speakers: { 'spk-1': { name: 'X' } } }, ['change']);
    expect(JSON.stringify(request)).toBe(before);
  });

  describe('problems (a typo is never a silent no-op)', () => {
    it('names an id the list does not hold, with the one it most likely meant', () => {
      const { problems } = applyChange(request, { speakers: { 'spk-3': { name: 'Chloé' }, 'spk-l': null } }, ['change']);
      expect(problems).toEqual([
        { at: ['change', 'speakers', 'spk-3'], message: 'Expected the id of an item of this list (to add an item, give the whole list), got `spk-3`: did you mean `spk-1`?' },
        { at: ['change', 'speakers', 'spk-l'], message: 'Expected the id of an item of this list (to add an item, give the whole list), got `spk-l`: did you mean `spk-1`?' },
      ]);
    });

    it('names a key to remove that is not there, with the keys that are', () => {
      const { problems } = applyChange(request, { event: { audio: { confirmedat: null } } }, ['change']);
      expect(problems).toEqual([{ at: ['change', 'event', 'audio', 'confirmedat'], message: 'Expected a key to remove, got `confirmedat`: did you mean `confirmedAt`?' }]);
    });

    it('never shows a key written inside a personal-data field, which may be the data itself', () => {
      const base = { event: { audio: { soundEngineer: { name: 'Sam', email: 'sam@example.org' } } } };
      const { problems } = applyChange(base, { event: { audio: { soundEngineer: { 'sam@example.org': null } } } }, ['change']);
      expect(problems).toEqual([{ at: ['change', 'event', 'audio', 'soundEngineer', '<hidden>'], message: 'Expected a key to remove, got a key (not shown: personal data)' }]);
    });

    it('refuses a mapping for a list whose items have no id', () => {
      const { problems } = applyChange(request, { event: { topics: { web: 'design' } } }, ['change']);
      expect(problems).toEqual([{ at: ['change', 'event', 'topics'], message: 'Expected a list (this list is changed whole: its items have no `id` to change them by), got a mapping' }]);
    });
  });

  describe('properties', () => {
    const json = fc.jsonValue({ maxDepth: 3 });

    it('an empty change gives the base (golden: the request above)', () => {
      expect(applyChange(request, {}, []).value).toEqual(request);
      fc.assert(
        fc.property(fc.dictionary(fc.string(), json), (base) => {
          expect(applyChange(base, {}, []).value).toEqual(base);
        }),
      );
    });

    it('a change that is not a mapping replaces the base whole (golden: a list)', () => {
      expect(applyChange(request, [1, 2], []).value).toEqual([1, 2]);
      const notMapping = json.filter((change) => typeof change !== 'object' || change === null || Array.isArray(change));
      fc.assert(
        fc.property(json, notMapping, (base, change) => {
          expect(applyChange(base, change, []).value).toEqual(change);
        }),
      );
    });
  });
});
