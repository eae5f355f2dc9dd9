import * as z from 'zod/mini';
import { PartnershipError } from '../errors.js';
import type { PartnershipIssue } from '../errors.js';
import { describeHidden, describeValue } from '../_lib/describe.js';
import { formatPath } from '../_lib/path.js';
import { isPersonalDataPath } from './personal.js';

/**
 * Parameters for a custom check: the message is what was expected ("an ISO 8601 instant …"),
 * the code is the stable code reported on the issue.
 *
 * @internal
 */
export function expected(message: string, code: string): { message: string; params: { code: string } } {
  return { message, params: { code } };
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  bigint: 'a bigint',
  date: 'a date',
  null: 'null',
};

interface RawIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly input?: unknown;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly keys?: readonly string[];
  readonly params?: { readonly code?: string; readonly final?: boolean };
  readonly errors?: readonly (readonly RawIssue[])[];
}

function expectation(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected ?? ''] ?? `a value of type ${issue.expected ?? 'unknown'}`;
    case 'invalid_value':
      return `one of ${(issue.values ?? []).map((v) => `\`${String(v)}\``).join(', ')}`;
    case 'too_small':
    case 'too_big': {
      const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const small = issue.code === 'too_small';
      if (issue.origin === 'string') {
        return small && bound === '1' ? 'a non-empty string' : `a string of ${small ? 'at least' : 'at most'} ${bound} characters`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return small && bound === '1' ? 'at least one item' : `${small ? 'at least' : 'at most'} ${bound} items`;
      }
      const op = small ? (issue.inclusive === false ? 'greater than' : 'at least') : issue.inclusive === false ? 'less than' : 'at most';
      return `a number ${op} ${bound}`;
    }
    case 'invalid_format':
      if (issue.format === 'email') return 'an e-mail address';
      return issue.message !== '' && issue.message !== 'Invalid input' ? issue.message : `a string in ${issue.format ?? 'the expected'} format`;
    case 'unrecognized_keys':
      return `no other keys than the documented ones (unknown: ${(issue.keys ?? []).map((k) => `\`${k}\``).join(', ')})`;
    default:
      return issue.message !== '' && issue.message !== 'Invalid input' ? issue.message : 'a valid value';
  }
}

function collect(issues: readonly RawIssue[], prefix: readonly PropertyKey[], out: RawIssue[]): void {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors !== undefined && issue.errors.length > 0) {
      // Report the branch that came closest: the one with the fewest issues.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      collect(best, path, out);
    } else {
      out.push({ ...issue, path });
    }
  }
}

/**
 * Maps zod issues to {@link PartnershipIssue}s: stable codes, formatted paths, and
 * messages that say what was expected and what came, except in a personal-data field
 * (`PERSONAL_DATA_FIELDS`), where they say only what kind of value came.
 *
 * @internal
 */
export function toIssues(issues: readonly RawIssue[], root = ''): PartnershipIssue[] {
  const flat: RawIssue[] = [];
  collect(issues, [], flat);
  return flat.map((issue) => {
    const path = formatPath(issue.path, root);
    const code = issue.params?.code ?? issue.code;
    if (issue.params?.final === true) return { code, path, message: issue.message };
    const got = isPersonalDataPath(issue.path) ? describeHidden(issue.input) : describeValue(issue.input);
    return { code, path, message: `Expected ${expectation(issue)}, got ${got}` };
  });
}

/**
 * Parses `input` with `schema`, or throws one {@link PartnershipError} listing every issue.
 *
 * @param what - the model's name in messages: `coverage request`.
 * @param root - the path of the input itself, prefixed to every issue path.
 * @throws {PartnershipError} `invalid_input`, with one issue per offending field.
 * @internal
 */
export function parseWith<T extends z.ZodMiniType>(schema: T, input: unknown, what: string, root = ''): z.output<T> {
  const quick = z.safeParse(schema, input);
  if (quick.success) return quick.data;
  // Parse again to learn what came at each offending field: zod only reports inputs when asked, which costs.
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return result.data;
  const issues = toIssues(result.error.issues as unknown as RawIssue[], root);
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '';
  const message =
    first === undefined
      ? `Expected a valid ${what}`
      : `Expected a valid ${what}: ${first.path === '' ? '' : `\`${first.path}\`: `}${first.message}${more}`;
  throw new PartnershipError('invalid_input', message, issues);
}
