import { Issues, rejectValue } from '../_lib/reject.js';
import { isRecord, own } from '../_lib/record.js';
import { currencyTable } from './currencies.js';
import { canonicalUnits, formatMinorUnits } from './money.js';
import type { Money } from './money.js';
import { readCurrency, readMoney } from './read.js';
import { HALF, readShare } from './ratio.js';
import type { Share, ShareInput } from './ratio.js';

/** The terms {@link splitRevenue} applies to one payment. */
export interface SplitTerms {
  /** The breakeven fixed in the contract before the event. */
  readonly breakeven: Money;
  /** The organizer's share of the surplus, a decimal in [0, 1]; `"0.5"` when left out (the seed's 50-50). */
  readonly organizerShare?: ShareInput;
  /** What earlier payments already recovered of the breakeven; zero when left out. */
  readonly recovered?: Money;
}

/** How one payment is shared out by {@link splitRevenue}. `platform + organizer` is what was received. */
export interface Split {
  /** What this payment covers of the breakeven still open (it goes to the platform). */
  readonly toBreakeven: Money;
  /** What is above the breakeven, shared between platform and organizer. */
  readonly surplus: Money;
  /** The platform's part: `toBreakeven` plus its share of the surplus, odd unit included. */
  readonly platform: Money;
  /** The organizer's part: the floor of `organizerShare × surplus`, in minor units. */
  readonly organizer: Money;
}

/**
 * Shares one payment out: first what is left of the breakeven (to the platform), then the surplus.
 *
 * The organizer gets the floor of `organizerShare × surplus` in minor units;
 * the odd unit that the floor leaves goes to the platform, which carries the
 * producer risk. Nothing is rounded to the organizer's favour, and
 * `platform + organizer` is always exactly `received`.
 *
 * One payment only: chained calls passing `recovered` are not a continuation,
 * since each call floors its own surplus. Two payments of 0.01 EUR over a zero
 * breakeven give the organizer 0.00 + 0.00 this way, where one surplus of 0.02
 * gives 0.01. For several payments use {@link settle}, which computes the
 * entitlement on cumulative totals.
 *
 * @param received - the payment, zero or more.
 * @param terms - the breakeven, the organizer's share (`"0.5"` by default), and what earlier payments recovered.
 * @throws {PartnershipError} `money_malformed`, `currency_unknown`, `currency_mismatch`, `amount_negative`,
 *   `share_malformed`, `share_out_of_range`, `recovered_exceeds_breakeven` (and the codes of {@link money}),
 *   each issue at its path (`terms.breakeven.amount`).
 * @example
 * const split = splitRevenue(money('5000', 'EUR'), { breakeven: money('3000', 'EUR') });
 * [split.toBreakeven.amount, split.surplus.amount, split.platform.amount, split.organizer.amount]
 * //=> ['3000.00', '2000.00', '4000.00', '1000.00']
 * splitRevenue(money('2500', 'EUR'), { breakeven: money('3000', 'EUR') }).organizer.amount
 * //=> '0.00'
 */
export function splitRevenue(received: Money, terms: SplitTerms): Split {
  const fast = isRecord(terms) ? canonicalSplit(received, terms) : undefined;
  if (fast !== undefined) return fast;
  if (!isRecord(terms)) rejectValue('terms_malformed', 'terms', 'split terms `{ breakeven, organizerShare?, recovered? }`', terms);
  const issues = new Issues();
  issues.unknownKeys(terms, ['breakeven', 'organizerShare', 'recovered'], 'terms');
  const breakevenValue = own(terms, 'breakeven');
  const unit = readCurrency(breakevenValue, 'terms.breakeven', issues);
  issues.throwIfAny();
  const { currency, exponent } = unit as { currency: string; exponent: number };
  const breakeven = readMoney(breakevenValue, 'terms.breakeven', currency, issues);
  const receivedUnits = readMoney(received, 'received', currency, issues);
  const recoveredValue = own(terms, 'recovered');
  const recovered = recoveredValue === undefined ? 0n : readMoney(recoveredValue, 'terms.recovered', currency, issues);
  const shareValue = own(terms, 'organizerShare');
  const share: Share | undefined = shareValue === undefined ? HALF : readShare(shareValue, 'terms.organizerShare', issues);
  if (breakeven !== undefined && recovered !== undefined && recovered > breakeven) {
    issues.add(
      'recovered_exceeds_breakeven',
      'terms.recovered.amount',
      `Expected at most the breakeven (${formatMinorUnits(breakeven, exponent)}), got ${formatMinorUnits(recovered, exponent)}`,
      `Expected \`terms.recovered.amount\` to be at most the breakeven (${formatMinorUnits(breakeven, exponent)}), got ${formatMinorUnits(recovered, exponent)}`,
    );
  }
  issues.throwIfAny();
  return splitUnits(receivedUnits as bigint, breakeven as bigint, recovered as bigint, share as Share, exponent, currency);
}

