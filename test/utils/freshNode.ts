import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The repository's root: scripts run there and import the built package by its name. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Runs an ES module script in a fresh Node process at the root, with extra environment, and returns its stdout. */
export function runModule(script: string, env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
}
