import { createReadStream, readFileSync } from 'node:fs';
import { isPartnershipError, PartnershipError } from '../errors.js';
import { printable } from '../_lib/printable.js';

/** Exit codes of the command line. */
export const EXIT = Object.freeze({ ok: 0, ineligible: 1, usage: 2, incomplete: 3 });

/** A usage or input problem that the CLI reports on stderr with exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Whether a file name means standard input: `-`, `/dev/stdin` or `/dev/fd/0`. */
export function isStdin(file: string): boolean {
  return file === '-' || file === '/dev/stdin' || file === '/dev/fd/0';
}

/** The name a file is reported under: `-` reads standard input. */
export function sourceName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

/** Reads a whole text file, or standard input for `-`. */
export function readText(file: string): string {
  try {
    return readFileSync(isStdin(file) ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? 'unreadable');
    throw new UsageError(`cannot read ${sourceName(file)}: ${why}`);
  }
}

/**
 * Opens a file, or standard input for `-`, as a stream of chunks, to be read once: a
 * regular file, `/dev/stdin`, a pipe or a FIFO alike (none is ever opened a second time).
 */
export function openStream(file: string): AsyncIterable<string | Uint8Array> {
  // Standard input is read from the descriptor the process has: opening /dev/stdin anew fails
  // when it is a socket (ENXIO), as a parent process's pipe often is.
  if (isStdin(file)) return process.stdin;
  const stream = createReadStream(file);
  return (async function* () {
    try {
      for await (const chunk of stream) yield chunk as Uint8Array;
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new UsageError(`cannot read ${sourceName(file)}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')}`);
    }
  })();
}

/** Parses JSON text, naming the file on failure. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${sourceName(file)} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads and parses a JSON file (or standard input for `-`). */
export function readJson(file: string): unknown {
  return parseJson(readText(file), file);
}

/** Runs `fn`, and if it throws a PartnershipError, names the file it came from. */
export function fromFile<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (isPartnershipError(error)) throw new FileError(sourceName(file), error);
    throw error;
  }
}

/** A PartnershipError raised while reading one file. */
export class FileError extends Error {
  override readonly name = 'FileError';
  constructor(
    readonly file: string,
    override readonly cause: PartnershipError,
  ) {
    super(cause.message);
  }
}

/** Formats any error the CLI reports, one line per issue, for stderr. */
export function formatError(error: unknown): string {
  const lines: string[] = [];
  if (error instanceof FileError || isPartnershipError(error)) {
    const file = error instanceof FileError ? `${error.file}: ` : '';
    const cause = error instanceof FileError ? error.cause : error;
    lines.push(`webcast-partnership: ${printable(file)}invalid input (${cause.code})`);
    for (const issue of cause.issues) lines.push(`  ${issue.path === '' ? '(root)' : printable(issue.path)}: ${printable(issue.message)}`);
  } else if (error instanceof UsageError) {
    lines.push(`webcast-partnership: ${error.message.split('\n').map(printable).join('\n')}`);
  } else {
    throw error;
  }
  return lines.join('\n') + '\n';
}

/**
 * Runs `fn`, and tells a PartnershipError from the core in the command line's terms:
 * each path starting with a name of `names` (`terms.organizerShare`) is given the flag's
 * name instead (`--share`), in the issue's path and in its message.
 */
export function asFlags<T>(names: Readonly<Record<string, string>>, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!isPartnershipError(error)) throw error;
    const rename = (path: string): string => {
      for (const [name, flag] of Object.entries(names)) {
        if (path === name || path.startsWith(`${name}.`) || path.startsWith(`${name}[`)) return flag;
      }
      return path;
    };
    const renameIn = (text: string): string => text.replace(/`([^`]*)`/g, (all, path: string) => (rename(path) === path ? all : `\`${rename(path)}\``));
    throw new PartnershipError(
      error.code,
      renameIn(error.message),
      error.issues.map((issue) => ({ ...issue, path: rename(issue.path), message: renameIn(issue.message) })),
    );
  }
}

/** Reads a JSON list from a file and parses each item, paths as `[3].field`. */
export function readList<T>(file: string, parse: (item: unknown, root: string) => T): T[] {
  const data = readJson(file);
  if (!Array.isArray(data)) throw new UsageError(`${sourceName(file)}: expected a JSON list`);
  return fromFile(file, () => data.map((item, i) => parse(item, `[${i}]`)));
}
