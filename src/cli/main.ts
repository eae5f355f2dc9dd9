import { readFileSync } from 'node:fs';
import { parseCommand, type Command } from './command.js';
import { EXIT, formatError } from './io.js';
import { commands } from './commands/index.js';
import { printable } from '../_lib/printable.js';

function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'webcast-partnership: decide and settle event-coverage partnerships.',
    '',
    'Usage: webcast-partnership <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `webcast-partnership <command> --help` for a command\'s options and an example.',
    'Exit codes: 0 ok or eligible, 1 ineligible, 3 incomplete, 2 bad usage or bad input.',
    '',
  ].join('\n');
}

/** Runs the command line with its arguments; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(overview());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (command === undefined) {
    process.stderr.write(`webcast-partnership: unknown command \`${printable(name)}\`\n\n${overview()}`);
    return EXIT.usage;
  }
  try {
    const input = parseCommand(command, rest);
    if (input === 'help') {
      process.stdout.write(command.help);
      return EXIT.ok;
    }
    return await command.run(input);
  } catch (error) {
    process.stderr.write(formatError(error));
    return EXIT.usage;
  }
}
