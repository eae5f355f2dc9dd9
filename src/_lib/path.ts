/** Formats a field path as `event.speakers[2].release.signedAt`. */
export function formatPath(segments: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const name = String(segment);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) out += out === '' ? name : `.${name}`;
      else out += `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

/** Joins a prefix and a sub-path produced by {@link formatPath}. */
export function joinPath(prefix: string, path: string): string {
  if (prefix === '') return path;
  if (path === '') return prefix;
  return path.startsWith('[') ? prefix + path : `${prefix}.${path}`;
}

/**
 * The path of a caller's key under `root`, the key exactly as given: `terms.clauses.dvd`,
 * `terms.clauses["dvd "]`, `terms.clauses["+33 6 12 34 56 78"]` (a key is a name, not personal data).
 */
export function keyPath(root: string, key: string): string {
  return formatPath([key], root);
}
