/**
 * Which production crews are free for one event, as `findAvailableCrews`
 * computes it. It feeds condition C3 through `evaluateEligibility`'s
 * `availability` option.
 */
export interface CrewAvailability {
  /** The event it was computed for. */
  readonly eventId: string;
  /** Ids of the crews free for the event's whole span, buffers included, sorted. */
  readonly freeCrews: readonly string[];
  /** Existing bookings that make a crew unavailable, with the crew they hold. */
  readonly conflicts: readonly CrewConflict[];
}

/** One booking that overlaps the event (buffers included) on one crew. */
export interface CrewConflict {
  readonly crewId: string;
  readonly eventId: string;
  readonly start: string;
  readonly end: string;
}
