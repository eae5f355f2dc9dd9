// The default parse without zod's per-field bookkeeping (issue 15): each model schema is turned,
// on its first use, into one generated function that builds the same output as zod for VALID
// input and declines anything else, so that zod's runtime parser decides and reports every issue.
//
// Nothing is written twice: the code is derived from the schemas' own definitions (zod's
// `_zod.def`, which `unknownKeys` reads too), and calls the schemas' own checks (refinements,
// lengths, formats, overwrites). A schema holding a kind this file does not know, and every host
// that forbids `new Function` (a content security policy, or zod's `jitless` switch), keep zod's
// runtime parser. test/models/fastParse.test.ts compares both on random valid and invalid input.
import * as z from 'zod/mini';

/** What a fast parse returns when zod has to decide. @internal */
export const DECLINED: unique symbol = Symbol('declined');

interface Payload {
  value: unknown;
  issues: unknown[];
}

interface Node {
  readonly _zod: {
    readonly def: Def;
    readonly traits: ReadonlySet<string>;
    readonly check?: (payload: Payload) => unknown;
    readonly optin?: string;
    readonly optout?: string;
    readonly values?: ReadonlySet<unknown>;
  };
}

interface Def {
  readonly type: string;
  readonly check?: string;
  readonly coerce?: boolean;
  readonly checks?: readonly Node[];
  readonly when?: (payload: Payload) => boolean;
  readonly minimum?: number;
  readonly pattern?: RegExp;
  readonly fn?: (value: unknown) => unknown;
  readonly element?: Node;
  readonly innerType?: Node;
  readonly shape?: Readonly<Record<string, Node>>;
  readonly catchall?: Node;
  readonly defaultValue?: unknown;
}

/** Freezes `value` and every object and array it holds. @internal */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

// `z.minLength`'s own condition, shared by every length check: a check with another one is run as given.
// Read on the first compile, not at import (issue 15: nothing of zod runs when the entry is imported).
let lengthCheckWhen: unknown;
const LENGTH_CHECK_WHEN = (): unknown => (lengthCheckWhen ??= (z.minLength(1) as unknown as Node)._zod.def.when);

/** Generated source for one schema: the values it closes over (`x0`, …) and fresh variable names (`v1`, …). */
interface Source {
  readonly value: (value: unknown) => string;
  readonly name: () => string;
}

/**
 * Code that runs `node`'s checks on `out` in zod's order, then marks an object or array to be frozen:
 * everything the parse built is frozen at its end (children before their parents, as before), so the
 * checks of a parent read plain arrays, which V8 reads several times faster than frozen ones.
 */
function checksCode(node: Node, out: string, src: Source): string {
  const def = node._zod.def;
  // A string format (`z.email()`) is its own first check, as in zod's `$ZodType`.
  const checks = node._zod.traits.has('$ZodCheck') ? [node, ...(def.checks ?? [])] : (def.checks ?? []);
  let code = '';
  for (const check of checks) {
    const { check: kind, type, fn, when, minimum, pattern } = check._zod.def;
    const r = src.name();
    if (kind === 'custom' && type === 'custom' && typeof fn === 'function' && when === undefined) {
      // `z.refine`: the value passes when the function returns a truthy value (an async one is zod's to reject).
      code += `const ${r}=${src.value(fn)}(${out});if(!${r}||${r} instanceof Promise)return D;`;
    } else if ((check._zod.traits.has('$ZodEmail') || check._zod.traits.has('$ZodCheckRegex')) && pattern instanceof RegExp && when === undefined) {
      // A pattern check (`z.email()`, `z.regex()`): the test zod's check makes.
      code += `const ${r}=${src.value(pattern)};${r}.lastIndex=0;if(!${r}.test(${out}))return D;`;
    } else if (kind === 'min_length' && when === LENGTH_CHECK_WHEN() && typeof minimum === 'number' && (def.type === 'array' || minimum <= 1)) {
      // Counted in UTF-16 units, which equals zod's count in code points for an array and for a floor of 0 or 1.
      code += `if(${out}.length<${minimum})return D;`;
    } else {
      const p = src.name();
      const run = `const ${r}=${src.value(check._zod.check)}(${p});if(${r} instanceof Promise||${p}.issues.length)return D;${out}=${p}.value;`;
      code += `{const ${p}={value:${out},issues:[]};${when === undefined ? run : `if(${src.value(when)}(${p})){${run}}`}}`;
    }
  }
  return def.type === 'object' || def.type === 'array' ? `${code}F.push(${out});` : code;
}

/** A default's value: zod's `defaultValue` is a getter, a fresh shallow copy on each read. */
const defaultOf = (def: Def, src: Source): string => `${src.value(() => deepFreeze(def.defaultValue))}()`;

