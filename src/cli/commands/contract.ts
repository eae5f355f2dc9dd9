import { contractDocx } from '../../documents/contractDocx.js';
import { contractDraft } from '../../documents/contractDraft.js';
import { contractMarkdown } from '../../documents/contractMarkdown.js';
import { parseCoverageRequest } from '../../models/coverageRequest.js';
import { printable } from '../../_lib/printable.js';
import { stringFlag, type Command } from '../command.js';
import { EXIT, fromFile, inFiles, readJson, sourceName, UsageError, writeOutputFile } from '../io.js';
import { wordsFor } from '../labels.js';
import { localeFlag } from '../options.js';

/** `contract`: the framework contract filled for one request, as Markdown and DOCX. */
export const contract: Command = {
  name: 'contract',
  summary: 'draft the partnership contract of one coverage request (Markdown, DOCX)',
  help: `Usage: webcast-partnership contract <request.json | -> [options]

Fills the platform's framework contract for a coverage request in partnership
mode: the parties, the event, the breakeven and the share above it, one article
per revenue stream the contract shares, the sponsors' veto, the sole film crew,
the speakers' releases, the venue, the sound, the credit, the post-event clip
and the promotion. The contract is the request's own \`contract\`, or the one
given with --contract. Prints the draft as Markdown unless --docx is given.
Exit code: 0 written, 2 bad input.

Options:
  --contract <file>  the contract (JSON, see \`schema contract\`), in place of the request's own
  --docx <file>      write the draft as a Word document (DOCX)
  --markdown         print the Markdown as well when --docx is given
  --locale <en|fr>   language of the draft (default en)
  -h, --help         show this help

Example:
  webcast-partnership contract examples/data/request.json --locale fr --docx contrat.docx
`,
  options: {
    contract: { type: 'string' },
    docx: { type: 'string' },
    markdown: { type: 'boolean' },
    locale: { type: 'string' },
  },
  positionals: { min: 1, max: 1 },
  async run(input) {
    const file = input.positionals[0]!;
    const locale = localeFlag(input);
    const contractFile = stringFlag(input, 'contract');
    const docxFile = stringFlag(input, 'docx');
    if (docxFile === '-') throw new UsageError('contract: --docx needs a file name (a Word file is not printed)');
    if (contractFile !== undefined && contractFile === file) throw new UsageError('contract: --contract names the request file; give the contract in its own file');
    let draft;
    if (contractFile === undefined) {
      // The request's own contract: parsed with the request, so an issue's path is the one in its file (`contract.breakeven.amount`).
      const request = fromFile(file, () => parseCoverageRequest(readJson(file)));
      if (request.contract === undefined) throw new UsageError(`contract: ${printable(sourceName(file))} has no \`contract\`; give one with --contract <file>`);
      draft = inFiles({ request: file }, () => contractDraft(undefined, request, { locale }));
    } else {
      const request = readJson(file);
      const given = readJson(contractFile);
      draft = inFiles({ request: file, contract: contractFile }, () => contractDraft(given, request, { locale }));
    }
    if (docxFile !== undefined) writeOutputFile('contract', docxFile, await contractDocx(draft));
    if (docxFile === undefined || input.values.markdown === true) process.stdout.write(contractMarkdown(draft));
    else process.stdout.write(`${wordsFor(locale).say('contractWritten', { file: printable(docxFile), articles: draft.articles.length })}\n`);
    return EXIT.ok;
  },
};
