/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON */
// Reports byte for byte as the evaluator gave them before issue 15 made it faster: the docs' example
// requests and seeded random requests, in English, French and a caller's catalogue, each evaluated
// as a fresh parsed request and as a deeply frozen one (twice, so the second call reads what the first
// kept). The fixture was written by the evaluator of main at 3ee941a, before the change:
//   GOLDEN_WRITE=1 npx vitest run test/rules/golden.test.ts
// Full reports for the docs' examples and the bench's 30-speaker request; a SHA-256 of the report's
// JSON for the rest of the matrix (a full copy of every report would weigh megabytes).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCoverageRequest } from '../../src/models/coverageRequest.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import type { Policy } from '../../src/models/policy.js';
import { evaluateEligibility } from '../../src/rules/evaluateEligibility.js';
import type { LocaleOption } from '../../src/rules/types.js';
import { enXA } from '../utils/enXA.js';
import { FIXED_POLICY, clone } from '../utils/evaluate.js';
import { busyAvailability, freeAvailability, manySpeakersInput, validInput } from '../utils/factory.js';
import { MUTATIONS } from '../utils/mutations.js';

const FIXTURE = new URL('./fixtures/reports.golden.json', import.meta.url);
const data = (file: string): any => JSON.parse(readFileSync(new URL(`../../examples/data/${file}`, import.meta.url), 'utf8'));

const ASOFS = ['2026-01-05T12:00:00Z', '2026-02-10T12:00:00Z', '2026-03-01T00:00:00+01:00', '2026-03-10', '2026-03-14T08:30:00+01:00', '2026-04-01T12:00:00-05:00'];
const LOCALES: Record<string, LocaleOption> = { en: 'en', fr: 'fr', 'en-XA': enXA };

interface Case {
  readonly key: string;
  readonly input: any;
  readonly asOf: string;
  readonly policy: Policy;
  readonly availability: unknown;
  readonly locale: string;
  /** Kept whole in the fixture, not as a digest. */
  readonly full: boolean;
}

