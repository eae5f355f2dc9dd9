import { MAX_ISSUES, PartnershipError } from '../errors.js';
import type { PartnershipIssue } from '../errors.js';
import { describeValue } from '../_lib/describe.js';
import { formatPath } from '../_lib/path.js';
import { suggestion } from '../_lib/suggest.js';

/** Issues kept in one error: the one cap of `PartnershipError` (errors.ts), enough to fix a file. @internal */
export { MAX_ISSUES };

/**
 * Collects every issue found in one input, then throws them together.
 *
 * @internal
 */
export class Issues {
  readonly list: PartnershipIssue[] = [];
  private first = '';
  private dropped = 0;

  get size(): number {
    return this.list.length + this.dropped;
  }

  /** Records "Expected {expected}, got {value}" at `path`. */
  expected(code: string, path: string, expected: string, got: unknown): void {
    const shown = describeValue(got);
    const where = path === '' ? 'the input' : `\`${path}\``;
    this.add(code, path, `Expected ${expected}, got ${shown}`, `Expected ${where} to be ${expected}, got ${shown}`);
  }

  /** Records an issue with its own wording; `headline` is the error message if it comes first. */
  add(code: string, path: string, message: string, headline = message): void {
    if (this.size === 0) this.first = headline;
    if (this.list.length < MAX_ISSUES) this.list.push({ code, path, message });
    else this.dropped += 1;
  }

  /**
   * Records an `unknown_key` issue for every own key of `record` not in `known`, with the known
   * key it most likely meant, as the models do: a typo never silently changes the money.
   */
  unknownKeys(record: Record<string, unknown>, known: readonly string[], root: string): void {
    for (const key of Object.keys(record)) {
      if (known.includes(key)) continue;
      const near = suggestion(key, known);
      const path = keyPath(root, key);
      const message = `Expected ${near === undefined ? `one of the known keys ${known.map((k) => `\`${k}\``).join(', ')}` : 'a known key'}, got ${describeValue(key)}${near === undefined ? '' : `: did you mean \`${near}\`?`}`;
      this.add('unknown_key', path, message, `\`${path}\`: ${message}`);
    }
  }

  /** Throws one {@link PartnershipError} carrying every issue, if there is any. */
  throwIfAny(): void {
    if (this.size === 0) return;
    const head = this.list[0] as PartnershipIssue;
    const code = this.list.every((issue) => issue.code === head.code) ? head.code : 'invalid_input';
    const message = this.size === 1 ? this.first : `${this.first} (and ${this.size - 1} more problem${this.size === 2 ? '' : 's'})`;
    // Issues kept: enough to fix a file, bounded for a million bad rows; the error counts the rest.
    throw new PartnershipError(code, message, this.list, { notListed: this.dropped });
  }
}

/** Throws a {@link PartnershipError} with a single issue: "Expected `path` to be {expected}, got {value}". */
export function fail(code: string, path: string, expected: string, got: unknown): never {
  const issues = new Issues();
  issues.expected(code, path, expected, got);
  issues.throwIfAny();
  throw new Error('unreachable');
}

/** Whether a value is a plain record (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property only: `__proto__` and inherited names never leak in. */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * The path of a caller's key under `root`, the key exactly as given: `terms.clauses.dvd`,
 * `terms.clauses["dvd "]`, `terms.clauses["+33 6 12 34 56 78"]` (a key is a name, not personal data).
 *
 * @internal
 */
export function keyPath(root: string, key: string): string {
  return formatPath([key], root);
}
