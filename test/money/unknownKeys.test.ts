import { describe, expect, it } from 'vitest';
import { createSettlement, estimateBreakeven, money, settle, splitRevenue } from '../../src/index.js';
import { thrown } from '../utils/thrown.js';

const eur = (amount: string) => money(amount, 'EUR');

// Issue 11: a typo in a hand-read money input used to be ignored and silently change the money.
describe('unknown keys in money inputs', () => {
  it('splitRevenue: `organizerShar` is refused, not read as the default 0.5 (which paid 1000.00 instead of 1800.00)', () => {
    expect(splitRevenue(eur('5000'), { breakeven: eur('3000'), organizerShare: '0.9' }).organizer.amount).toBe('1800.00');
    const error = thrown(() => splitRevenue(eur('5000'), { breakeven: eur('3000'), organizerShar: '0.9' } as never));
    expect(error.code).toBe('unknown_key');
    expect(error.issues).toEqual([{ code: 'unknown_key', path: 'terms.organizerShar', message: 'Expected a known key, got `organizerShar`: did you mean `organizerShare`?' }]);
  });

  it('estimateBreakeven: `postProductionHour` in the set-up is refused (the breakeven was 300 instead of 2300)', () => {
    const rateCard = { cameraDay: eur('300'), crewMemberDay: eur('0'), postProductionHour: eur('50') };
    expect(estimateBreakeven({ cameras: 1, crewMembers: 1, days: 1, postProductionHours: 40 }, rateCard).breakeven.amount).toBe('2300.00');
    const error = thrown(() => estimateBreakeven({ cameras: 1, crewMembers: 1, days: 1, postProductionHour: 40 } as never, rateCard));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([['setup.postProductionHour', 'Expected a known key, got `postProductionHour`: did you mean `postProductionHours`?']]);
    const extra = thrown(() => estimateBreakeven({ cameras: 1, crewMembers: 1, days: 1, extras: [{ label: 'Drone', amount: eur('10'), ammount: 1 }] } as never, rateCard));
    expect(extra.issues.map((i) => i.path)).toEqual(['setup.extras[0].ammount']);
    const card = thrown(() => estimateBreakeven({ cameras: 1, crewMembers: 1, days: 1 }, { ...rateCard, cameraDays: eur('1') } as never));
    expect(card.issues.map((i) => i.path)).toEqual(['rateCard.cameraDays']);
  });

  it('settle: an unknown key of the terms or of a clause is refused, each at its path', () => {
    const error = thrown(() => settle({ breakeven: eur('1000'), clauss: {}, clauses: { dvd: { organizerShare: '0.5', countsTowardBreakeven: true, countTowardBreakeven: false } } } as never, []));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_key', 'terms.clauss'],
      ['unknown_key', 'terms.clauses.dvd.countTowardBreakeven'],
    ]);
    expect(error.issues[0]!.message).toBe('Expected a known key, got `clauss`: did you mean `clauses`?');
  });

  it('createSettlement: `keeplines` is refused rather than keep every line in memory', () => {
    const error = thrown(() => createSettlement({ breakeven: eur('1') }, { keeplines: false } as never));
    expect(error.issues).toEqual([{ code: 'unknown_key', path: 'options.keeplines', message: 'Expected a known key, got `keeplines`: did you mean `keepLines`?' }]);
  });

  it('lists the known keys when none is close', () => {
    const error = thrown(() => splitRevenue(eur('1'), { breakeven: eur('1'), colour: 'red' } as never));
    expect(error.issues[0]!.message).toBe('Expected one of the known keys `breakeven`, `organizerShare`, `recovered`, got `colour`');
  });
});
