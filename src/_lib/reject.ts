// The one way the library rejects input: a collector of issues, a single-issue error, and one
// renamer of paths for the edges (CLI files and flags, sheet cells, CSV lines) that tell the core's
// paths in their own words.
import { MAX_ISSUES, PartnershipError } from '../errors.js';
import type { PartnershipErrorCode, PartnershipIssue } from '../errors.js';
import { describeValue } from './describe.js';
import { keyPath } from './path.js';
import { suggestion } from './suggest.js';

/** "Expected `path` to be {expected}, got {value}" (`the input` for the empty path). */
export function expectation(path: string, expected: string, got: unknown): string {
  return `Expected ${path === '' ? 'the input' : `\`${path}\``} to be ${expected}, got ${describeValue(got)}`;
}

/** ` (and 3 more issues)` after the first of `count` issues; nothing for one. */
export function moreIssues(count: number): string {
  return count > 1 ? ` (and ${count - 1} more issue${count > 2 ? 's' : ''})` : '';
}

/** A {@link PartnershipError} with one issue at `path`: `message` is the issue's, `headline` the error's. */
export function rejection(code: PartnershipErrorCode, path: string, message: string, headline = message): PartnershipError {
  return new PartnershipError(code, headline, [{ code, path, message }]);
}

/** Throws a {@link PartnershipError} with one issue at `path` (see {@link rejection}). */
export function reject(code: PartnershipErrorCode, path: string, message: string, headline = message): never {
  throw rejection(code, path, message, headline);
}

/** Throws one issue "Expected {expected}, got {value}" at `path`, the error saying "Expected `path` to be …". */
export function rejectValue(code: PartnershipErrorCode, path: string, expected: string, got: unknown): never {
  return reject(code, path, `Expected ${expected}, got ${describeValue(got)}`, expectation(path, expected, got));
}

/**
 * Collects every issue found in one input, then throws them together as one
 * {@link PartnershipError}: the first {@link MAX_ISSUES} kept, the rest only counted, so that a
 * million bad rows cost no more memory than a hundred.
 */
export class Issues {
  /** The issues kept, in the order found (at most {@link MAX_ISSUES}). */
  readonly list: PartnershipIssue[] = [];
  private first = '';
  private dropped = 0;

  /** How many issues were found, kept or not. */
  get size(): number {
    return this.list.length + this.dropped;
  }

  /** Records an issue; `headline` is the error's message if it comes first. */
  add(code: PartnershipErrorCode, path: string, message: string, headline = message): void {
    if (this.size === 0) this.first = headline;
    if (this.list.length < MAX_ISSUES) this.list.push({ code, path, message });
    else this.dropped += 1;
  }

  /** Records "Expected {expected}, got {value}" at `path` (headline "Expected `path` to be …"). */
  expected(code: PartnershipErrorCode, path: string, expected: string, got: unknown): void {
    this.add(code, path, `Expected ${expected}, got ${describeValue(got)}`, expectation(path, expected, got));
  }

  /** Records an `invalid_input` issue whose message names its path: "Expected `path` to be …". */
  invalid(path: string, expected: string, got: unknown): void {
    this.add('invalid_input', path, expectation(path, expected, got));
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

  /**
   * Records issues found elsewhere (an error's, a parse's); `headline` is the error's message if
   * they come first. A closing `too_many_issues` entry adds its count.
   */
  record(issues: readonly PartnershipIssue[], headline: string): void {
    for (const issue of issues) {
      if (issue.code === 'too_many_issues') {
        this.dropped += issue.notListed ?? 0;
        continue;
      }
      this.add(issue.code, issue.path, issue.message, headline);
    }
  }

  /**
   * One {@link PartnershipError} carrying every issue, or `undefined` when there is none: the
   * first issue's headline, then how many more there are.
   *
   * @param code - the error's code; when left out, the issues' own code when they all share
   *   one, else `invalid_input`.
   */
  toError(code?: PartnershipErrorCode): PartnershipError | undefined {
    if (this.size === 0) return undefined;
    const head = this.list[0] as PartnershipIssue;
    const shared = code ?? (this.list.every((issue) => issue.code === head.code) ? head.code : 'invalid_input');
    return new PartnershipError(shared, `${this.first}${moreIssues(this.size)}`, this.list, { notListed: this.dropped });
  }

  /** Throws {@link Issues.toError}'s error, if there is any issue. */
  throwIfAny(code?: PartnershipErrorCode): void {
    const error = this.toError(code);
    if (error !== undefined) throw error;
  }
}

/** The rest of `path` under the name `name` (`[0].cameras` under `crews`), if it starts with it: `''` for the name itself. */
export function pathUnder(path: string, name: string): string | undefined {
  if (path === name) return '';
  if (path.startsWith(`${name}[`)) return path.slice(name.length);
  if (path.startsWith(`${name}.`)) return path.slice(name.length + 1);
  return undefined;
}

/**
 * `error` told in other words: each issue rewritten by `rewrite` (its path renamed, its message
 * told again; `undefined` leaves it out), and the error's message by `retell`, given the issues
 * rewritten. The closing `too_many_issues` entry is passed on as it is, so the count stays.
 */
export function renameIssues(
  error: PartnershipError,
  rewrite: (issue: PartnershipIssue) => PartnershipIssue | undefined,
  retell: (message: string, issues: readonly PartnershipIssue[]) => string = (message) => message,
): PartnershipError {
  const issues = error.issues.flatMap((issue) => {
    if (issue.code === 'too_many_issues') return [issue];
    const told = rewrite(issue);
    return told === undefined ? [] : [told];
  });
  return new PartnershipError(error.code, retell(error.message, issues), issues);
}
