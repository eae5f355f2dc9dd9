import { describe, expect, it } from 'vitest';
import { runModule } from './utils/freshNode.js';

// `webcast-partnership/compile` is an opt-in: imported first, it installs zod's compiler for every
// model schema. It must change nothing but speed: the same parsed values, the same errors with the
// same issues, the same reports. Each run is a fresh Node process on the built package.
const script = `
import { readFileSync } from 'node:fs';
if (process.env.WP_COMPILE === '1') await import('webcast-partnership/compile');
const core = await import('webcast-partnership');
const { evaluateEligibility } = await import('webcast-partnership/rules');
const { parseCrew, parseBooking } = await import('webcast-partnership/crew');
const data = (f) => JSON.parse(readFileSync('examples/data/' + f, 'utf8'));
const outcome = (f) => { try { return { value: f() }; } catch (e) { return { code: e.code, message: e.message, issues: e.issues }; } };
const request = data('request.json');
const bad = structuredClone(request);
bad.event.start = '2026-02-30T09:00:00Z';
bad.event.sessions[0].speakerIds = 7;
bad.partner.contacts = [{ name: 'Olga', email: 'olga@' }];
delete bad.event.venue;
const results = {
  requests: data('requests.json').map((r) => outcome(() => core.parseCoverageRequest(r))),
  bad: outcome(() => core.parseCoverageRequest(bad)),
  contract: outcome(() => core.parseContract(data('contract.json'))),
  badContract: outcome(() => core.parseContract({ ...data('contract.json'), breakeven: { amount: '1.001', currency: 'EUR' } })),
  crews: data('crews.json').map((c, i) => outcome(() => parseCrew(c, 'crews[' + i + ']'))),
  badCrew: outcome(() => parseCrew({ id: 'c', name: 'C', homeCity: 'Paris', cameras: 1.5 })),
  bookings: data('bookings.json').map((b) => outcome(() => parseBooking(b))),
  notAnObject: outcome(() => core.parseEvent('event')),
  unknownKey: outcome(() => core.parseCoverageRequest({ ...request, event: { ...request.event, audio: { ...request.event.audio, xlrfeed: true } } })),
  report: evaluateEligibility(request, { policy: core.DEFAULT_POLICY, asOf: '2026-02-10', locale: 'fr' }),
  badReport: outcome(() => evaluateEligibility(bad, { policy: core.DEFAULT_POLICY, asOf: '2026-02-10' })),
};
// zod marks a schema its global compiler has taken over; the flag shows the opt-in took effect.
const compiled = typeof core.CoverageRequestSchema._zod.run.__originalRun === 'function';
process.stdout.write(JSON.stringify({ compiled, results }));
`;

function runWith(env: Record<string, string>): { compiled: boolean; results: Record<string, unknown> } {
  return JSON.parse(runModule(script, env)) as { compiled: boolean; results: Record<string, unknown> };
}

describe("import 'webcast-partnership/compile'", () => {
  const plain = runWith({ WP_COMPILE: '0' });
  const compiled = runWith({ WP_COMPILE: '1' });

  it('installs the compiler only when imported', () => {
    expect(plain.compiled).toBe(false);
    expect(compiled.compiled).toBe(true);
  });

  it('golden: the runtime parser reports the hand-made bad request field by field', () => {
    const bad = plain.results.bad as { code: string; issues: { code: string; path: string }[] };
    expect(bad.code).toBe('invalid_input');
    expect(bad.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'invalid_instant event.start',
      'invalid_type event.sessions[0].speakerIds',
      'invalid_type event.venue',
      'invalid_format partner.contacts[0].email',
    ]);
    expect(JSON.stringify(bad)).not.toContain('olga@');
    expect((plain.results.badCrew as { issues: { path: string }[] }).issues).toEqual([expect.objectContaining({ code: 'invalid_type', path: 'cameras' })]);
    expect((plain.results.unknownKey as { issues: { path: string }[] }).issues).toEqual([expect.objectContaining({ code: 'unknown_key', path: 'event.audio.xlrfeed' })]);
  });

  it('gives the same values, errors and reports as the runtime parser', () => {
    expect(compiled.results).toEqual(plain.results);
    expect(JSON.stringify(compiled.results)).toBe(JSON.stringify(plain.results));
  });
});
