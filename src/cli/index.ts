// Compiled parsing for the command line, where size does not matter (see src/compile.ts).
import 'zod/compile';
import { main } from './main.js';
import { printable } from '../_lib/printable.js';

// A reader that stops early (`| head -1`) closes the pipe: that is not a failure of ours.
// Exit quietly, as `cat` does, rather than report a write error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`webcast-partnership: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(70);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`webcast-partnership: internal error: ${printable(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 70;
  },
);
