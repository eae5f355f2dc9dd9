import { PartnershipError } from '../errors.js';
import type { PartnershipIssue } from '../errors.js';
import { describeValue } from '../_lib/describe.js';
import { formatPath } from '../_lib/path.js';

/** Issues kept in one error: enough to fix a file, bounded for a million bad rows. @internal */
export const MAX_ISSUES = 100;

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

  /** Throws one {@link PartnershipError} carrying every issue, if there is any. */
  throwIfAny(): void {
    if (this.size === 0) return;
    const head = this.list[0] as PartnershipIssue;
    const code = this.list.every((issue) => issue.code === head.code) ? head.code : 'invalid_input';
    const issues =
      this.dropped === 0
        ? this.list
        : [...this.list, { code: 'too_many_issues', path: '', message: `And ${this.dropped} more issues not listed` }];
    const message = this.size === 1 ? this.first : `${this.first} (and ${this.size - 1} more problem${this.size === 2 ? '' : 's'})`;
    throw new PartnershipError(code, message, issues);
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
 * The path of a caller's key under `root` (`terms.clauses.dvd`, `terms.clauses["dvd "]`), with a
 * key that {@link describeValue} would not show (contact details) masked: `terms.clauses[<hidden>]`.
 *
 * @internal
 */
export function keyPath(root: string, key: string): string {
  // describeValue shows a string between backticks, or says in words why it does not.
  return describeValue(key).startsWith('`') ? formatPath([key], root) : `${root}[<hidden>]`;
}
