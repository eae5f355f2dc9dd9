// Policies for the policy tests: the example season, the two real changes the goldens are about,
// and an arbitrary valid policy for the properties.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DEFAULT_POLICY, type Policy, type PolicyInput } from '../../src/models/policy.js';
import { RULE_IDS, type RuleId } from '../../src/models/ruleIds.js';

const data = (file: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '../../examples/data', file), 'utf8'));

/** The example season (examples/data), as of the demo's instant. */
export const season = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON from the examples
  requests: data('requests.json') as any[],
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON from the examples
  crews: data('crews.json') as any[],
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON from the examples
  bookings: data('bookings.json') as any[],
  asOf: '2026-02-10T12:00:00Z',
};

/** Releases due 40 days before the event instead of 7. */
export const releases40: PolicyInput = {
  ...DEFAULT_POLICY,
  version: '2026-06',
  appliesFrom: '2026-06-01',
  parameters: { ...DEFAULT_POLICY.parameters, releaseLeadDays: 40 },
};

/** C0 (the symbolic promotion effort) no longer blocks. */
export const promotionWeighs: PolicyInput = {
  ...DEFAULT_POLICY,
  version: '2026-07',
  appliesFrom: '2026-07-01',
  blocking: DEFAULT_POLICY.blocking.filter((rule) => rule !== 'C0'),
};

const subset = (ids: readonly RuleId[]) => fc.subarray([...ids]).chain((picked) => fc.shuffledSubarray(picked, { minLength: picked.length, maxLength: picked.length }));

/** Any valid policy: parameters in range, any rules per mode, any blocking rules but C2.5, any weights. */
export const anyPolicy: fc.Arbitrary<Policy> = fc.record({
  version: fc.constantFrom('2009-04', '2026-06', 'v'),
  appliesFrom: fc.constantFrom('2009-04-01', '2026-06-01'),
  parameters: fc.record({
    speakerNoticeDays: fc.nat(60),
    releaseLeadDays: fc.nat(60),
    profileLeadDays: fc.nat(60),
    contractLeadDays: fc.nat(60),
    scoutingLeadDays: fc.nat(60),
    audioLeadDays: fc.nat(60),
    editorialLeadDays: fc.nat(60),
    crewLeadDays: fc.nat(60),
    sponsorLeadDays: fc.nat(60),
    setupBufferHours: fc.nat(48),
    travelBufferHours: fc.nat(48),
    maxCameras: fc.integer({ min: 1, max: 4 }),
    maxDays: fc.integer({ min: 1, max: 3 }),
    minPromotionActions: fc.nat(10),
  }),
  modes: fc.record({ partnership: subset(RULE_IDS), client: subset(RULE_IDS) }),
  blocking: subset(RULE_IDS.filter((id) => id !== 'C2.5')),
  weights: fc.dictionary(fc.constantFrom(...RULE_IDS), fc.nat(5)),
}) as fc.Arbitrary<Policy>;
