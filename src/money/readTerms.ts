import { describeValue } from '../_lib/describe.js';
import { Issues, rejectValue } from '../_lib/reject.js';
import { isRecord, own } from '../_lib/record.js';
import { keyPath } from '../_lib/path.js';
import { HALF, readShare } from './ratio.js';
import type { Share } from './ratio.js';
import { readCurrency, readMoney } from './read.js';
import { STREAMS } from './streams.js';
import type { Stream } from './streams.js';

/** One stream's clause, read: its exact share and whether it pays the breakeven. @internal */
export interface Clause {
  readonly share: Share;
  readonly counts: boolean;
}

/** Settlement terms, read and checked. @internal */
export interface Terms {
  readonly currency: string;
  readonly exponent: number;
  readonly breakeven: bigint;
  /** Indexed like {@link STREAMS}; `undefined` where the contract has no clause. */
  readonly clauses: readonly (Clause | undefined)[];
}

const SPONSORSHIP_DEFAULT: Clause = Object.freeze({ share: HALF, counts: true });

/**
 * Reads `SettlementTerms` as the caller gave them: the breakeven fixes the currency, and each
 * clause is keyed by a stream (sponsorship: 0.5, counting, unless given).
 *
 * @throws {PartnershipError} `terms_malformed`, `clauses_malformed`, `clause_malformed`,
 *   `stream_unknown`, `share_*` and the codes of `money`, every issue at its path.
 * @internal
 */
export function readTerms(terms: unknown): Terms {
  if (!isRecord(terms)) rejectValue('terms_malformed', 'terms', 'settlement terms `{ breakeven, clauses? }`', terms);
  const issues = new Issues();
  const unit = readCurrency(own(terms, 'breakeven'), 'terms.breakeven', issues);
  issues.throwIfAny();
  issues.unknownKeys(terms, ['breakeven', 'clauses'], 'terms');
  const { currency, exponent } = unit as { currency: string; exponent: number };
  const breakeven = readMoney(own(terms, 'breakeven'), 'terms.breakeven', currency, issues);

  const clauses: (Clause | undefined)[] = STREAMS.map((stream) => (stream === 'sponsorship' ? SPONSORSHIP_DEFAULT : undefined));
  const given = own(terms, 'clauses');
  if (given !== undefined) {
    if (!isRecord(given)) {
      issues.expected('clauses_malformed', 'terms.clauses', `one clause per stream \`{ ${STREAMS.map((s) => `${s}?`).join(', ')} }\``, given);
    } else {
      for (const key of Object.keys(given)) {
        const index = STREAMS.indexOf(key as Stream);
        const path = keyPath('terms.clauses', key);
        if (index < 0) {
          issues.add('stream_unknown', path, `Expected one of ${STREAMS.join(', ')}, got ${describeValue(key)}`, `Expected \`terms.clauses\` to name only the streams ${STREAMS.join(', ')}, got ${describeValue(key)}`);
          continue;
        }
        const clause = given[key];
        if (clause === undefined) continue;
        if (!isRecord(clause)) {
          issues.expected('clause_malformed', path, 'a clause `{ organizerShare, countsTowardBreakeven }`', clause);
          continue;
        }
        issues.unknownKeys(clause, ['organizerShare', 'countsTowardBreakeven'], path);
        const share = readShare(own(clause, 'organizerShare'), `${path}.organizerShare`, issues);
        const counts = own(clause, 'countsTowardBreakeven');
        if (typeof counts !== 'boolean') issues.expected('clause_malformed', `${path}.countsTowardBreakeven`, '`true` or `false`', counts);
        if (share !== undefined && typeof counts === 'boolean') clauses[index] = { share, counts };
      }
    }
  }
  issues.throwIfAny();
  return { currency, exponent, breakeven: breakeven as bigint, clauses };
}
