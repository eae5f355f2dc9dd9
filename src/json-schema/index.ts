/**
 * `webcast-partnership/json-schema`: the JSON Schema (draft 2020-12) of every model's input, for
 * callers that do not use TypeScript. A subpath of its own because zod's JSON Schema generator
 * weighs more than the rest of the models: an application that only parses never loads it.
 *
 * @packageDocumentation
 */
export { MODEL_NAMES, jsonSchemaFor } from '../models/jsonSchema.js';
export type { ModelName, JsonSchema } from '../models/jsonSchema.js';
