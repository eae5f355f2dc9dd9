import { readFileSync } from 'node:fs';
import { settle } from '../../src/money/settle.js';
import { parseContract, settlementTerms } from '../../src/models/contract.js';
import type { Receipt, Statement } from '../../src/money/types.js';

/** A file of examples/data. */
export const data = (name: string): string => new URL(`../../examples/data/${name}`, import.meta.url).pathname;

/** The demo's Web Days contract and its settled statement (receipts-webdays.json). */
export function webDays(): { contract: ReturnType<typeof parseContract>; statement: Statement } {
  const contract = parseContract(JSON.parse(readFileSync(data('contract.json'), 'utf8')));
  const receipts = JSON.parse(readFileSync(data('receipts-webdays.json'), 'utf8')) as Receipt[];
  return { contract, statement: settle(settlementTerms(contract), receipts) };
}
