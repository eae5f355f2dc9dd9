import { readFileSync } from 'node:fs';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Runs the command line with its arguments; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  process.stdout.write('Usage: webcast-partnership <command> [options]\n');
  return argv.length === 0 || argv[0] === '--help' ? 0 : 2;
}
