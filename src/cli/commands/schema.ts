import { MODEL_NAMES, jsonSchemaFor, type ModelName } from '../../models/jsonSchema.js';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { describeValue } from '../../_lib/describe.js';

const NAMES = MODEL_NAMES;

/** `schema`: prints a model's JSON Schema. */
export const schema: Command = {
  name: 'schema',
  summary: "print a model's JSON Schema (draft 2020-12)",
  help: `Usage: webcast-partnership schema <model>

Prints the JSON Schema of a model's input, for callers that do not use
TypeScript. Models: ${NAMES.join(', ')}.

Example:
  webcast-partnership schema coverage-request > coverage-request.schema.json
`,
  options: {},
  positionals: { min: 1, max: 1 },
  run(input) {
    const name = input.positionals[0]!;
    if (!(NAMES as readonly string[]).includes(name)) {
      throw new UsageError(`schema: unknown model ${describeValue(name)}; expected one of ${NAMES.join(', ')}`);
    }
    const document = jsonSchemaFor(name as ModelName);
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    return EXIT.ok;
  },
};
