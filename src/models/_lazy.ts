/**
 * A schema built on first use. The models export their zod schemas as constants; building them all
 * when the entry is imported cost about 13 ms of CPU time in a fresh process (zod compiles its own code on the
 * first schema built), paid even by a caller who never parses (issue 15). `lazySchema(build)`
 * returns a stand-in that builds the schema the first time anything reads it, and from then on
 * forwards every operation to it (`register` and `brand` give back the stand-in): `z.parse(CoverageRequestSchema, x)`, composing it in the caller's
 * own `z.object({...})`, `instanceof`, `z.toJSONSchema` behave as with the schema itself. The type is
 * the schema's own.
 *
 * The stand-in is a Proxy over an empty object; a property the schema holds as non-configurable is
 * mirrored on that object when it is described, as the Proxy invariants require.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = (): T => (built ??= build());
  const shadow = {} as T;
  const mirror = (key: string | symbol): void => {
    const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
    if (descriptor !== undefined && descriptor.configurable !== true) Reflect.defineProperty(shadow, key, descriptor);
  };
  // Node's `console.log` shows a Proxy's target without its traps: show the schema instead.
  Reflect.defineProperty(shadow, Symbol.for('nodejs.util.inspect.custom'), {
    value: (_depth: number, options: unknown, inspect: (value: unknown, options: unknown) => string) => inspect(real(), options),
    configurable: true,
  });
  const proxy: T = new Proxy(shadow, {
    get: (_shadow, key) => {
      // zod's `register` and `brand` return the schema they close over: the stand-in instead, so
      // that a registry holds what the caller holds (`reg.get(CoverageRequestSchema)`).
      if (key === 'register') return (registry: { add: (schema: unknown, meta?: unknown) => unknown }, meta?: unknown) => (registry.add(proxy, meta), proxy);
      if (key === 'brand') return () => proxy;
      return Reflect.get(real(), key);
    },
    set: (_shadow, key, value) => Reflect.set(real(), key, value),
    has: (_shadow, key) => Reflect.has(real(), key),
    deleteProperty: (_shadow, key) => {
      const done = Reflect.deleteProperty(real(), key);
      if (done) Reflect.deleteProperty(shadow, key);
      return done;
    },
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_shadow, key) => {
      mirror(key);
      return Reflect.getOwnPropertyDescriptor(real(), key);
    },
    defineProperty: (_shadow, key, descriptor) => {
      const done = Reflect.defineProperty(real(), key, descriptor);
      if (done) mirror(key);
      return done;
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    setPrototypeOf: (_shadow, prototype) => Reflect.setPrototypeOf(real(), prototype) && Reflect.setPrototypeOf(shadow, prototype),
    isExtensible: () => Reflect.isExtensible(shadow),
    preventExtensions: () => {
      // A non-extensible target must hold exactly what the Proxy reports: its keys and its prototype.
      Reflect.deleteProperty(shadow, Symbol.for('nodejs.util.inspect.custom'));
      for (const key of Reflect.ownKeys(real())) Reflect.defineProperty(shadow, key, Reflect.getOwnPropertyDescriptor(real(), key)!);
      Reflect.setPrototypeOf(shadow, Reflect.getPrototypeOf(real()));
      Reflect.preventExtensions(real());
      return Reflect.preventExtensions(shadow);
    },
  });
  return proxy;
}
