import { Issues, rejectValue } from '../_lib/reject.js';
import { isRecord, own } from '../_lib/record.js';
import { moneyOf } from './money.js';
import type { Money } from './money.js';
import { formatDecimal, pow10, readDecimal } from './ratio.js';
import type { ExactDecimal } from './ratio.js';
import { readCurrency, readMoney } from './read.js';

/** The set-up of one filming, as the breakeven depends on it (seed § 2: "cameras, resources involved"). */
export interface Setup {
  /** Cameras on site, one or more (a whole number). */
  readonly cameras: number;
  /** Crew members on site, one or more (a whole number). */
  readonly crewMembers: number;
  /** Filming days, above zero; halves and other decimals allowed (`0.5`, `"1.5"`). */
  readonly days: number | string;
  /** Round trips of the crew to the venue (a whole number); none when left out. */
  readonly travel?: number;
  /** Hours of post-production, zero or more, decimals allowed; none when left out. */
  readonly postProductionHours?: number | string;
  /** Anything else the set-up costs (a lighting rental, a venue fee), each with its amount. */
  readonly extras?: readonly { readonly label: string; readonly amount: Money }[];
}

/** The platform's rates, all in one currency. */
export interface RateCard {
  /** What one camera costs for one day, operator excluded. */
  readonly cameraDay: Money;
  /** What one crew member costs for one day. */
  readonly crewMemberDay: Money;
  /** What one round trip of the crew costs; needed when the set-up travels. */
  readonly travel?: Money;
  /** What one hour of post-production costs; needed when the set-up has some. */
  readonly postProductionHour?: Money;
}

/** One item of a {@link BreakevenEstimate}: `amount = rate × quantity`, rounded up to the minor unit. */
export interface BreakevenLine {
  readonly item: 'camera_days' | 'crew_member_days' | 'travel' | 'post_production' | 'extra';
  /** What the line is for: `"2 cameras × 1.5 days"`, or an extra's own label. */
  readonly label: string;
  /** The quantity priced, as a shortest decimal string: `"3"` camera-days. */
  readonly quantity: string;
  /** The rate applied; an extra has none. */
  readonly rate?: Money;
  readonly amount: Money;
}

/** A proposed breakeven and how it is made up. The contract then fixes the figure. */
export interface BreakevenEstimate {
  readonly breakeven: Money;
  readonly lines: readonly BreakevenLine[];
}

function readQuantity(value: unknown, path: string, issues: Issues, whole: boolean, least: 0 | 1 | 'positive'): ExactDecimal | undefined {
  const read = typeof value === 'bigint' ? 'malformed' : readDecimal(value);
  if (typeof read === 'string' || (whole && read.scale > 0)) {
    issues.expected('quantity_malformed', path, whole ? 'a whole number' : 'a decimal number such as `1.5`', value);
    return undefined;
  }
  const low = least === 'positive' ? read.digits <= 0n : read.digits < BigInt(least);
  if (low) {
    issues.expected('quantity_out_of_range', path, least === 'positive' ? 'a number above zero' : `a number of at least ${least}`, value);
    return undefined;
  }
  return read;
}

function plural(count: ExactDecimal, one: string, many: string): string {
  return `${formatDecimal(count)} ${count.digits === 1n && count.scale === 0 ? one : many}`;
}

/**
 * Proposes a breakeven from a set-up and a rate card: camera-days, crew-member-days,
 * travel, post-production and extras, itemized.
 *
 * Each line is `rate × quantity`, rounded up to the currency's minor unit
 * when a decimal quantity makes it fall between two (the estimate covers the
 * cost); the breakeven is the sum of the lines. The seed calls the breakeven
 * symbolic: this is a proposal, and the contract fixes the figure.
 *
 * @throws {PartnershipError} `setup_malformed`, `rate_card_malformed`, `quantity_malformed`,
 *   `quantity_out_of_range`, `rate_missing`, `currency_mismatch`, `amount_negative`,
 *   `extra_malformed` (and the codes of {@link money}), each issue at its path (`setup.days`).
 * @example
 * const estimate = estimateBreakeven(
 *   { cameras: 2, crewMembers: 3, days: 1, travel: 1, postProductionHours: 4 },
 *   { cameraDay: money('150', 'EUR'), crewMemberDay: money('400', 'EUR'), travel: money('200', 'EUR'), postProductionHour: money('50', 'EUR') },
 * );
 * estimate.breakeven.amount //=> '1900.00'
 * estimate.lines.map((line) => line.amount.amount) //=> ['300.00', '1200.00', '200.00', '200.00']
 */
