/**
 * A schema built on first use. The models export their zod schemas as constants; building them all
 * when the entry is imported cost about 25 ms of a fresh process (zod compiles its own code on the
 * first schema built), paid even by a caller who never parses (issue 15). `lazySchema(build)`
 * returns a stand-in that builds the schema the first time anything reads it, and from then on
 * forwards every operation to it: `z.parse(CoverageRequestSchema, x)`, composing it in the caller's
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
  return new Proxy(shadow, {
    get: (_shadow, key) => Reflect.get(real(), key),
    set: (_shadow, key, value) => Reflect.set(real(), key, value),
    has: (_shadow, key) => Reflect.has(real(), key),
    deleteProperty: (_shadow, key) => Reflect.deleteProperty(real(), key),
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
    setPrototypeOf: (_shadow, prototype) => Reflect.setPrototypeOf(real(), prototype),
    isExtensible: () => Reflect.isExtensible(shadow),
    preventExtensions: () => {
      for (const key of Reflect.ownKeys(real())) Reflect.defineProperty(shadow, key, Reflect.getOwnPropertyDescriptor(real(), key)!);
      Reflect.preventExtensions(real());
      return Reflect.preventExtensions(shadow);
    },
  });
}