/** A small seeded generator (mulberry32): the same cases on every machine, whatever fast-check draws. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Caller text a sentence must escape or cut: controls, bidirectional marks, lone surrogates, accents, 200 characters.
const ODD_TEXT = ['Zoë Lefèvre', 'spk\u001b[2J', 'Ana\u202eevil', 'half\ud800', 'x'.repeat(200), 'tab\there', 'é'.repeat(119) + '😀', 'Line\u2028two'];
const OFFSETS = ['+01:00', '-05:00', '+05:30', 'Z', '+14:00', '-09:30'];

function randomCase(n: number, random: () => number): Case {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const speakers = pick([0, 1, 2, 3, 3, 3, 3, 5, 6, 7, 12, 30]);
  const input: any = speakers === 3 ? validInput() : manySpeakersInput(speakers);
  input.mode = random() < 0.25 ? 'client' : 'partnership';
  // The mutations are written for the factory's three speakers.
  for (const mutation of speakers === 3 ? MUTATIONS : []) {
    if (random() < 0.12) {
      mutation.apply(input);
      if (mutation.rule === 'C8.b') delete input.speakers[2].email;
    }
  }
  if (random() < 0.3) {
    for (const speaker of input.speakers) if (random() < 0.4) speaker.name = pick(ODD_TEXT);
    for (const sponsor of input.sponsors) if (random() < 0.5) sponsor.name = pick(ODD_TEXT);
    if (random() < 0.5) input.event.venue.name = pick(ODD_TEXT);
  }
  if (random() < 0.3) {
    // The whole programme at another offset: the deadlines move, the sessions stay within the event.
    const offset = pick(OFFSETS);
    const moved = (text: string): string => text.replace(/(Z|[+-]\d\d:\d\d)$/, offset);
    input.event.start = moved(input.event.start);
    input.event.end = moved(input.event.end);
    for (const session of input.event.sessions) Object.assign(session, { start: moved(session.start), end: moved(session.end) });
  }
  if (random() < 0.2) for (const speaker of input.speakers) if (random() < 0.5) speaker.informedAt = pick(['2026-02-28', '2026-03-05T23:30:00-02:00', '2026-01-01']);
  if (random() < 0.2) for (const speaker of input.speakers) if (random() < 0.5 && speaker.release?.state === 'signed') speaker.release.signedAt = pick(['2026-03-13', '2026-02-28T10:00:00+01:00']);
  const asOf = random() < 0.7 ? pick(ASOFS) : new Date(Date.UTC(2025, 11, 1) + Math.floor(random() * 150 * 86_400) * 1000).toISOString();
  const eventId = input.event.id;
  const availability = pick([undefined, freeAvailability(eventId), busyAvailability(eventId)]);
  return { key: `random #${n}`, input, asOf, policy: pick([DEFAULT_POLICY, FIXED_POLICY]), availability, locale: pick(Object.keys(LOCALES)), full: false };
}

function* cases(): Generator<Case> {
  const examples: any[] = [data('request.json'), ...(data('requests.json') as any[])];
  for (const [e, input] of examples.entries()) {
    for (const asOf of ASOFS) {
      for (const policy of [DEFAULT_POLICY, FIXED_POLICY]) {
        for (const free of [false, true]) {
          for (const locale of ['en', 'fr']) {
            const full = asOf === '2026-02-10T12:00:00Z' && policy === DEFAULT_POLICY && !free;
            yield { key: `docs #${e} ${input.id} ${asOf} ${policy.version} ${free ? 'free crew' : 'no crew'} ${locale}`, input, asOf, policy, availability: free ? freeAvailability(input.event.id) : undefined, locale, full };
          }
        }
      }
    }
  }
  const bench = manySpeakersInput(30);
  for (const locale of ['en', 'fr']) yield { key: `30 speakers ${locale}`, input: bench, asOf: '2026-02-10T12:00:00Z', policy: DEFAULT_POLICY, availability: freeAvailability(), locale, full: true };
  const random = generator(15);
  for (let n = 0; n < 400; n += 1) yield randomCase(n, random);
}

/** Freezes a value and everything it holds. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const held of Object.values(value)) deepFreeze(held);
  }
  return value;
}

/** The report's JSON, or the code of the error the evaluation threw. */
function reportOf(c: Case, frozen: boolean): string {
  try {
    const parsed = parseCoverageRequest(clone(c.input));
    const request = frozen ? deepFreeze(parsed) : parsed;
    const options = { policy: c.policy, asOf: c.asOf, locale: LOCALES[c.locale]!, ...(c.availability === undefined ? {} : { availability: c.availability as any }) };
    if (frozen) evaluateEligibility(request, options);
    return JSON.stringify(evaluateEligibility(request, options));
  } catch (error) {
    return `throws ${(error as { code?: string }).code ?? String(error)}`;
  }
}

const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

interface Golden {
  readonly full: Record<string, unknown>;
  readonly digests: Record<string, string>;
}

describe('evaluateEligibility, byte for byte as before issue 15', () => {
  const all = [...cases()];

  if (process.env.GOLDEN_WRITE === '1') {
    it('writes the fixture', () => {
      const golden: Golden = { full: {}, digests: {} };
      for (const c of all) {
        const text = reportOf(c, false);
        if (c.full) golden.full[c.key] = text.startsWith('throws') ? text : JSON.parse(text);
        else golden.digests[c.key] = digest(text);
      }
      writeFileSync(FIXTURE, `${JSON.stringify(golden, null, 1)}\n`);
    });
    return;
  }

  const golden = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Golden;

  it('golden: covers the docs examples, the 30-speaker request and 400 random requests, none of which throws', () => {
    expect(Object.keys(golden.full)).toHaveLength(all.filter((c) => c.full).length);
    expect(Object.keys(golden.digests)).toHaveLength(all.filter((c) => !c.full).length);
    expect(all.filter((c) => c.full)).toHaveLength(8 * 2 + 2);
    expect(all.filter((c) => reportOf(c, false).startsWith('throws'))).toEqual([]);
  });

  it.each([false, true])('gives the same full reports, in English and French (frozen request: %s)', (frozen) => {
    for (const c of all.filter((x) => x.full)) {
      const text = reportOf(c, frozen);
      expect(text.startsWith('throws') ? text : JSON.parse(text), c.key).toEqual(golden.full[c.key]);
      expect(text, c.key).toBe(JSON.stringify(golden.full[c.key]));
    }
  });

  it.each([false, true])('gives the same bytes for every other report of the matrix (frozen request: %s)', (frozen) => {
    const differ = all.filter((c) => !c.full && digest(reportOf(c, frozen)) !== golden.digests[c.key]).map((c) => c.key);
    expect(differ).toEqual([]);
  });
});
