const c0 = process.cpuUsage();
await import('zod/mini');
const c1 = process.cpuUsage(c0);
const t = performance.now();
const c1b = process.cpuUsage();
for (const m of process.argv.slice(2)) await import(m);
const c2 = process.cpuUsage(c1b);
const ms = (c) => ((c.user + c.system) / 1000).toFixed(1);
process.stdout.write(`${ms(c1)} ${ms(c2)} ${(performance.now()-t).toFixed(1)}\n`);
