/** `feedconv schema`: JSON Schemas generated from the model (zod's `toJSONSchema`), imported only by that command. */
import { toJSONSchema } from 'zod/mini';
import { Config, Feed } from './model.js';

/** The JSON Schema of the JSON output, or with `config` of the config file. */
export function jsonSchema(config: boolean): unknown {
  return toJSONSchema(config ? Config : Feed);
}
