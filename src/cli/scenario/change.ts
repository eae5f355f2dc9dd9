// A scenario's `change:`, applied to its base (a request or a policy). The semantics are JSON Merge
// Patch (RFC 7396) with two differences, both strict so that a typo is an error, never a silent no-op:
// a list of items that carry an `id` may be changed item by item, keyed by id; and removing a key or
// an item that is not there is an error.
import { describeValue } from '../../_lib/describe.js';
import { suggestion } from '../../_lib/suggest.js';
import { isPersonalDataPath } from '../../models/personal.js';

/** A key path in a scenario's YAML: `['change', 'speakers', 'spk-1', 'release']`. */
export type KeyPath = readonly (string | number)[];

/** Why a change cannot be applied, and where in the scenario. */
export interface ChangeProblem {
  /** Where the change says it, from the scenario's root: `['change', 'speakers', 'spk-9']`. */
  readonly at: KeyPath;
  readonly message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an own key, `__proto__` included (which `out[key] =` would take as the prototype, and drop). */
function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The `id` of a list item, when it has a string one. */
function idOf(item: unknown): string | undefined {
  return isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
}

/** The problem of a key (or an id) `key` under `at` that is not there: inside a personal-data field, the key is neither shown nor put in the path. */
function notThere(at: KeyPath, what: string, key: string, known: readonly string[]): ChangeProblem {
  if (isPersonalDataPath(at)) return { at: [...at, '<hidden>'], message: `Expected ${what}, got a key (not shown: personal data)` };
  return { at: [...at, key], message: notThereMessage(what, key, known) };
}

function notThereMessage(what: string, key: string, known: readonly string[]): string {
  const near = suggestion(key, known);
  const hint = near !== undefined ? `: did you mean \`${near}\`?` : known.length === 0 ? '' : ` (there: ${known.map((k) => `\`${k}\``).join(', ')})`;
  return `Expected ${what}, got ${describeValue(key)}${hint}`;
}

/**
 * `base` with `change` applied, as a new value (`base` is never modified):
 *
 * - a mapping changes a mapping key by key, recursively; a key not in the base is added;
 * - `null` (`~` in YAML) removes the key; removing a key the base does not have is an error;
 * - a mapping changes a list whose items have an `id` item by item, each key an id
 *   (`speakers: { spk-1: { informedAt: … } }`); `null` removes that item; an id not in the list is
 *   an error (to add an item, give the whole list);
 * - anything else (a text, a number, `true`, a list) replaces what was there, whole.
 *
 * @param at - where `change` is in the scenario, for the problems reported.
 * @returns the changed value, and every problem found (the value is then not to be used).
 * @example
 * applyChange({ a: { b: 1, c: 2 }, l: [1] }, { a: { b: null, d: 3 }, l: [4, 5] }, ['change']).value
 * //=> { a: { c: 2, d: 3 }, l: [4, 5] }
 */
export function applyChange(base: unknown, change: unknown, at: KeyPath): { value: unknown; problems: ChangeProblem[] } {
  const problems: ChangeProblem[] = [];
  const value = merge(base, change, at, problems);
  return { value, problems };
}

function merge(base: unknown, change: unknown, at: KeyPath, problems: ChangeProblem[]): unknown {
  if (!isRecord(change)) return change;
  if (Array.isArray(base)) return mergeList(base, change, at, problems);
  if (!isRecord(base)) return withoutNulls(change);
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(change)) {
    if (value === null) {
      if (Object.hasOwn(out, key)) delete out[key];
      else problems.push(notThere(at, 'a key to remove', key, Object.keys(base)));
      continue;
    }
    setOwn(out, key, Object.hasOwn(base, key) ? merge(base[key], value, [...at, key], problems) : withoutNulls(value));
  }
  return out;
}

function mergeList(base: readonly unknown[], change: Record<string, unknown>, at: KeyPath, problems: ChangeProblem[]): unknown {
  const ids = base.map(idOf);
  if (base.length > 0 && ids.some((id) => id === undefined)) {
    problems.push({ at, message: 'Expected a list (this list is changed whole: its items have no `id` to change them by), got a mapping' });
    return base;
  }
  const known = ids as string[];
  const out: (unknown | undefined)[] = [...base];
  for (const [id, value] of Object.entries(change)) {
    const index = known.indexOf(id);
    if (index < 0) {
      problems.push(notThere(at, 'the id of an item of this list (to add an item, give the whole list)', id, known));
      continue;
    }
    out[index] = value === null ? undefined : merge(base[index], value, [...at, id], problems);
  }
  return out.filter((item) => item !== undefined);
}

/**
 * A value added where the base has nothing: a `null` key in a mapping has nothing to remove, and is
 * left out (RFC 7396); a list is taken as it is written.
 */
function withoutNulls(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== null) setOwn(out, key, withoutNulls(item));
  return out;
}
