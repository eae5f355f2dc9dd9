import { DEFAULT_POLICY, parsePolicy, policyFor, type Policy } from '../models/policy.js';
import type { Locale } from '../rules/types.js';
import { stringFlag, type CommandInput } from './command.js';
import { fromFile, readJson, UsageError } from './io.js';

/** The `--as-of` flag: an explicit date or instant; today (UTC) when left out, the one place the clock is read. */
export function asOfFlag(input: CommandInput): string {
  return stringFlag(input, 'as-of') ?? new Date().toISOString();
}

/** The `--locale` flag: `en` (default) or `fr`. */
export function localeFlag(input: CommandInput): Locale {
  const locale = stringFlag(input, 'locale') ?? 'en';
  if (locale !== 'en' && locale !== 'fr') throw new UsageError(`--locale: expected en or fr, got \`${locale.slice(0, 20)}\``);
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
    const versions = Array.isArray(data) ? data.map((p, i) => parsePolicy(p, `[${i}]`)) : [parsePolicy(data)];
    return policyFor(versions, asOf);
  });
}
