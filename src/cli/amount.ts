import { minorUnits } from '../money/minorUnits.js';
import { fromMinorUnits, parseMinorUnits, type Money } from '../money/money.js';

/** Reads the `--currency` flag, naming the flag in the error. */
export function currencyArg(currency: string): string {
  minorUnits(currency, '--currency');
  return currency;
}

/** Reads an amount argument as Money, naming the argument (`--breakeven`) in the error. */
export function amountArg(value: string, currency: string, name: string): Money {
  return fromMinorUnits(parseMinorUnits(value, currency, name), currency);
}
