import * as z from 'zod/mini';
import { expectation, reject } from '../_lib/reject.js';
import { ContractSchema } from './contract.js';
import { CoverageRequestSchema } from './coverageRequest.js';
import { EventSchema } from './event.js';
import { PartnerSchema } from './partner.js';
import { PolicySchema } from './policy.js';
import { SpeakerSchema } from './speaker.js';
import { SponsorSchema } from './sponsor.js';
import { CrewSchema } from './crew.js';
import { BookingSchema } from './booking.js';
import { ShareSchema } from './contract.js';
import { MoneySchema } from './moneySchema.js';
import { CalendarDateSchema, InstantSchema, TimestampSchema } from './time.js';

/** The models that have a JSON Schema, by the name the CLI's `schema <model>` takes. */
export const MODEL_NAMES = Object.freeze(['event', 'partner', 'sponsor', 'speaker', 'contract', 'policy', 'coverage-request', 'crew', 'booking'] as const);

/** A model name: `'coverage-request'`. */
export type ModelName = (typeof MODEL_NAMES)[number];

/** A JSON Schema document (draft 2020-12), as plain JSON. */
export type JsonSchema = Record<string, unknown>;

const INSTANT_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$';
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const SHARE_PATTERN = '^(\\+?(0+(\\.\\d+)?|0*1(\\.0+)?)|-0+(\\.0+)?)$';

// What refinements say, written into the schema where JSON Schema can say it.
function describe(context: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const { zodSchema, jsonSchema } = context;
  if (zodSchema === InstantSchema) {
    Object.assign(jsonSchema, { format: 'date-time', pattern: INSTANT_PATTERN, description: 'An ISO 8601 instant with an offset from -12:00 to +14:00, such as 2026-03-14T09:00:00+01:00.' });
  } else if (zodSchema === CalendarDateSchema) {
    Object.assign(jsonSchema, { format: 'date', pattern: DATE_PATTERN, description: 'A calendar date YYYY-MM-DD, read as the start of that day in UTC.' });
  } else if (zodSchema === TimestampSchema) {
    Object.assign(jsonSchema, {
      anyOf: [{ pattern: INSTANT_PATTERN }, { pattern: DATE_PATTERN }],
      description: 'An ISO 8601 instant with an offset, or a calendar date YYYY-MM-DD (the start of that day in UTC).',
    });
  } else if (zodSchema === ShareSchema) {
    // The money engine's grammar (`readDecimal`), restricted to [0, 1]: `0.5`, `0.50`, `1`, `+0.5`, `-0`; not `.5`.
    Object.assign(jsonSchema, { pattern: SHARE_PATTERN, maxLength: 200, description: 'A decimal string in [0, 1], such as "0.5".' });
  } else if (zodSchema === MoneySchema) {
    const properties = jsonSchema.properties as Record<string, Record<string, unknown>> | undefined;
    if (properties?.amount !== undefined) {
      Object.assign(properties.amount, { pattern: '^[+-]?\\d+(\\.\\d+)?$', description: "A decimal string with at most the currency's minor-unit digits, such as \"1250.50\"." });
    }
    if (properties?.currency !== undefined) Object.assign(properties.currency, { pattern: '^[A-Z]{3}$', description: 'An ISO 4217 code, such as EUR.' });
  }
}

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
    case 'crew':
      return CrewSchema;
    case 'booking':
      return BookingSchema;
  }
}

/**
 * The JSON Schema (draft 2020-12) of a model's input, for callers that do not use TypeScript.
 * Fields with a default are optional. Checks that span fields (end after start, unique ids,
 * calendar dates, money scale) are enforced by the parsers, not by the schema.
 * Generated on each call: importing the library does no work.
 *
 * @throws {PartnershipError} `model_unknown` for a name not in {@link MODEL_NAMES}.
 * @example
 * jsonSchemaFor('sponsor').type //=> 'object'
 */
export function jsonSchemaFor(name: ModelName): JsonSchema {
  if (!(MODEL_NAMES as readonly string[]).includes(name)) {
    reject('model_unknown', 'model', expectation('model', `one of ${MODEL_NAMES.map((m) => `\`${m}\``).join(', ')}`, name));
  }
  return z.toJSONSchema(schemaOf(name), { io: 'input', target: 'draft-2020-12', override: describe }) as JsonSchema;
}
