import { parseCoverageRequest } from '../../models/coverageRequest.js';
import { findAvailableCrews } from '../../crew/findAvailableCrews.js';
import { evaluateEligibility } from '../../rules/evaluateEligibility.js';
import { planSeason } from '../../season/planSeason.js';
import { seasonReportHtml } from '../../documents/seasonReport.js';
import type { SeasonReportSimulation } from '../../documents/_reportData.js';
import { stringFlag, type Command } from '../command.js';
import { readSeasonFiles } from '../seasonFiles.js';
import { EXIT, inFile, inFiles, readJson, UsageError, writeOutputFile } from '../io.js';
import { isPartnershipError } from '../../errors.js';
import type { Receipt } from '../../money/types.js';
import { pathUnder } from '../../_lib/reject.js';
import { printable } from '../../_lib/printable.js';
import { asOfFlag, localeFlag, policyFlag } from '../options.js';
import { wordsFor } from '../labels.js';

/** Runs `page`, naming in its error the receipts file (paths as in it) or else the simulation file. */
function inputFiles(page: () => string, simulationFile: string | undefined, receiptsFile: string | undefined): string {
  try {
    return page();
  } catch (error) {
    if (!isPartnershipError(error)) throw error;
    if (receiptsFile !== undefined && error.issues.some((issue) => pathUnder(issue.path, 'options.receipts') !== undefined)) {
      return inFiles({ 'options.receipts': receiptsFile }, () => {
        throw error;
      });
    }
    throw simulationFile === undefined ? error : inFile(simulationFile, error);
  }
}

/** `report`: the season at a glance, as one HTML page. */
export const report: Command = {
  name: 'report',
  summary: 'write the season at a glance as one self-contained HTML page',
  help: `Usage: webcast-partnership report <requests.json> --crews <crews.json> --html <file> [options]

Plans the season as \`plan\` does, evaluates every request, and writes one HTML
page that needs no network: the crew plan as a Gantt chart (crews as rows,
events as bars coloured by decision, the requests left out with their reasons),
the producer risk by month, and each event's status with its next deadline.

Options:
  --crews <file>       the crews (required), see \`schema crew\`
  --html <file>        the page to write (required); \`-\` writes it to stdout
  --bookings <file>    existing bookings that hold crews, see \`schema booking\`
  --simulation <file>  a simulation (\`simulate --json\`): its band of the
                       uncovered breakeven by month is drawn over the chart
  --receipts <file>    the receipts received, by request id:
                       { "<request id>": [receipts...] }, each receipt as
                       \`settle\` reads it; each covered partnership request
                       with a contract is settled with its own (recovered and
                       uncovered by month)
  --policy <file>      a policy, or a list of versions (default: the shipped policy)
  --as-of <date>       evaluation date or instant (default: now)
  --locale <en|fr>     language of the page (default en)
  -h, --help           show this help

Example:
  webcast-partnership report examples/data/requests.json --crews examples/data/crews.json \\
    --bookings examples/data/bookings.json --as-of 2026-02-10 --html season.html \\
    --receipts examples/data/season-receipts.json
`,
  options: {
    crews: { type: 'string' },
    html: { type: 'string' },
    bookings: { type: 'string' },
    simulation: { type: 'string' },
    receipts: { type: 'string' },
    policy: { type: 'string' },
    'as-of': { type: 'string' },
    locale: { type: 'string' },
  },
  positionals: { min: 1, max: 1 },
  run(input) {
    const crewsFile = stringFlag(input, 'crews');
    if (crewsFile === undefined) throw new UsageError('report: --crews <file> is required\nRun `webcast-partnership report --help`.');
    const htmlFile = stringFlag(input, 'html');
    if (htmlFile === undefined) throw new UsageError('report: --html <file> is required\nRun `webcast-partnership report --help`.');
    const asOf = asOfFlag(input);
    const locale = localeFlag(input);
    const policy = policyFlag(input, asOf);
    const { requests, crews, bookings, files } = readSeasonFiles(input, crewsFile);
    const simulationFile = stringFlag(input, 'simulation');
    const simulation = simulationFile === undefined ? undefined : (readJson(simulationFile) as SeasonReportSimulation);
    const plan = inFiles(files, () => planSeason(requests, crews, bookings, { policy, asOf }));
    // The plan has checked every request, crew and booking: each report is the one the plan used.
    const reports = requests.map((request) => parseCoverageRequest(request)).map((request) => evaluateEligibility(request, { policy, asOf, availability: findAvailableCrews(request.event, { crews, bookings, policy }) }));
    const receiptsFile = stringFlag(input, 'receipts');
    const receipts = receiptsFile === undefined ? undefined : (readJson(receiptsFile) as Record<string, Receipt[]>);
    const page = () =>
      seasonReportHtml(plan, { requests, crews, bookings, reports, locale, asOf, ...(simulation === undefined ? {} : { simulation }), ...(receipts === undefined ? {} : { receipts }) });
    const html = inputFiles(page, simulationFile, receiptsFile);
    if (htmlFile === '-') {
      process.stdout.write(html);
      return EXIT.ok;
    }
    writeOutputFile('report', htmlFile, html);
    process.stdout.write(`${wordsFor(locale).say('reportWritten', { file: printable(htmlFile), covered: plan.score.covered, requests: requests.length })}\n`);
    return EXIT.ok;
  },
};
