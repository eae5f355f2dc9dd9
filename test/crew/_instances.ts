// Random and brute-force helpers for the crew tests, on the optimizer's structural types.
import fc from 'fast-check';
import type { SlotBooking, SlotCrew, SlotRequest } from '../../src/crew/_optimize.js';
import type { Buffers } from '../../src/crew/_time.js';

export const H = 3_600_000;

export interface Instance {
  readonly requests: SlotRequest[];
  readonly crews: SlotCrew[];
  readonly bookings: SlotBooking[];
  readonly buffers: Buffers;
  /** The policy's hours as drawn: travel may be below set-up, the buffers above take the larger. */
  readonly setupHours: number;
  readonly travelHours: number;
}

const PREFERENCES = [0, 0.5, 1, 1.25, 2, 3, 0.1];

/** Instances of up to `maxRequests` requests and `maxCrews` crews, on a 3-day grid of hours, in two cities. */
export function instanceArb(options: { maxRequests: number; maxCrews: number; uniform?: boolean }): fc.Arbitrary<Instance> {
  const { maxRequests, maxCrews, uniform = false } = options;
  const request = fc.record({
    start: fc.integer({ min: 0, max: 48 }),
    length: fc.integer({ min: 1, max: 14 }),
    city: fc.constantFrom('Paris', 'Lyon'),
    cameras: uniform ? fc.constant(1) : fc.integer({ min: 1, max: 3 }),
    preference: fc.constantFrom(...PREFERENCES),
  });
  const booking = fc.record({
    crew: fc.nat(),
    start: fc.integer({ min: 0, max: 60 }),
    length: fc.integer({ min: 1, max: 10 }),
    city: fc.constantFrom<string | undefined>('Paris', 'Lyon', undefined),
  });
  return fc
    .record({
      requests: fc.array(request, { minLength: 0, maxLength: maxRequests }),
      crewCameras: fc.array(uniform ? fc.constant(3) : fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: maxCrews }),
      bookings: fc.array(booking, { maxLength: uniform ? 0 : 3 }),
      setup: fc.integer({ min: 0, max: 3 }),
      travel: fc.integer({ min: 0, max: 6 }),
    })
    .map(({ requests, crewCameras, bookings, setup, travel }) => {
      const crews = crewCameras.map((cameras, i) => ({ id: `c${i}`, cameras }));
      return {
        requests: requests.map((r, i) => ({
          id: `r${String(i).padStart(2, '0')}`,
          start: r.start * H,
          end: (r.start + r.length) * H,
          city: r.city,
          cameras: r.cameras,
          preference: r.preference,
        })),
        crews,
        bookings: bookings.map((b, i) => ({
          crewId: crews[b.crew % crews.length]!.id,
          eventId: `b${i}`,
          start: b.start * H,
          end: (b.start + b.length) * H,
          city: b.city,
        })),
        buffers: { setup: setup * H, travel: Math.max(setup, travel) * H },
        setupHours: setup,
        travelHours: travel,
      };
    });
}

interface Timed {
  readonly start: number;
  readonly end: number;
  readonly city: string | undefined;
}

/** An independent statement of the rule: the buffer must separate the end of one from the start of the other. */
export function clash(a: Timed, b: Timed, buffers: Buffers): boolean {
  const gap = a.city !== undefined && a.city === b.city ? buffers.setup : buffers.travel;
  const aThenB = a.end + gap <= b.start;
  const bThenA = b.end + gap <= a.start;
  return !aThenB && !bThenA;
}

/** The best (covered, preference in hundredths) over every subset and every crew assignment. */
export function bruteForce(instance: Instance): { covered: number; preference: number } {
  const { requests, crews, bookings, buffers } = instance;
  const n = requests.length;
  let best = { covered: 0, preference: 0 };
  const hundredths = requests.map((r) => Math.round(r.preference * 100));
  const can = requests.map((r) =>
    crews.map((c) => c.cameras >= r.cameras && bookings.every((b) => b.crewId !== c.id || !clash(b, r, buffers))),
  );
  const onCrew: number[][] = crews.map(() => []);
  const feasible = (members: number[], i: number): boolean => {
    if (i === members.length) return true;
    const r = members[i]!;
    for (let c = 0; c < crews.length; c++) {
      if (!can[r]![c]) continue;
      if (onCrew[c]!.some((o) => clash(requests[o]!, requests[r]!, buffers))) continue;
      onCrew[c]!.push(r);
      const ok = feasible(members, i + 1);
      onCrew[c]!.pop();
      if (ok) return true;
    }
    return false;
  };
  for (let mask = 0; mask < 1 << n; mask++) {
    const members: number[] = [];
    let preference = 0;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) {
        members.push(i);
        preference += hundredths[i]!;
      }
    }
    const covered = members.length;
    if (covered < best.covered || (covered === best.covered && preference <= best.preference)) continue;
    if (feasible(members, 0)) best = { covered, preference };
  }
  return best;
}
