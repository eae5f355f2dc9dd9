import * as z from 'zod/mini';
import { PartnershipError } from '../errors.js';
import { describeValue } from '../_lib/describe.js';
import { ContractSchema } from './contract.js';
import { CoverageRequestSchema } from './coverageRequest.js';
import { EventSchema } from './event.js';
import { PartnerSchema } from './partner.js';
import { PolicySchema } from './policy.js';
import { SpeakerSchema } from './speaker.js';
import { SponsorSchema } from './sponsor.js';

/** The models that have a JSON Schema, by the name the CLI's `schema <model>` takes. */
export const MODEL_NAMES = Object.freeze(['event', 'partner', 'sponsor', 'speaker', 'contract', 'policy', 'coverage-request'] as const);

/** A model name: `'coverage-request'`. */
export type ModelName = (typeof MODEL_NAMES)[number];

/** A JSON Schema document (draft 2020-12), as plain JSON. */
export type JsonSchema = Record<string, unknown>;

function schemaOf(name: ModelName): z.ZodMiniType {
  switch (name) {
    case 'event':
      return EventSchema;
    case 'partner':
      return PartnerSchema;
    case 'sponsor':
      return SponsorSchema;
    case 'speaker':
      return SpeakerSchema;
    case 'contract':
      return ContractSchema;
    case 'policy':
      return PolicySchema;
    case 'coverage-request':
      return CoverageRequestSchema;
  }
}

/**
 * The JSON Schema (draft 2020-12) of a model's input, for callers that do not use TypeScript.
 * Fields with a default are optional. Checks that span fields (end after start, unique ids,
 * calendar dates, money scale) are enforced by the parsers, not by the schema.
 * Generated on each call: importing the library does no work.
 *
 * @throws {PartnershipError} `unknown_model` for a name not in {@link MODEL_NAMES}.
 * @example
 * jsonSchemaFor('sponsor').type //=> 'object'
 */
export function jsonSchemaFor(name: ModelName): JsonSchema {
  if (!(MODEL_NAMES as readonly string[]).includes(name)) {
    const message = `Expected \`model\` to be one of ${MODEL_NAMES.map((m) => `\`${m}\``).join(', ')}, got ${describeValue(name)}`;
    throw new PartnershipError('unknown_model', message, [{ code: 'unknown_model', path: 'model', message }]);
  }
  return z.toJSONSchema(schemaOf(name), { io: 'input', target: 'draft-2020-12' }) as JsonSchema;
}
