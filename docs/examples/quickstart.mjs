// The README's example. Run: npm run build && node docs/examples/quickstart.mjs
import { DEFAULT_POLICY, money, settle, splitRevenue } from 'webcast-partnership';
import { evaluateEligibility } from 'webcast-partnership/rules';
import { readFileSync } from 'node:fs';

// The seed's own case: a 3,000 EUR breakeven and a 5,000 EUR sponsor.
const split = splitRevenue(money('5000', 'EUR'), { breakeven: money('3000', 'EUR') });

// Two sponsors at different dates: the breakeven is consumed once, cumulatively.
const statement = settle({ breakeven: money('3000', 'EUR') }, [
  { id: 's1', stream: 'sponsorship', amount: money('2000', 'EUR'), receivedAt: '2026-03-01' },
  { id: 's2', stream: 'sponsorship', amount: money('3000', 'EUR'), receivedAt: '2026-03-10' },
]);

// Is this conference eligible for partnership coverage, a month before?
const request = JSON.parse(readFileSync(new URL('data/request.json', import.meta.url), 'utf8'));
const availability = { eventId: request.event.id, freeCrews: ['crew-paris'], conflicts: [] };
const report = evaluateEligibility(request, { policy: DEFAULT_POLICY, asOf: '2026-02-10', availability });

console.log(JSON.stringify([split.platform.amount, split.organizer.amount, statement.organizer.amount, report.decision]));
//=> ["4000.00","1000.00","1000.00","eligible"]
