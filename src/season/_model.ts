/**
 * The sponsor model of a simulation, read strictly: the chance that a sponsor comes to each event
 * and the range of what it gives, globally, per topic or per event. @internal
 */
import type { AmountInput } from '../money/money.js';
import { parseMinorUnits } from '../money/money.js';
import { isPartnershipError } from '../errors.js';
import type { PartnershipErrorCode } from '../errors.js';
import { formatDecimal, readDecimal, pow10 } from '../money/ratio.js';
import { describeValue } from '../_lib/describe.js';
import { keyPath } from '../_lib/path.js';
import { isRecord, own } from '../_lib/record.js';
import type { Issues } from '../_lib/reject.js';
import { suggestion } from '../_lib/suggest.js';

/**
 * A chance in [0, 1]: a decimal string (`"0.4"`), a fraction (`"1/3"`), or a finite number read
 * through its shortest decimal, as shares are (`0.4` is exactly 4/10).
 */
export type ChanceInput = string | number;

/** A value given globally (`default`), per topic of the event, or per event id; the most specific wins. */
export interface ByEventOrTopic<T> {
  /** For an event neither `events` nor `topics` names. */
  readonly default?: T;
  /** By topic: an event takes the first of its own topics, in its order, that is named here. */
  readonly topics?: Readonly<Record<string, T>>;
  /** By event id: wins over the topics and the default. */
  readonly events?: Readonly<Record<string, T>>;
}

/** What a sponsor gives: a fixed amount, or every whole minor unit from `min` to `max` alike, in the season's currency. */
export type ContributionInput = AmountInput | { readonly min: AmountInput; readonly max: AmountInput };

/** One chance for every event, or chances by topic and event. */
export type SponsorChanceInput = ChanceInput | ByEventOrTopic<ChanceInput>;

/** One contribution range for every event, or ranges by topic and event. */
export type ContributionsInput = ContributionInput | ByEventOrTopic<ContributionInput>;

/** A chance as an exact fraction, with its shortest written form (`"0.4"`, `"1/3"`). @internal */
export interface Chance {
  readonly numerator: bigint;
  readonly denominator: bigint;
  readonly text: string;
}

/** A contribution range in minor units, both ends included. @internal */
export interface Range {
  readonly min: bigint;
  readonly max: bigint;
}

/** An event as the model sees it. @internal */
export interface ModelEvent {
  readonly eventId: string;
  readonly topics: readonly string[];
}

const FRACTION = /^(\d{1,100})\/(\d{1,100})$/;
const CHANCE = 'a chance between 0 and 1: a decimal string such as `"0.4"` or a fraction such as `"1/3"`';

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

/** Reads one chance, recording an issue at `path` when it is not one. @internal */
export function readChance(value: unknown, path: string, issues: Issues): Chance | undefined {
  let numerator: bigint;
  let denominator: bigint;
  const fraction = typeof value === 'string' ? FRACTION.exec(value) : null;
  if (fraction !== null) {
    numerator = BigInt(fraction[1]!);
    denominator = BigInt(fraction[2]!);
    if (denominator === 0n) {
      issues.expected('chance_malformed', path, `${CHANCE}, with a denominator of 1 or more`, value);
      return undefined;
    }
  } else {
    const read = typeof value === 'string' || typeof value === 'number' ? readDecimal(value) : 'malformed';
    if (typeof read === 'string') {
      issues.expected('chance_malformed', path, CHANCE, value);
      return undefined;
    }
    numerator = read.digits;
    denominator = pow10(read.scale);
  }
  if (numerator < 0n || numerator > denominator) {
    issues.expected('chance_out_of_range', path, 'a chance between 0 and 1', value);
    return undefined;
  }
  const divisor = numerator === 0n ? denominator : gcd(numerator, denominator);
  numerator /= divisor;
  denominator /= divisor;
  // The decimal form when the fraction has one of at most 12 decimals (any decimal input does), else `p/q`.
  let text = `${numerator}/${denominator}`;
  for (let scale = 0; scale <= 12; scale += 1) {
    if (pow10(scale) % denominator === 0n) {
      text = formatDecimal({ digits: (numerator * pow10(scale)) / denominator, scale });
      break;
    }
  }
  return { numerator, denominator, text };
}

