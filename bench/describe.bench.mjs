// Describing caller values in messages: the time to describe one value of up to 1 MB, printed
// (not asserted), against the pattern-based contact detector it replaces (issue 11: cubic on a
// crafted 480-character string, 20-40 ms each). `describeValue` is internal: it is bundled from
// src/ with esbuild; the public paths (`money` with a bad currency, `evaluateEligibility` with a
// bad `asOf`) run on the built dist/.
// Build first (`npx tsup`), then: node bench/describe.bench.mjs
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_POLICY, money } from '../dist/index.js';
import { evaluateEligibility } from '../dist/rules/index.js';
import request from '../examples/data/request.json' with { type: 'json' };

const dir = mkdtempSync(join(tmpdir(), 'wp-describe-'));
const out = join(dir, 'describe.mjs');
writeFileSync(out, buildSync({ entryPoints: [fileURLToPath(new URL('../src/_lib/describe.ts', import.meta.url))], bundle: true, format: 'esm', write: false }).outputFiles[0].text);
const { describeValue } = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });

// The detector removed in issue 11 (src/_lib/contact.ts as it was), kept here as the peer.
const PHONE_CHARS = /^\s*\+?[\d\s().-]+\s*$/;
const PHONE_INTERNATIONAL = /\+\d[\d\s().-]{6,}/;
const PHONE_GROUPS = /\d{2}[\s.-]\d{2}[\s.-]\d{2}[\s.-]\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function countDigits(text, stopAt) {
  let digits = 0;
  for (let i = 0; i < text.length && digits < stopAt; i += 1) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) digits += 1;
  return digits;
}
function isWholePhone(text) {
  if (!PHONE_CHARS.test(text)) return false;
  const body = text.trim();
  if (ISO_DATE.test(body)) return false;
  const digits = countDigits(body, 16);
  if (digits < 7 || digits > 15) return false;
  if (body.startsWith('+')) return true;
  const separators = body.length - digits;
  if (separators === 0) return digits >= 9;
  return separators >= 2 || body.includes('(');
}
function looksLikeContact(text) {
  if (text.includes('@')) return true;
  if (countDigits(text, 7) < 7) return false;
  return isWholePhone(text) || PHONE_INTERNATIONAL.test(text) || PHONE_GROUPS.test(text);
}
/** The old describeValue's string case: the detector on the first 480 characters, then the cut. */
const oldDescribe = (value) => (looksLikeContact(value.length > 480 ? value.slice(0, 480) : value) ? 'hidden' : value.slice(0, 40));

const MB = 1024 * 1024;
// Crafted: spaces around digits make `^\s*\+?[\d\s().-]+\s*$` try every split of the run (cubic).
const crafted = (n) => `${' '.repeat(Math.floor((n - 8) / 2))}1234567${' '.repeat(n - 8 - Math.floor((n - 8) / 2))}x`;
const VALUES = [
  ['480 characters, crafted', crafted(480)],
  ["480 characters, '1'.repeat", '1'.repeat(479) + 'x'],
  ['1 MB, crafted', crafted(MB)],
  ["1 MB, '1'.repeat", '1'.repeat(MB - 1) + 'x'],
  ['1 MB of ESC', '\x1b'.repeat(MB)],
  ['1 MB of emoji', '😀'.repeat(MB / 2)],
  ['1 MB of + and digits', '+1 '.repeat(MB / 3)],
];

/** Median milliseconds per call over `runs` calls (after one warm-up). */
function time(run, runs) {
  run();
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(runs / 2)];
}
const ms = (x) => (x < 0.01 ? `${(x * 1000).toFixed(2)} µs` : `${x.toFixed(3)} ms`);
const thrown = (run) => {
  try {
    run();
  } catch {
    // the message is built, which is what is timed
  }
};

console.log('| value | describeValue | before: contact detector | money(x, currency) | evaluateEligibility asOf |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, value] of VALUES) {
  const now = time(() => describeValue(value), 200);
  const before = time(() => oldDescribe(value), 20);
  const viaMoney = time(() => thrown(() => money('1', value)), 50);
  const viaAsOf = time(() => thrown(() => evaluateEligibility(request, { policy: DEFAULT_POLICY, asOf: value })), 50);
  console.log(`| ${name} | ${ms(now)} | ${ms(before)} (×${(before / now).toPrecision(2)}) | ${ms(viaMoney)} | ${ms(viaAsOf)} |`);
}
