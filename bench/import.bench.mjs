// Import time in a fresh process: zod/mini alone (the floor every schema entry pays), the root
// entry, `webcast-partnership/money` (no zod), and the other entries; medians of fresh processes,
// each entry timed from the first line of its process to the end of its dynamic import, in wall
// clock (the goal) and in CPU time (user + system, all threads: steadier on a shared machine).
// Run: npx tsup && node bench/import.bench.mjs   (IMPORT_RUNS=15 by default)
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const runs = Number(process.env.IMPORT_RUNS ?? 15);
const targets = [
  ['zod/mini (the floor)', 'zod/mini'],
  ['webcast-partnership', pathToFileURL(join(dist, 'index.js')).href],
  ['webcast-partnership/money', pathToFileURL(join(dist, 'money/index.js')).href],
  ['webcast-partnership/rules', pathToFileURL(join(dist, 'rules/index.js')).href],
  ['webcast-partnership/crew', pathToFileURL(join(dist, 'crew/index.js')).href],
];

const once = (specifier) =>
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const t = performance.now(); const c = process.cpuUsage(); await import(${JSON.stringify(specifier)}); const u = process.cpuUsage(c); process.stdout.write(String(performance.now() - t) + ' ' + String((u.user + u.system) / 1000));`,
    ],
    { cwd: join(dist, '..'), encoding: 'utf8' },
  )
    .split(' ')
    .map(Number);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const wall = new Map();
const cpu = new Map();
// Interleaved, so that a busy moment of a shared machine falls on every target alike.
for (let i = 0; i < runs; i++) {
  for (const [name, specifier] of targets) {
    const [w, c] = once(specifier);
    wall.set(name, [...(wall.get(name) ?? []), w]);
    cpu.set(name, [...(cpu.get(name) ?? []), c]);
  }
}
const zod = median(wall.get('zod/mini (the floor)'));
const zodCpu = median(cpu.get('zod/mini (the floor)'));
console.log(`import in a fresh process, median of ${runs} (ms)\n`);
console.log('| entry | wall ms | minus zod/mini | CPU ms | minus zod/mini |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name] of targets) {
  const w = median(wall.get(name));
  const c = median(cpu.get(name));
  const floor = name.startsWith('zod');
  console.log(`| ${name} | ${w.toFixed(1)} | ${floor ? '' : (w - zod).toFixed(1)} | ${c.toFixed(1)} | ${floor ? '' : (c - zodCpu).toFixed(1)} |`);
}
const money = median(wall.get('webcast-partnership/money'));
const root = median(wall.get('webcast-partnership'));
console.log(`\nmoney <= 40 ms:       ${money.toFixed(1)} ms ${money <= 40 ? 'OK' : 'BELOW GOAL'}`);
console.log(`core <= zod + 15 ms:  ${root.toFixed(1)} ms vs ${(zod + 15).toFixed(1)} ms (zod/mini ${zod.toFixed(1)} + 15) ${root <= zod + 15 ? 'OK' : 'BELOW GOAL'}`);
