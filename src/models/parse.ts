import * as z from 'zod/mini';
import type { PartnershipErrorCode, PartnershipIssue } from '../errors.js';
import { Issues, moreIssues } from '../_lib/reject.js';
import { describeHidden, describeValue } from '../_lib/describe.js';
import { formatPath } from '../_lib/path.js';
import { isPersonalDataPath } from './personal.js';
import { suggestion } from '../_lib/suggest.js';
import { DECLINED, deepFreeze, fastParse } from './fastParse.js';

/**
 * What may be passed for a schema: its input type (`z.input`), read-only all the way down, so a
 * caller's `readonly` arrays and `as const` objects are accepted (a parser never mutates its input).
 */
export type InputOf<S extends z.ZodMiniType> = ReadonlyDeep<z.input<S>>;

/** `T` with every array and object property read-only, recursively. */
export type ReadonlyDeep<T> = T extends readonly (infer E)[] ? readonly ReadonlyDeep<E>[] : T extends object ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> } : T;

/**
 * Data whose type says nothing of its shape: `unknown`, `any`, `object`, a string-keyed record
 * such as `Record<string, unknown>` (what `JSON.parse` or a spreadsheet row gives), a primitive
 * or an array. Every parser takes such data as well as its typed input (`CoverageRequestInput`);
 * an object type with required keys must be the typed input, so a TypeScript caller's misspelt
 * key fails to compile, and data read at run time is still checked key by key.
 */
export type Unchecked<T> = T extends readonly unknown[] ? T : T extends object ? (Record<never, never> extends T ? T : never) : T;

/**
 * Parameters for a custom check: the message is what was expected ("an ISO 8601 instant …"),
 * the code is the stable code reported on the issue.
 *
 * @internal
 */