/** Reads one contribution range in `currency`, recording an issue at `path` when it is not one. @internal */
export function readRange(value: unknown, path: string, currency: string, issues: Issues): Range | undefined {
  const amount = (input: unknown, at: string): bigint | undefined => {
    let units: bigint;
    try {
      units = parseMinorUnits(input, currency, at);
    } catch (error) {
      if (!isPartnershipError(error)) throw error;
      issues.record(error.issues, error.message);
      return undefined;
    }
    if (units < 0n) {
      issues.expected('amount_negative', at, 'an amount of zero or more', input);
      return undefined;
    }
    return units;
  };
  if (!isRecord(value)) {
    const fixed = amount(value, path);
    return fixed === undefined ? undefined : { min: fixed, max: fixed };
  }
  const before = issues.size;
  issues.unknownKeys(value, ['min', 'max'], path);
  if (!('min' in value) || !('max' in value)) {
    issues.expected('contribution_malformed', path, 'a fixed amount such as `"1000"`, or a range `{ min, max }` of decimal strings', value);
    return undefined;
  }
  const min = amount(own(value, 'min'), `${path}.min`);
  const max = amount(own(value, 'max'), `${path}.max`);
  if (min === undefined || max === undefined || issues.size > before) return undefined;
  if (min > max) {
    issues.expected('contribution_malformed', `${path}.max`, `an amount of at least \`min\` (${String(own(value, 'min'))})`, own(value, 'max'));
    return undefined;
  }
  return { min, max };
}

/**
 * The value for each event of a model given globally or by topic and event: `read` reads one
 * value at its path; a map's keys are checked (an event id the season does not simulate is
 * `event_unknown`, with the closest one); an event left without a value is `missing`. @internal
 */
export function resolveModel<T>(
  model: unknown,
  root: string,
  events: readonly ModelEvent[],
  read: (value: unknown, path: string) => T | undefined,
  isValue: (model: Record<string, unknown>) => boolean,
  missing: PartnershipErrorCode,
  issues: Issues,
): (T | undefined)[] {
  if (model === undefined) {
    issues.expected(missing, root, 'a value for every simulated event', model);
    return events.map(() => undefined);
  }
  if (!isRecord(model) || isValue(model)) {
    const value = read(model, root);
    return events.map(() => value);
  }
  issues.unknownKeys(model, ['default', 'topics', 'events'], root);
  const table = (key: 'topics' | 'events'): Map<string, T | undefined> => {
    const map = new Map<string, T | undefined>();
    const given = own(model, key);
    if (given === undefined) return map;
    const path = keyPath(root, key);
    if (!isRecord(given)) {
      issues.invalid(path, `a record of values by ${key === 'topics' ? 'topic' : 'event id'}`, given);
      return map;
    }
    for (const name of Object.keys(given)) map.set(name, read(given[name], keyPath(path, name)));
    return map;
  };
  const topics = table('topics');
  const byEvent = table('events');
  const known = events.map((e) => e.eventId);
  for (const id of byEvent.keys()) {
    if (known.includes(id)) continue;
    const near = suggestion(id, known);
    const path = keyPath(keyPath(root, 'events'), id);
    issues.add('event_unknown', path, `Expected the id of a simulated event, got ${describeValue(id)}${near === undefined ? '' : `: did you mean \`${near}\`?`}`);
  }
  const fallback = own(model, 'default') === undefined ? undefined : read(own(model, 'default'), keyPath(root, 'default'));
  const hasFallback = own(model, 'default') !== undefined;
  return events.map((event) => {
    if (byEvent.has(event.eventId)) return byEvent.get(event.eventId);
    const topic = event.topics.find((t) => topics.has(t));
    if (topic !== undefined) return topics.get(topic);
    if (hasFallback) return fallback;
    issues.add(missing, root, `Expected a value for event ${describeValue(event.eventId)}: by its id in \`events\`, by one of its topics in \`topics\`, or a \`default\``);
    return undefined;
  });
}
