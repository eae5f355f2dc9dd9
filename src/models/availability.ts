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
  /** Cameras the event's set-up needs (added by the crew planner; optional for callers that build this by hand). */
  readonly camerasNeeded?: number;
  /** Crews that run fewer cameras than the event needs, sorted by crew id: never available for it. */
  readonly undersized?: readonly CrewShortfall[];
}

/** A crew too small for the event: it runs `cameras`, the event needs more. */
export interface CrewShortfall {
  readonly crewId: string;
  readonly cameras: number;
}

/** One booking that overlaps the event (buffers included) on one crew. */
export interface CrewConflict {
  readonly crewId: string;
  readonly eventId: string;
  readonly start: string;
  readonly end: string;
  /** The buffer that had to separate the booking from the event, in hours (set-up or travel). */
  readonly bufferHours?: number;
}