export function expected(message: string, code: PartnershipErrorCode): { message: string; params: { code: PartnershipErrorCode } } {
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
    case 'invalid_value': {
      const values = (issue.values ?? []).map(String);
      const near = typeof issue.input === 'string' ? suggestion(issue.input, values) : undefined;
      return `one of ${values.map((v) => `\`${v}\``).join(', ')}${near === undefined ? '' : ` (did you mean \`${near}\`?)`}`;
    }
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
export function toIssues(issues: readonly RawIssue[], root = '', personal = false): PartnershipIssue[] {
  const flat: RawIssue[] = [];
  collect(issues, [], flat);
  return flat.map((issue) => {
    const path = formatPath(issue.path, root);
    // zod's own codes (`invalid_type`, …) and the models' (`params.code`) are all in PARTNERSHIP_ERROR_CODES.
    const code = (issue.params?.code ?? issue.code) as PartnershipErrorCode;
    if (issue.params?.final === true) return { code, path, message: issue.message };
    const got = personal || isPersonalDataPath(issue.path) ? describeHidden(issue.input) : describeValue(issue.input);
    return { code, path, message: `Expected ${expectation(issue)}, got ${got}` };
  });
}

// What `unknownKeys` reads of a schema's definition: the wrappers it looks through and the
// containers it walks into (zod's `_zod.def`, the documented way for libraries to read a schema).
interface SchemaDef {
  readonly type?: string;
  readonly shape?: Readonly<Record<string, { readonly _zod: { readonly def: SchemaDef } }>>;
  readonly element?: { readonly _zod: { readonly def: SchemaDef } };
  readonly innerType?: { readonly _zod: { readonly def: SchemaDef } };
  readonly in?: { readonly _zod: { readonly def: SchemaDef } };
  readonly keyType?: { readonly _zod: { readonly def: SchemaDef } };
  readonly valueType?: { readonly _zod: { readonly def: SchemaDef } };
  readonly entries?: Readonly<Record<string, unknown>>;
}

/** The definition under wrappers (default, optional, nullable, pipe, …). */
function unwrap(def: SchemaDef): SchemaDef {
  let current = def;
  for (;;) {
    const inner = current.innerType ?? current.in;
    if (inner === undefined) return current;
    current = inner._zod.def;
  }
}

/** The keys an object (or a record with enumerated keys) at `path` of `schema` knows, in declaration order. */
function knownKeysAt(schema: z.ZodMiniType, path: readonly PropertyKey[]): string[] {
  let def: SchemaDef | undefined = unwrap((schema as unknown as { _zod: { def: SchemaDef } })._zod.def);
  for (const segment of path) {
    if (def === undefined) return [];
    const next: { readonly _zod: { readonly def: SchemaDef } } | undefined =
      typeof segment === 'number' ? def.element : (def.shape?.[String(segment)] ?? def.valueType);
    def = next === undefined ? undefined : unwrap(next._zod.def);
  }
  if (def === undefined) return [];
  if (def.shape !== undefined) return Object.keys(def.shape);
  const keyType = def.keyType === undefined ? undefined : unwrap(def.keyType._zod.def);
  return keyType?.entries === undefined ? [] : Object.values(keyType.entries).map(String);
}

/**
 * Turns zod's one `unrecognized_keys` issue per object into one `unknown_key` issue per key, at
 * the key's own path, suggesting the known key it most likely meant.
 */
function unknownKeys(schema: z.ZodMiniType, issues: readonly RawIssue[], personalRoot: boolean): RawIssue[] {
  const out: RawIssue[] = [];
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys' || issue.keys === undefined) {
      out.push(issue);
      continue;
    }
    const known = knownKeysAt(schema, issue.path);
    // Inside a personal-data field (a contact), a key may be the data itself: decided by the field, never shown.
    const hidden = personalRoot || isPersonalDataPath(issue.path);
    for (const key of issue.keys) {
      // The known key it most likely meant is the schema's, not the caller's: said even when the key is hidden.
      const near = suggestion(key, known);
      const expectedKeys = near !== undefined || known.length === 0 ? 'a known key' : `one of the known keys ${known.map((k) => `\`${k}\``).join(', ')}`;
      out.push({
        code: 'unknown_key',
        path: [...issue.path, hidden ? '<hidden>' : key],
        message: `Expected ${expectedKeys}, got ${hidden ? 'a key (not shown: personal data)' : describeValue(key)}${near === undefined ? '' : `: did you mean \`${near}\`?`}`,
        params: { code: 'unknown_key', final: true },
      });
    }
  }
  return out;
}

/**
 * Parses `input` with `schema` without throwing: the value, deeply frozen, or every issue (paths
 * under `root`). Valid input takes the fast path (`fastParse`); zod's runtime parser decides the rest.
 *
 * @internal
 */
export function checkWith<T extends z.ZodMiniType>(
  schema: T,
  input: unknown,
  root = '',
  personal = false,
): { readonly ok: true; readonly value: z.output<T> } | { readonly ok: false; readonly issues: PartnershipIssue[] } {
  const fast = fastParse(schema, input);
  if (fast !== DECLINED) return { ok: true, value: fast as z.output<T> };
  // What the fast parse declines is mostly invalid: zod reports what came at each offending field.
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return { ok: true, value: deepFreeze(result.data) };
  return { ok: false, issues: toIssues(unknownKeys(schema, result.error.issues as unknown as RawIssue[], personal), root, personal) };
}

/** The error message of a parse failure: the first issue, with its path, and how many more there are. */
function headline(what: string, issues: readonly PartnershipIssue[]): string {
  const first = issues[0];
  if (first === undefined) return `Expected a valid ${what}`;
  return `Expected a valid ${what}: ${first.path === '' ? '' : `\`${first.path}\`: `}${first.message}${moreIssues(issues.length)}`;
}

/**
 * Throws one `invalid_input` {@link PartnershipError} for `issues`: the message names the first
 * and counts the others; the error itself lists the first 100 (`MAX_ISSUES`) and counts the rest.
 *
 * @param what - what was expected, in messages: `coverage request`.
 * @internal
 */
export function throwInvalid(what: string, issues: readonly PartnershipIssue[]): never {
  const collected = new Issues();
  collected.record(issues, headline(what, issues.slice(0, 1)));
  collected.throwIfAny('invalid_input');
  throw new Error('unreachable: a failed parse has issues');
}

/**
 * Parses `input` with `schema` under `root` into a collector of every issue of a call's inputs
 * (every crew, booking and request, not only the first bad one): the value, or `undefined` with
 * its issues recorded, the first of them the error's headline if it comes first.
 *
 * @internal
 */
export function parseInto<T extends z.ZodMiniType>(issues: Issues, schema: T, input: unknown, what: string, root: string): z.output<T> | undefined {
  const checked = checkWith(schema, input, root);
  if (checked.ok) return checked.value;
  issues.record(checked.issues, headline(what, checked.issues.slice(0, 1)));
  return undefined;
}

/**
 * Parses `input` with `schema`, or throws one {@link PartnershipError} listing every issue.
 *
 * @param what - the model's name in messages: `coverage request`.
 * @param root - the path of the input itself, prefixed to every issue path.
 * @param personal - whether the whole input is personal data (a contact): no value or key of it is shown.
 * @throws {PartnershipError} `invalid_input`, with one issue per offending field.
 * @internal
 */
export function parseWith<T extends z.ZodMiniType>(schema: T, input: unknown, what: string, root = '', personal = false): z.output<T> {
  const checked = checkWith(schema, input, root, personal);
  if (checked.ok) return checked.value;
  return throwInvalid(what, checked.issues);
}
