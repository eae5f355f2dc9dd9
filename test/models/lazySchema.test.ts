/* eslint-disable @typescript-eslint/no-explicit-any -- proxies are probed with anything */
import { inspect } from 'node:util';
import * as z from 'zod/mini';
import { describe, expect, it, vi } from 'vitest';
import { lazySchema } from '../../src/models/_lazy.js';

// Issue 15: the models' schemas are built on first use, so that importing an entry runs no zod.
describe('lazySchema', () => {
  it('golden: builds once, on the first read, and then behaves as the schema', () => {
    const build = vi.fn(() => z.strictObject({ id: z.string().check(z.minLength(1)) }));
    const schema = lazySchema(build);
    expect(build).toHaveBeenCalledTimes(0);
    expect(z.safeParse(schema, { id: 'csp-1' })).toEqual({ success: true, data: { id: 'csp-1' } });
    expect(z.safeParse(schema, { id: '' }).success).toBe(false);
    expect(z.safeParse(schema, { id: 'x', extra: 1 }).success).toBe(false);
    expect(build).toHaveBeenCalledTimes(1);
    z.parse(schema, { id: 'again' });
    expect(build).toHaveBeenCalledTimes(1);
  });

  it("composes in a caller's own zod schema, and is a zod schema to instanceof, `in`, keys and descriptors", () => {
    const inner = lazySchema(() => z.strictObject({ amount: z.string() }));
    const outer = z.object({ price: inner, list: z.array(inner), maybe: z.optional(inner) });
    expect(z.parse(outer, { price: { amount: '1' }, list: [{ amount: '2' }] })).toEqual({ price: { amount: '1' }, list: [{ amount: '2' }] });
    expect(z.safeParse(outer, { price: { amount: 1 }, list: [] }).error?.issues[0]?.path).toEqual(['price', 'amount']);
    expect(inner instanceof z.ZodMiniObject).toBe(true);
    expect(inner instanceof z.ZodMiniString).toBe(false);
    expect('_zod' in inner).toBe(true);
    expect(Object.keys(inner)).toEqual(Object.keys(z.strictObject({ amount: z.string() })));
    expect(Object.getOwnPropertyDescriptor(inner, '_zod')?.value).toBe((inner as any)._zod);
    expect(Object.getPrototypeOf(inner)).toBe(Object.getPrototypeOf(z.strictObject({})));
  });

  it('gives the JSON Schema of the schema it stands for', () => {
    const build = () => z.strictObject({ id: z.string(), tags: z.optional(z.array(z.enum(['a', 'b']))) });
    expect(z.toJSONSchema(lazySchema(build))).toEqual(z.toJSONSchema(build()));
    const Inner = lazySchema(() => z.strictObject({ n: z.number() }));
    expect(z.toJSONSchema(z.object({ a: Inner, b: Inner }))).toEqual(z.toJSONSchema(z.object({ a: z.strictObject({ n: z.number() }), b: z.strictObject({ n: z.number() }) }), { reused: 'inline' }));
  });

  it('keeps the Proxy invariants for a non-configurable property and when frozen', () => {
    const schema = lazySchema(() => {
      const s = z.string();
      Object.defineProperty(s, 'fixed', { value: 42, configurable: false, writable: false, enumerable: true });
      return s;
    });
    expect(Object.getOwnPropertyDescriptor(schema, 'fixed')).toEqual({ value: 42, configurable: false, writable: false, enumerable: true });
    expect(Reflect.ownKeys(schema)).toContain('fixed');
    Object.defineProperty(schema, 'added', { value: 1, configurable: false });
    expect(Object.getOwnPropertyDescriptor(schema, 'added')?.value).toBe(1);
    Object.freeze(schema);
    expect(Object.isFrozen(schema)).toBe(true);
    expect(z.parse(schema, 'still a string')).toBe('still a string');
  });
});

describe('lazySchema, found in review', () => {
  it("registers itself, not the schema it hides: a registry and toJSONSchema find the caller's value", () => {
    const schema = lazySchema(() => z.strictObject({ id: z.string() }));
    const registry = z.registry<{ description: string }>();
    expect(schema.register(registry, { description: 'a thing' })).toBe(schema);
    expect(registry.get(schema)).toEqual({ description: 'a thing' });
    const described = lazySchema(() => z.string());
    described.register(z.globalRegistry, { id: 'Described', description: 'described' });
    expect(z.toJSONSchema(z.object({ a: described }))).toMatchObject({ $defs: { Described: { description: 'described', type: 'string' } } });
    z.globalRegistry.remove(described);
    expect(schema.brand<'X'>()).toBe(schema);
  });

  it('reads its prototype after Object.freeze, deletes after preventExtensions, and shows the schema to console.log', () => {
    const frozen = lazySchema(() => z.string());
    Object.freeze(frozen);
    expect(Object.getPrototypeOf(frozen)).toBe(Object.getPrototypeOf(z.string()));
    expect(frozen instanceof Object).toBe(true);
    const sealedOnly = lazySchema(() => z.strictObject({ a: z.string() }));
    Object.preventExtensions(sealedOnly);
    expect(delete (sealedOnly as any)['~standard']).toBe(true);
    expect(Reflect.ownKeys(sealedOnly)).not.toContain('~standard');
    const shown = lazySchema(() => z.strictObject({ a: z.string() }));
    expect(inspect(shown)).toBe(inspect(z.strictObject({ a: z.string() })).replace(/\n/g, '\n'));
    expect(inspect(shown)).not.toBe('{}');
  });
});

describe('importing the models', () => {
  it('builds no schema, in the root, rules, crew, json-schema, policy and season entries: zod is called only when a schema is first used', async () => {
    vi.resetModules();
    const calls: string[] = [];
    vi.doMock('zod/mini', async (importOriginal) => {
      const real = await importOriginal<typeof z>();
      return new Proxy(real, {
        get(target, key) {
          const value = Reflect.get(target, key);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            calls.push(String(key));
            return (value as (...a: unknown[]) => unknown)(...args);
          };
        },
      });
    });
    const models = await import('../../src/index.js');
    await import('../../src/rules/index.js');
    await import('../../src/crew/index.js');
    await import('../../src/json-schema/index.js');
    await import('../../src/policy/index.js');
    await import('../../src/season/entry.js');
    expect(calls).toEqual([]);
    models.parseSponsor({ id: 's1', name: 'Acme', sector: 'software', status: 'proposed' });
    expect(calls.length).toBeGreaterThan(0);
    vi.doUnmock('zod/mini');
    vi.resetModules();
  });
});
