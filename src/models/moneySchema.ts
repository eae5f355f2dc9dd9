import * as z from 'zod/mini';
import { lazySchema } from './_lazy.js';
import { isPartnershipError } from '../errors.js';
import { money } from '../money/money.js';
import type { Money } from '../money/money.js';

/**
 * A {@link Money} inside a model: `{ amount: "1250.50", currency: "EUR" }`, validated by `money()`,
 * so a third decimal in EUR is `amount_scale_exceeds_currency` at `….amount`. The parsed value is canonical.
 *
 * @example
 * z.parse(MoneySchema, { amount: '1250.5', currency: 'EUR' }) //=> { amount: '1250.50', currency: 'EUR' }
 */
export const MoneySchema = lazySchema(() =>
  z
    .strictObject({ amount: z.string(), currency: z.string() })
    .check(
      z.superRefine((value, ctx) => {
        try {
          money(value.amount, value.currency);
        } catch (error) {
          if (!isPartnershipError(error)) throw error;
          const issue = error.issues[0];
          const key = issue?.path === 'currency' ? 'currency' : 'amount';
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: issue?.message ?? error.message,
            input: value[key],
            params: { code: error.code, final: true },
          });
        }
      }),
      z.overwrite((value): Money => {
        try {
          return money(value.amount, value.currency);
        } catch {
          return value;
        }
      }),
    ),
);
