import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

/** Options of a command, in `util.parseArgs` form. */
export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** What a command receives once its arguments are parsed. */
export interface CommandInput {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** One sub-command of the CLI: it parses, calls one core function, and formats. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** The full `--help` text, with an example. */
  readonly help: string;
  readonly options: CommandOptions;
  /** How many positional arguments it takes. */
  readonly positionals: { readonly min: number; readonly max: number };
  run(input: CommandInput): Promise<number> | number;
}

/** A negative number (`-100`, `-0.5`, `-250,50`): an argument, never a short option. */
const NEGATIVE = /^-\d[\d.,]*$/;

/**
 * The arguments with every negative number read as a value: `split -100` is an amount, not
 * the options `-1 -0 -0`. A flag's value (`--recovered -100`) is joined to it
 * (`--recovered=-100`); a positional goes after a `--`, where `util.parseArgs` reads
 * everything as positional, in its order among the positionals.
 */
function numbersAsValues(argv: readonly string[], options: CommandOptions): string[] {
  if (!argv.some((arg) => NEGATIVE.test(arg))) return [...argv];
  const flags: string[] = [];
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (NEGATIVE.test(arg) || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const next = argv[i + 1];
    if (arg.startsWith('--') && !arg.includes('=') && options[arg.slice(2)]?.type === 'string' && next !== undefined) {
      flags.push(`${arg}=${next}`);
      i += 1;
    } else {
      flags.push(arg);
    }
  }
  return [...flags, '--', ...positionals];
}

/** Parses a command's arguments strictly; unknown flags are usage errors. */
export function parseCommand(command: Command, argv: readonly string[]): CommandInput | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: numbersAsValues(argv, command.options),
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${command.name}: ${(error as Error).message.replace(/\. To specify a positional.*$/s, '')}\nRun \`webcast-partnership ${command.name} --help\`.`);
  }
  if (parsed.values.help === true) return 'help';
  const count = parsed.positionals.length;
  if (count < command.positionals.min || count > command.positionals.max) {
    const want =
      command.positionals.min === command.positionals.max
        ? `${command.positionals.min}`
        : command.positionals.max === Number.POSITIVE_INFINITY
          ? `at least ${command.positionals.min}`
          : `${command.positionals.min} to ${command.positionals.max}`;
    throw new UsageError(`${command.name}: expected ${want} argument${want === '1' || want === 'at least 1' ? '' : 's'}, got ${count}\nRun \`webcast-partnership ${command.name} --help\`.`);
  }
  return { values: parsed.values as CommandInput['values'], positionals: parsed.positionals };
}

/** Reads a string flag, or undefined. */
export function stringFlag(input: CommandInput, name: string): string | undefined {
  const value = input.values[name];
  return typeof value === 'string' ? value : undefined;
}
