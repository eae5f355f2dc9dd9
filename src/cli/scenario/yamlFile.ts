// YAML read strictly, for the scenario files: one document, every key once, and the line of any key
// path kept, so that a problem is told where the staff wrote it.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { formatPath } from '../../_lib/path.js';
import type { KeyPath } from './change.js';

/** A problem of a YAML text: where it is (`line 4`, `line 12 (expect.statuses.C9)`) and what. */
export interface YamlProblem {
  readonly code: 'invalid_format' | 'invalid_key';
  readonly where: string;
  readonly message: string;
}

/** A YAML text read: its data, and where each key path of it is written. */
export interface YamlText {
  readonly data: unknown;
  /** `line 12 (expect.statuses.C9)`: the line of the deepest key of `path` found, and the path. */
  where(path: KeyPath): string;
  /** The line of the deepest key of `path` found (1 for the first). */
  lineOf(path: KeyPath): number | undefined;
  /** The line of `path`'s last key, when the whole path is written in the text. */
  exactLineOf(path: KeyPath): number | undefined;
}

function lineLabel(line: number | undefined, path: KeyPath): string {
  const keys = formatPath(path);
  if (line === undefined) return keys;
  return keys === '' ? `line ${line}` : `line ${line} (${keys})`;
}

/** The offset where `path` is written (the key of its last segment found, else the start), and whether every segment was found. */
function offsetOf(root: Node | null, path: KeyPath): { offset: number | undefined; whole: boolean } {
  let node: unknown = root;
  let offset = root?.range?.[0];
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (pair === undefined) return { offset, whole: false };
      offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? offset) : offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      node = node.items[segment];
      offset = (node as Node).range?.[0] ?? offset;
    } else {
      return { offset, whole: false };
    }
  }
  return { offset, whole: true };
}

/**
 * Reads YAML 1.2 (its core schema: `2026-02-10` and `yes` stay text), strictly: a syntax error, a
 * key given twice in one mapping, or more than one document is a problem, with its line.
 */
export function readYaml(text: string): { yaml: YamlText; problems: YamlProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems = doc.errors.map((error): YamlProblem => {
    const at = error.pos[0];
    const line = lines.linePos(at).line;
    if (error.code === 'DUPLICATE_KEY') {
      const key = /^[^:\n]*/.exec(text.slice(at))?.[0].trim() ?? '';
      return { code: 'invalid_key', where: `line ${line}`, message: `Expected each key once in a mapping, got \`${key}\` again` };
    }
    return { code: 'invalid_format', where: `line ${line}`, message: `Expected YAML, got an error: ${error.message}` };
  });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lines.linePos(offset).line);
  const lineOf = (path: KeyPath): number | undefined => lineAt(offsetOf(doc.contents, path).offset);
  const exactLineOf = (path: KeyPath): number | undefined => {
    const found = offsetOf(doc.contents, path);
    return found.whole ? lineAt(found.offset) : undefined;
  };
  const data: unknown = problems.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined;
  return {
    yaml: {
      data,
      where: (path) => lineLabel(lineOf(path), path),
      lineOf,
      exactLineOf,
    },
    problems,
  };
}