/**
 * The split of the call as users write it, `splitRevenue(money(…), { breakeven: money(…) })`:
 * canonical amounts (as money() makes them) are read without the full parser, then split by the
 * same arithmetic as every other call. `undefined`
 * sends anything else (a non-canonical amount, a share other than one half, any issue) to the
 * full reading, which gives the same split or the same error as ever.
 */
// Own properties only, read by name: `own()` takes any key, and the short path is hot.
const hasOwn = Object.prototype.hasOwnProperty;

function canonicalSplit(received: unknown, terms: Record<string, unknown>): Split | undefined {
  // for…in, not Object.keys: no array made. It also lists inherited keys, which only send the
  // call to the full reading.
  for (const key in terms) {
    if (key !== 'breakeven' && key !== 'organizerShare' && key !== 'recovered') return undefined;
  }
  const shareValue = hasOwn.call(terms, 'organizerShare') ? terms.organizerShare : undefined;
  if (shareValue !== undefined && shareValue !== '0.5' && shareValue !== 0.5) return undefined;
  const breakevenValue = hasOwn.call(terms, 'breakeven') ? terms.breakeven : undefined;
  if (!isRecord(breakevenValue) || !isRecord(received)) return undefined;
  const currency = hasOwn.call(breakevenValue, 'currency') ? breakevenValue.currency : undefined;
  if (typeof currency !== 'string' || !hasOwn.call(received, 'currency') || received.currency !== currency) return undefined;
  const exponent = currencyTable().get(currency);
  if (exponent === undefined) return undefined;
  const breakevenAmount = hasOwn.call(breakevenValue, 'amount') ? breakevenValue.amount : undefined;
  const receivedAmount = hasOwn.call(received, 'amount') ? received.amount : undefined;
  if (typeof breakevenAmount !== 'string' || typeof receivedAmount !== 'string') return undefined;
  const breakevenUnits = canonicalUnits(breakevenAmount, exponent);
  const receivedUnits = canonicalUnits(receivedAmount, exponent);
  if (breakevenUnits === undefined || receivedUnits === undefined || breakevenUnits < 0 || receivedUnits < 0) return undefined;
  const recoveredValue = hasOwn.call(terms, 'recovered') ? terms.recovered : undefined;
  let recovered = 0n;
  if (recoveredValue !== undefined) {
    if (!isRecord(recoveredValue) || !hasOwn.call(recoveredValue, 'currency') || recoveredValue.currency !== currency) return undefined;
    const amount = hasOwn.call(recoveredValue, 'amount') ? recoveredValue.amount : undefined;
    const units = typeof amount === 'string' ? canonicalUnits(amount, exponent) : undefined;
    if (units === undefined || units < 0 || units > breakevenUnits) return undefined;
    recovered = BigInt(units);
  }
  // The arithmetic is the full reading's own: only the reading is shorter.
  return splitUnits(BigInt(receivedUnits), BigInt(breakevenUnits), recovered, HALF, exponent, currency, receivedAmount, recovered === 0n ? breakevenAmount : undefined);
}

/**
 * The split itself, on minor units. `receivedText` and `openText`, when given, are the canonical
 * strings of `received` and of the breakeven still open: a part equal to one of them reuses it
 * rather than formatting the same amount again.
 */
function splitUnits(received: bigint, breakeven: bigint, recovered: bigint, share: Share, exponent: number, currency: string, receivedText?: string, openText?: string): Split {
  const open = breakeven - recovered;
  const toBreakeven = received < open ? received : open;
  const surplus = received - toBreakeven;
  const organizer = (surplus * share.numerator) / share.denominator;
  const text = (units: bigint): string => (units === received && receivedText !== undefined ? receivedText : units === open && openText !== undefined ? openText : formatMinorUnits(units, exponent));
  const surplusText = text(surplus);
  const organizerText = organizer === surplus ? surplusText : text(organizer);
  return Object.freeze({
    toBreakeven: Object.freeze({ amount: text(toBreakeven), currency }),
    surplus: Object.freeze({ amount: surplusText, currency }),
    platform: Object.freeze({ amount: text(received - organizer), currency }),
    organizer: Object.freeze({ amount: organizerText, currency }),
  });
}
