// `npm run docs:rules`: writes the generated parts of docs/rules.md (see rulesDoc.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULES_DOC, renderRulesDoc } from './rulesDoc.js';

const file = resolve(process.cwd(), RULES_DOC);
const before = readFileSync(file, 'utf8');
const after = renderRulesDoc(before);
if (after === before) console.log(`${RULES_DOC} is up to date`);
else {
  writeFileSync(file, after);
  console.log(`${RULES_DOC} written`);
}
