// TEMPORARY: stands in for the core's createSettlement until branch settle-core is merged.
import { PartnershipError } from '../errors.js';
import { settle } from '../money/settle.js';
import type { Receipt, SettlementTerms, Statement, StatementLine } from '../money/types.js';
import { timestampMs } from '../_lib/instant.js';

export interface Settlement {
  add(receipts: readonly Receipt[]): Settlement;
  takeLines(): readonly StatementLine[];
  statement(): Statement;
  readonly count: number;
}

export function createSettlement(terms: SettlementTerms, options: { previous?: Statement; keepLines?: boolean } = {}): Settlement {
  let previous: Statement | undefined = options.previous;
  let fresh: StatementLine[] = [];
  const ids = new Map<string, number>();
  let last = -Infinity;
  let lastK = -1;
  let count = 0;
  const self: Settlement = {
    get count() {
      return count;
    },
    add(receipts) {
      receipts.forEach((r, i) => {
        const k = count + i;
        const seen = ids.get(r.id);
        if (seen !== undefined) {
          const message = `Expected a receipt id not seen before, got \`${r.id}\` again (first at receipts[${seen}])`;
          throw new PartnershipError('duplicate_receipt_id', message, [{ code: 'duplicate_receipt_id', path: `receipts[${k}].id`, message }]);
        }
        ids.set(r.id, k);
        const t = timestampMs(r.receivedAt) ?? last;
        if (t < last) {
          const message = `Expected receipts in the order the money was received, got \`${r.receivedAt}\` after receipts[${lastK}]`;
          throw new PartnershipError('receipts_out_of_order', message, [{ code: 'receipts_out_of_order', path: `receipts[${k}].receivedAt`, message }]);
        }
        last = t;
        lastK = k;
      });
      let s: Statement;
      try {
        s = settle(terms, receipts, previous);
      } catch (e) {
        if (e instanceof PartnershipError) {
          const re = (t: string) => t.replace(/receipts\[(\d+)\]/g, (_, n: string) => `receipts[${count + Number(n)}]`);
          throw new PartnershipError(e.code, re(e.message), e.issues.map((x) => ({ ...x, path: re(x.path), message: re(x.message) })));
        }
        throw e;
      }
      fresh.push(...s.lines.slice(previous?.lines.length ?? 0));
      const lastLine = s.lines[s.lines.length - 1];
      previous = { ...s, lines: lastLine === undefined ? [] : [lastLine] };
      count += receipts.length;
      return self;
    },
    takeLines() {
      const out = fresh;
      fresh = [];
      return out;
    },
    statement() {
      return previous ?? settle(terms, []);
    },
  };
  return self;
}
