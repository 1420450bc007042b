/**
 * Everything a command needs past parsing its command line, as one module. The
 * build bundles it into dist/core.cjs, which starts from V8's code cache
 * (load-core.ts); `--version` and `--help` never load it.
 */
export { loadConfig } from './config.js';
export { check, convert, inspect } from './convert.js';
export { emitters } from './emit/index.js';
export { loadEmitters, useImporter } from './emit/load.js';
export { LANES, convertFile } from './batch.js';
export { FeedconvError } from './errors.js';
export { formatAnnotation, formatDiagnostic, formatInspect, formatStats, makeChalk, makeProgress, reportJson } from './report.js';

/** `feedconv schema`: the JSON Schema of the JSON output, or with `config` of the config file. Note: the model's schemas load only here. */
export async function jsonSchema(config: boolean): Promise<unknown> {
  const { jsonSchema: schemaOf } = await import('./schema.js');
  return schemaOf(config);
}
