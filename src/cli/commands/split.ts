import { isPartnershipError, type PartnershipIssue } from '../../errors.js';
import { renameIssues } from '../../_lib/reject.js';
import { splitRevenue } from '../../money/splitRevenue.js';
import { stringFlag, type Command } from '../command.js';
import { asFlags, EXIT, InputErrors, UsageError } from '../io.js';
import { renderTable } from '../table.js';
import { wordsFor } from '../labels.js';
import { localeFlag } from '../options.js';
import { amountArg, currencyArg } from '../amount.js';
import { describeValue } from '../../_lib/describe.js';

/**
 * Runs `fn`, adding to the core's "zero or more" for a negative `<received>` where a refund
 * goes. (Said here rather than in `splitRevenue`, whose every byte counts in the sheets bundle.)
 */
function refundsGoThroughSettle<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!isPartnershipError(error)) throw error;
    const hint = ' (a split shares out one payment; refunds go through `settle`)';
    const told = (issue: PartnershipIssue) => (issue.code === 'amount_negative' && issue.path === '<received>' ? { ...issue, message: issue.message + hint } : issue);
    throw renameIssues(error, told);
  }
}

/** `split`: shares one payment out over a breakeven. */
export const split: Command = {
  name: 'split',
  summary: 'share one payment out: the breakeven first, then the surplus 50-50',
  help: `Usage: webcast-partnership split <received> --breakeven <amount> [options]

Shares one payment out: it first covers what is left of the breakeven (it goes
to the platform); the surplus is shared, the organizer getting its share. The
odd minor unit goes to the platform.

Options:
  --breakeven <amount>  the breakeven fixed in the contract (required)
  --share <fraction>    the organizer's share of the surplus, 0 to 1 (default 0.5)
  --recovered <amount>  what earlier payments already recovered (default 0)
  --currency <code>     ISO 4217 currency of every amount (default EUR)
  --locale <en|fr>      language of the output (default en)
  --json                print the split as JSON
  -h, --help            show this help

A split shares out one payment of zero or more; refunds (negative amounts)
go through \`settle\`.

Example:
  webcast-partnership split 5000 --breakeven 3000
  #=> platform 4000.00 EUR, organizer 1000.00 EUR
`,
  options: {
    breakeven: { type: 'string' },
    share: { type: 'string' },
    recovered: { type: 'string' },
    currency: { type: 'string' },
    locale: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  run(input) {
    const locale = localeFlag(input);
    const currency = currencyArg(stringFlag(input, 'currency') ?? 'EUR');
    const breakeven = stringFlag(input, 'breakeven');
    if (breakeven === undefined) throw new UsageError('split: --breakeven <amount> is required\nRun `webcast-partnership split --help`.');
    const share = stringFlag(input, 'share');
    if (share !== undefined && share.trim().endsWith('%')) {
      throw new UsageError(`--share: Expected a share as a fraction between 0 and 1, such as \`0.5\` for half, got ${describeValue(share)}`);
    }
    const recovered = stringFlag(input, 'recovered');
    // Every amount is read before any is refused, so that one error names every bad one.
    const found = new InputErrors();
    const received = found.attempt(() => amountArg(input.positionals[0]!, currency, '<received>'));
    const breakevenAmount = found.attempt(() => amountArg(breakeven, currency, '--breakeven'));
    const recoveredAmount = recovered === undefined ? undefined : found.attempt(() => amountArg(recovered, currency, '--recovered'));
    found.throwIfAny();
    // Past throwIfAny, every amount given was read.
    const result = refundsGoThroughSettle(() => asFlags({ received: '<received>', 'terms.breakeven': '--breakeven', 'terms.organizerShare': '--share', 'terms.recovered': '--recovered' }, () =>
      splitRevenue(received!, {
        breakeven: breakevenAmount!,
        ...(share === undefined ? {} : { organizerShare: share }),
        ...(recoveredAmount === undefined ? {} : { recovered: recoveredAmount }),
      }),
    ));
    if (input.values.json === true) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      const w = wordsFor(locale);
      const row = (term: 'toBreakeven' | 'surplus' | 'platform' | 'organizer', amount: string) => [w.term(term), amount, currency];
      process.stdout.write(
        renderTable(
          (['part', 'amount', 'currency'] as const).map(w.term),
          [row('toBreakeven', result.toBreakeven.amount), row('surplus', result.surplus.amount), row('platform', result.platform.amount), row('organizer', result.organizer.amount)],
          ['left', 'right', 'left'],
        ),
      );
    }
    return EXIT.ok;
  },
};