/** Code that parses the value of `input` with `node` into the variable `out`, or returns `D`; throws for a kind it does not know. */
function parseCode(node: Node, input: string, out: string, src: Source): string {
  const def = node._zod.def;
  const inner = def.innerType ?? def.element;
  const type = def.coerce === true ? '' : def.type;
  const values = [...(node._zod.values ?? [])];
  let code = `${out}=${input};`;
  if (type === 'string' || type === 'boolean') code = `if(typeof ${input}!=="${type}")return D;${code}`;
  // Finite numbers only, as zod's `z.number()`: `x - x` is 0 for those, NaN for NaN and the infinities.
  else if (type === 'number') code = `if(typeof ${input}!=="number"||${input}-${input}!==0)return D;${code}`;
  else if (type === 'enum' && values.length > 0 && values.every((v) => typeof v === 'string')) code = `if(${values.map((v) => `${input}!==${JSON.stringify(v)}`).join('&&')})return D;${code}`;
  else if (type === 'object') code = objectCode(def, input, out, src);
  else if (type === 'array' && inner !== undefined) {
    const [a, n, i, e] = [src.name(), src.name(), src.name(), src.name()];
    code = `if(!Array.isArray(${input}))return D;const ${n}=${input}.length,${a}=new Array(${n});for(let ${i}=0;${i}<${n};${i}++){let ${e};${parseCode(inner, `${input}[${i}]`, e, src)}${a}[${i}]=${e};}${out}=${a};`;
  } else if (type === 'optional' && inner !== undefined) {
    // `exactOptional` hands `undefined` to its inner schema; `optional` keeps it, unless the inner schema substitutes a default.
    const given = parseCode(inner, input, out, src);
    code = node._zod.traits.has('$ZodExactOptional') || inner._zod.optin === 'defaulted' ? given : `if(${input}===void 0)${code}else{${given}}`;
  } else if (type === 'default' && inner !== undefined) {
    code = `if(${input}===void 0)${out}=${defaultOf(def, src)};else{${parseCode(inner, input, out, src)}if(${out}===void 0)${out}=${defaultOf(def, src)};}`;
  } else throw new TypeError(`no fast parse for ${type}`);
  return `{${code}${checksCode(node, out, src)}}`;
}

/** Code for a field left out: zod's default when the field has one, nothing for an `optional` field, else `D`. */
function absentCode(node: Node, key: string, object: string, src: Source): string {
  // zod's `handlePropertyResult`: an `optional` field left out is left out of the output.
  if (node._zod.optin === 'optional' && node._zod.optout === 'optional') return '';
  let def = node._zod.def;
  // A default under `optional` wrappers, none of them with checks of its own: its value.
  while (def.type === 'optional' && def.innerType !== undefined && !def.checks?.length) def = def.innerType._zod.def;
  return def.type === 'default' && !def.checks?.length ? `${object}[${key}]=${defaultOf(def, src)};` : 'return D;';
}

/** A strict object: no other keys, none given as `undefined`, its own keys in the shape's order (as zod writes them). */
function objectCode(def: Def, input: string, out: string, src: Source): string {
  const shape = def.shape ?? {};
  const keys = Object.keys(shape);
  if (def.catchall?._zod.def.type !== 'never' || Object.getOwnPropertySymbols(shape).length > 0 || keys.includes('__proto__')) throw new TypeError('no fast parse for this object');
  const [o, c, n, k, p] = [src.name(), src.name(), src.name(), src.name(), src.name()];
  let code =
    `if(typeof ${input}!=="object"||${input}===null)return D;const ${p}=Object.getPrototypeOf(${input});if(${p}!==Object.prototype&&${p}!==null)return D;` +
    `let ${c}=0;for(const ${k} in ${input}){switch(${k}){${keys.map((key) => `case ${JSON.stringify(key)}:`).join('')}${c}++;break;default:return D;}}const ${o}={};let ${n}=0;`;
  for (const key of keys) {
    const node = shape[key] as Node;
    const name = JSON.stringify(key);
    const [f, r] = [src.name(), src.name()];
    code += `{const ${f}=${input}[${name}];if(${f}===void 0){if(${name} in ${input})return D;${absentCode(node, name, o, src)}}else{${n}++;let ${r};${parseCode(node, f, r, src)}${o}[${name}]=${r};}}`;
  }
  // A key there as `undefined` (own or inherited) was declined above; every key given was read with
  // a value, so a key that only `in` sees (not enumerable, or inherited) is zod's to judge.
  return `${code}if(${n}!==${c})return D;${out}=${o};`;
}

const compiled = new WeakMap<object, ((input: unknown) => unknown) | null>();

/** The generated parse of `schema`, or `null`: a kind this file does not know, or a host that forbids `new Function`. */
function compile(schema: Node): ((input: unknown) => unknown) | null {
  if (z.config().jitless === true) return null;
  const values: unknown[] = [];
  let names = 0;
  const src: Source = { value: (value) => `x${values.push(value) - 1}`, name: () => `v${(names += 1)}` };
  try {
    const body = parseCode(schema, 'i', 'r', src);
    // The values closed over as constants of the closure (`x0`, `x1`, …), each read once.
    const constants = values.map((_, n) => `const x${n}=X[${n}];`).join('');
    return new Function('D', 'X', `${constants}return function(i){const F=[];let r;${body}for(let j=0;j<F.length;j++)Object.freeze(F[j]);return r}`)(DECLINED, values) as (input: unknown) => unknown;
  } catch {
    return null;
  }
}

/**
 * Parses `input` with `schema` as zod would for valid input, the output deeply frozen; or
 * {@link DECLINED}, for invalid input or where no fast parse exists: zod decides then.
 *
 * @internal
 */
export function fastParse(schema: z.ZodMiniType, input: unknown): unknown {
  let parse = compiled.get(schema);
  if (parse === undefined) {
    parse = compile(schema as unknown as Node);
    compiled.set(schema, parse);
  }
  return parse === null ? DECLINED : parse(input);
}
