// The demo's data: the example files of docs/examples/data, bundled into the CLI.
import bookings from '../../docs/examples/data/bookings.json' with { type: 'json' };
import contractLate from '../../docs/examples/data/contract-late.json' with { type: 'json' };
import contractWebdays from '../../docs/examples/data/contract.json' with { type: 'json' };
import crews from '../../docs/examples/data/crews.json' with { type: 'json' };
import receiptsLate from '../../docs/examples/data/receipts-late.json' with { type: 'json' };
import receiptsWebdays from '../../docs/examples/data/receipts-webdays.json' with { type: 'json' };
import requests from '../../docs/examples/data/requests.json' with { type: 'json' };

/** The evaluation instant of the demo, so that its output is the same every day. */
export const DEMO_AS_OF = '2026-02-10T12:00:00Z';

/** The example season, as plain JSON input. */
export const demoData = { bookings, contractLate, contractWebdays, crews, receiptsLate, receiptsWebdays, requests } as const;
