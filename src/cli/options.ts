import { DEFAULT_POLICY, parsePolicy, policyFor, type Policy } from '../models/policy.js';
import type { Locale } from '../rules/types.js';
import { stringFlag, type CommandInput } from './command.js';
import { timestampMs } from '../_lib/instant.js';
import { fromFile, InputErrors, readJson, UsageError } from './io.js';
import { describeValue } from '../_lib/describe.js';

/**
 * The `--as-of` flag: an ISO 8601 instant with an offset or a date YYYY-MM-DD; now when left
 * out, the one place the clock is read.
 *
 * @throws {UsageError} naming `--as-of` for anything else (`10/04/2026`, `2026-04-10 10:00`).
 */
export function asOfFlag(input: CommandInput): string {
  const asOf = stringFlag(input, 'as-of');
  if (asOf === undefined) return new Date().toISOString();
  if (timestampMs(asOf) === undefined) {
    throw new UsageError(
      `--as-of: Expected an ISO 8601 instant with an offset, such as \`2026-04-10T10:00:00+02:00\`, or a date YYYY-MM-DD, got ${describeValue(asOf)}`,
    );
  }
  return asOf;
}

/** The `--locale` flag: `en` (default) or `fr`. */
export function localeFlag(input: CommandInput): Locale {
  const locale = stringFlag(input, 'locale') ?? 'en';
  if (locale !== 'en' && locale !== 'fr') throw new UsageError(`--locale: expected en or fr, got ${describeValue(locale)}`);
  return locale;
}

/**
 * The `--policy` flag: a file with one policy or a list of versions, of which the
 * one in force at `asOf` applies; the shipped `DEFAULT_POLICY` when left out.
 */
export function policyFlag(input: CommandInput, asOf: string): Policy {
  const file = stringFlag(input, 'policy');
  if (file === undefined) return policyFor([DEFAULT_POLICY], asOf);
  const data = readJson(file);
  return fromFile(file, () => {
    if (!Array.isArray(data)) return policyFor([parsePolicy(data)], asOf);
    // Every version is checked, so that one error names every bad one.
    const found = new InputErrors();
    const versions = data.map((p, i) => found.attempt(() => parsePolicy(p, `[${i}]`)));
    found.throwIfAny();
    return policyFor(versions as Policy[], asOf);
  });
}
