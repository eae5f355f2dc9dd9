/**
 * What the optimizer's parts share: its inputs on plain structural types, and a request as the
 * parts see it (its rank in id order, its scaled preference and the crews that can take it).
 * @internal
 */
import type { Span } from './_time.js';

/** A request the optimizer may cover. */
export interface SlotRequest extends Span {
  readonly id: string;
  readonly cameras: number;
  readonly preference: number;
}

/** A crew as the optimizer sees it. */
export interface SlotCrew {
  readonly id: string;
  readonly cameras: number;
}

/** An existing booking: the crew is held for the span. */
export interface SlotBooking extends Span {
  readonly crewId: string;
  readonly eventId: string;
}

/** A request that at least one crew can take, as the flow, the bound and the search see it. */
export interface Item {
  /** Rank in id order. */
  readonly index: number;
  readonly request: SlotRequest;
  /** Scaled preference (`_cost.ts`). */
  readonly weight: number;
  /** The crews that can take it (capacity, existing bookings), as indexes in id order, ascending. */
  readonly crews: readonly number[];
  /** `crews` as one key: requests with the same key can be taken by exactly the same crews. */
  readonly crewKey: string;
}
