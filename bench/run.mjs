// Runs every bench/*.bench.mjs in turn, each in its own process, against the built dist/.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.mjs')).sort()) {
  if (only.length > 0 && !only.some((o) => file.includes(o))) continue;
  console.log(`\n## ${file}\n`);
  execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', join(here, file)], { stdio: 'inherit' });
}