export function estimateBreakeven(setup: Setup, rateCard: RateCard): BreakevenEstimate {
  if (!isRecord(setup)) rejectValue('setup_malformed', 'setup', 'a set-up `{ cameras, crewMembers, days, … }`', setup);
  if (!isRecord(rateCard)) rejectValue('rate_card_malformed', 'rateCard', 'a rate card `{ cameraDay, crewMemberDay, … }`', rateCard);
  const issues = new Issues();
  issues.unknownKeys(setup, ['cameras', 'crewMembers', 'days', 'travel', 'postProductionHours', 'extras'], 'setup');
  issues.unknownKeys(rateCard, ['cameraDay', 'crewMemberDay', 'travel', 'postProductionHour'], 'rateCard');
  const unit = readCurrency(own(rateCard, 'cameraDay'), 'rateCard.cameraDay', issues);
  issues.throwIfAny();
  const { currency, exponent } = unit as { currency: string; exponent: number };
  const like = 'the camera-day rate';

  const cameras = readQuantity(own(setup, 'cameras'), 'setup.cameras', issues, true, 1);
  const crew = readQuantity(own(setup, 'crewMembers'), 'setup.crewMembers', issues, true, 1);
  const days = readQuantity(own(setup, 'days'), 'setup.days', issues, false, 'positive');
  const travelValue = own(setup, 'travel');
  const travel = travelValue === undefined ? undefined : readQuantity(travelValue, 'setup.travel', issues, true, 0);
  const hoursValue = own(setup, 'postProductionHours');
  const hours = hoursValue === undefined ? undefined : readQuantity(hoursValue, 'setup.postProductionHours', issues, false, 0);

  const rate = (key: string, needed: boolean): bigint | undefined => {
    const value = own(rateCard, key);
    if (value === undefined && !needed) return undefined;
    if (value === undefined) {
      issues.add('rate_missing', `rateCard.${key}`, 'Expected a rate, as the set-up needs one, got nothing', `Expected \`rateCard.${key}\` to be a rate, as the set-up needs one, got nothing`);
      return undefined;
    }
    return readMoney(value, `rateCard.${key}`, currency, issues, false, like);
  };
  const cameraDay = rate('cameraDay', true);
  const crewMemberDay = rate('crewMemberDay', true);
  const travelRate = rate('travel', travel !== undefined && travel.digits > 0n);
  const hourRate = rate('postProductionHour', hours !== undefined && hours.digits > 0n);

  const extrasValue = own(setup, 'extras');
  const extras: { label: string; amount: bigint }[] = [];
  if (extrasValue !== undefined) {
    if (!Array.isArray(extrasValue)) issues.expected('extra_malformed', 'setup.extras', 'a list of `{ label, amount }`', extrasValue);
    else {
      extrasValue.forEach((extra: unknown, i) => {
        const path = `setup.extras[${i}]`;
        if (!isRecord(extra)) return issues.expected('extra_malformed', path, 'an extra `{ label, amount }`', extra);
        issues.unknownKeys(extra, ['label', 'amount'], path);
        const label = own(extra, 'label');
        if (typeof label !== 'string' || label.trim() === '') issues.expected('extra_malformed', `${path}.label`, 'a non-empty label', label);
        const amount = readMoney(own(extra, 'amount'), `${path}.amount`, currency, issues, false, like);
        if (typeof label === 'string' && amount !== undefined) extras.push({ label, amount });
      });
    }
  }
  issues.throwIfAny();

  const lines: BreakevenLine[] = [];
  let total = 0n;
  const price = (item: BreakevenLine['item'], label: string, quantity: ExactDecimal, units: bigint): void => {
    // rate × quantity in minor units, rounded up: quantity = digits / 10^scale.
    const denominator = pow10(quantity.scale);
    const amount = (units * quantity.digits + denominator - 1n) / denominator;
    total += amount;
    lines.push(Object.freeze({ item, label, quantity: formatDecimal(quantity), rate: moneyOf(units, exponent, currency), amount: moneyOf(amount, exponent, currency) }));
  };
  const times = (a: ExactDecimal, b: ExactDecimal): ExactDecimal => {
    let digits = a.digits * b.digits;
    let scale = a.scale + b.scale;
    while (scale > 0 && digits % 10n === 0n) {
      digits /= 10n;
      scale -= 1;
    }
    return { digits, scale };
  };
  const c = cameras as ExactDecimal;
  const m = crew as ExactDecimal;
  const d = days as ExactDecimal;
  price('camera_days', `${plural(c, 'camera', 'cameras')} × ${plural(d, 'day', 'days')}`, times(c, d), cameraDay as bigint);
  price('crew_member_days', `${plural(m, 'crew member', 'crew members')} × ${plural(d, 'day', 'days')}`, times(m, d), crewMemberDay as bigint);
  if (travel !== undefined && travelRate !== undefined) price('travel', plural(travel, 'round trip', 'round trips'), travel, travelRate);
  if (hours !== undefined && hourRate !== undefined) price('post_production', `${plural(hours, 'hour', 'hours')} of post-production`, hours, hourRate);
  for (const extra of extras) {
    total += extra.amount;
    lines.push(Object.freeze({ item: 'extra', label: extra.label, quantity: '1', amount: moneyOf(extra.amount, exponent, currency) }));
  }
  return Object.freeze({ breakeven: moneyOf(total, exponent, currency), lines: Object.freeze(lines) });
}
