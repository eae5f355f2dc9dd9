import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { isPartnershipError, PartnershipError, type PartnershipIssue } from '../errors.js';
import { pathUnder, renameIssues } from '../_lib/reject.js';
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

/**
 * Writes a file a command was asked to write (`--html`, `--docx`, `--ics`), telling a failure as a
 * usage error that names the command and the file: `report: cannot write out.html: ENOENT`.
 */
export function writeOutputFile(command: string, file: string, data: string | Uint8Array): void {
  try {
    writeFileSync(file, data);
  } catch (error) {
    throw new UsageError(`${command}: cannot write ${printable(file)}: ${(error as { code?: string }).code ?? 'unwritable'}`);
  }
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

/**
 * An issue of the command line's input: a core issue, with the file it is in when it comes from
 * one, as the user named it (`crews.json`, `<stdin>`), its path then relative to that file.
 */
export interface InputIssue extends PartnershipIssue {
  readonly file?: string;
}

/** Runs `fn`, and if it throws a PartnershipError, names the file it came from in each issue. */
export function fromFile<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (isPartnershipError(error)) throw inFile(file, error);
    throw error;
  }
}

/** `error` with every issue naming `file` (standard input as `<stdin>`), paths unchanged. */
export function inFile(file: string, error: PartnershipError): PartnershipError {
  const name = sourceName(file);
  return renameIssues(error, (issue): InputIssue => ({ ...issue, file: name }));
}

/**
 * Runs `fn`, and tells a PartnershipError from the core in the files the user named: an issue
 * whose path starts with a name of `files` (`crews[1].cameras`, for `{ crews: 'crews.json' }`)
 * names that file, its path then as written in the file (`[1].cameras`), in the issue and in its
 * message. Other issues are left as they are.
 */
export function inFiles<T>(files: Readonly<Record<string, string>>, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!isPartnershipError(error)) throw error;
    const locate = (path: string): { file: string; path: string } | undefined => {
      for (const [name, file] of Object.entries(files)) {
        const rest = pathUnder(path, name);
        if (rest !== undefined) return { file: sourceName(file), path: rest };
      }
      return undefined;
    };
    // In a message, an issue's backquoted path becomes the path in its file (the file is named on
    // the issue's line); other backquoted text, such as a value quoted, is left as it came.
    const paths = new Set(error.issues.map((issue) => issue.path));
    const renameIn = (text: string): string =>
      text.replace(/`([^`]*)`/g, (all, path: string) => {
        const found = paths.has(path) ? locate(path) : undefined;
        return found === undefined || found.path === '' ? all : `\`${found.path}\``;
      });
    throw renameIssues(
      error,
      (issue): InputIssue => {
        const found = locate(issue.path);
        return found === undefined ? issue : { ...issue, ...found, message: renameIn(issue.message) };
      },
      renameIn,
    );
  }
}

/**
 * The PartnershipErrors of checks that do not depend on one another (a request file, then its
 * crews file), kept so that one error reports them all instead of the first check's alone.
 */
export class InputErrors {
  private readonly errors: PartnershipError[] = [];

  /** Runs `check`: its value, or `undefined` with the PartnershipError it threw kept (any other error is thrown). */
  attempt<T>(check: () => T): T | undefined {
    try {
      return check();
    } catch (error) {
      if (!isPartnershipError(error)) throw error;
      this.errors.push(error);
      return undefined;
    }
  }

  /**
   * Throws one PartnershipError with every issue of every error kept, in the order found: the
   * code and message of the first, the first 100 issues listed and the rest counted.
   */
  throwIfAny(): void {
    const [first] = this.errors;
    if (first === undefined) return;
    if (this.errors.length === 1) throw first;
    throw new PartnershipError(first.code, first.message, this.errors.flatMap((e) => e.issues));
  }
}

/**
 * Formats any error the CLI reports, one line per issue, for stderr. When every issue is in one
 * file, the first line names it; when they are in several, each issue's line names its own.
 */
export function formatError(error: unknown): string {
  const lines: string[] = [];
  if (isPartnershipError(error)) {
    const issues = error.issues as readonly InputIssue[];
    const listed = issues.filter((issue) => issue.code !== 'too_many_issues');
    const file = listed[0]?.file;
    const oneFile = file !== undefined && listed.every((issue) => issue.file === file);
    lines.push(`webcast-partnership: ${oneFile ? `${printable(file)}: ` : ''}invalid input (${printable(error.code)})`);
    for (const issue of issues) {
      if (issue.code === 'too_many_issues') {
        lines.push(`  ${printable(issue.message)}`);
        continue;
      }
      const where = `${!oneFile && issue.file !== undefined ? `${printable(issue.file)}: ` : ''}${issue.path === '' ? '(root)' : printable(issue.path)}`;
      lines.push(`  ${where}: ${printable(issue.message)}`);
    }
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
        if (pathUnder(path, name) !== undefined) return flag;
      }
      return path;
    };
    const renameIn = (text: string): string => text.replace(/`([^`]*)`/g, (all, path: string) => (rename(path) === path ? all : `\`${rename(path)}\``));
    throw renameIssues(error, (issue) => ({ ...issue, path: rename(issue.path), message: renameIn(issue.message) }), renameIn);
  }
}

/**
 * Reads a JSON list from a file, its items left for the core to check, all of them: an issue's
 * path `crews[3].cameras` is then told as `[3].cameras` in the file (see {@link inFiles}).
 *
 * @throws {UsageError} when the file cannot be read, is not JSON, or is not a list.
 */
export function readList(file: string): unknown[] {
  const data = readJson(file);
  if (!Array.isArray(data)) throw new UsageError(`${sourceName(file)}: expected a JSON list`);
  return data;
}
