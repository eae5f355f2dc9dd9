// Hand-written inputs shared by the settlement tests: EUR amounts, the seed's terms, one receipt.
import { money } from '../../src/index.js';
import type { Money, Receipt, SettlementTerms } from '../../src/index.js';

/** An amount in EUR. */
export const eur = (amount: string): Money => money(amount, 'EUR');

/** The seed's own terms: a 3,000 EUR breakeven, shared 50-50 above it. */
export const seedTerms: SettlementTerms = { breakeven: eur('3000') };

/** A receipt in EUR, sponsorship unless another stream is named. */
export const receipt = (id: string, amount: string, receivedAt: string, stream: Receipt['stream'] = 'sponsorship'): Receipt => ({
  id,
  stream,
  amount: eur(amount),
  receivedAt,
});
