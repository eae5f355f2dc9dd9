// docs/money.md, "createSettlement": receipts fed in chunks, as a program reading a stream does.
// Run: npm run build && node examples/createSettlement.mjs
import { createSettlement, money, settle } from 'webcast-partnership';

const eur = (amount) => money(amount, 'EUR');
const receipts = [
  { id: 's1', stream: 'sponsorship', amount: eur('2000'), receivedAt: '2026-03-01' },
  { id: 's2', stream: 'sponsorship', amount: eur('3000'), receivedAt: '2026-03-10' },
];

const settlement = createSettlement({ breakeven: eur('3000') }, { keepLines: false });
settlement.add(receipts.slice(0, 1));
const first = settlement.takeLines().map((line) => line.organizer);
settlement.add(receipts.slice(1));
const second = settlement.takeLines().map((line) => line.organizer);
const { organizer, lines } = settlement.statement();

// The totals and the last line are those of one settle() call over both receipts.
const same = JSON.stringify(settlement.statement()) === JSON.stringify({ ...settle({ breakeven: eur('3000') }, receipts), lines: lines });

console.log(JSON.stringify([first, second, organizer.amount, lines.length, settlement.count, same]));
//=> [["0.00"],["1000.00"],"1000.00",1,2,true]
