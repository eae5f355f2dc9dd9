import type { BookingInput } from '../models/booking.js';
import type { CoverageRequestInput } from '../models/coverageRequest.js';
import type { CrewInput } from '../models/crew.js';
import { stringFlag, type CommandInput } from './command.js';
import { readList } from './io.js';

/** What `plan` and `report` read: the requests (the positional file), `--crews` and `--bookings`. */
export interface SeasonFiles {
  readonly requests: CoverageRequestInput[];
  readonly crews: CrewInput[];
  readonly bookings: BookingInput[];
  /** Each list's file, for `inFiles`, so that an error names the file its item came from. */
  readonly files: Readonly<Record<string, string>>;
}

/**
 * Reads a season's files. The items are left to the core, which checks every one of them before it
 * plans: one error then names every bad request, crew and booking, each in its file.
 */
export function readSeasonFiles(input: CommandInput, crewsFile: string): SeasonFiles {
  const requestsFile = input.positionals[0]!;
  const requests = readList(requestsFile) as CoverageRequestInput[];
  const crews = readList(crewsFile) as CrewInput[];
  const bookingsFile = stringFlag(input, 'bookings');
  const bookings = (bookingsFile === undefined ? [] : readList(bookingsFile)) as BookingInput[];
  const files = { requests: requestsFile, crews: crewsFile, ...(bookingsFile === undefined ? {} : { bookings: bookingsFile }) };
  return { requests, crews, bookings, files };
}
