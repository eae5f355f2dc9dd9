import { describe, expect, it } from 'vitest';
import { validInput } from '../utils/factory.js';
import { evaluate, findingOf } from '../utils/evaluate.js';

// C3's evidence lists the conflicting bookings by crew, then in time order: the UTC instant, not the
// text, since bookings may be written with different offsets.
describe('C3 evidence order', () => {
  it('orders one crew’s conflicts by instant across offsets, then by event; text that is no instant last', () => {
    const conflicts = [
      // 09:00+01:00 is 08:00Z, the same instant as evt-8's start: then by event. 08:30Z is later although its text sorts first.
      { crewId: 'crew-a', eventId: 'evt-3', start: '2026-03-14T08:30:00Z', end: '2026-03-14T12:00:00Z' },
      { crewId: 'crew-a', eventId: 'evt-2', start: '2026-03-14T09:00:00+01:00', end: '2026-03-14T12:00:00+01:00' },
      { crewId: 'crew-a', eventId: 'evt-7', start: 'soon', end: 'later' },
      { crewId: 'crew-a', eventId: 'evt-6', start: 'soon', end: 'later' },
      { crewId: 'crew-a', eventId: 'evt-8', start: '2026-03-14T08:00:00Z', end: '2026-03-14T09:00:00Z' },
      { crewId: 'crew-a', eventId: 'evt-9', start: 'another day', end: 'later' },
      { crewId: 'crew-a', eventId: 'evt-4', start: 'soon', end: 'later' },
      { crewId: 'crew-0', eventId: 'evt-5', start: '2026-03-15T08:00:00Z', end: '2026-03-15T09:00:00Z' },
    ];
    const finding = findingOf(evaluate(validInput(), { availability: { eventId: 'evt-1', freeCrews: [], conflicts } }), 'C3');
    expect(finding.status).toBe('unmet');
    const order = (finding.evidence.conflicts as { crewId: string; eventId: string }[]).map((c) => `${c.crewId} ${c.eventId}`);
    // Not instants: 'another day' before 'soon' by text (although evt-9 sorts after the others), the
    // three 'soon' by event.
    expect(order).toEqual(['crew-0 evt-5', 'crew-a evt-2', 'crew-a evt-8', 'crew-a evt-3', 'crew-a evt-9', 'crew-a evt-4', 'crew-a evt-6', 'crew-a evt-7']);
  });
});
