// The demo's data: the example season of examples/data (the files the docs and tests use too),
// bundled into the CLI by tsup, so the installed package needs no file beside dist.
import bookings from '../../examples/data/bookings.json' with { type: 'json' };
import contractLate from '../../examples/data/contract-late.json' with { type: 'json' };
import contractWebdays from '../../examples/data/contract.json' with { type: 'json' };
import crews from '../../examples/data/crews.json' with { type: 'json' };
import receiptsLate from '../../examples/data/receipts-late.json' with { type: 'json' };
import receiptsWebdays from '../../examples/data/receipts-webdays.json' with { type: 'json' };
import requests from '../../examples/data/requests.json' with { type: 'json' };

/** The evaluation instant of the demo, so that its output is the same every day. */
export const DEMO_AS_OF = '2026-02-10T12:00:00Z';

/** The example season, as plain JSON input. */
export const demoData = { bookings, contractLate, contractWebdays, crews, receiptsLate, receiptsWebdays, requests } as const;
