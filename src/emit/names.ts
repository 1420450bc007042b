/**
 * The built-in format names, in registry order, without loading the emitters:
 * the command line's help needs them before any emitter is. `test/emit.test.ts`
 * checks they are the registry's.
 */
export const BUILTIN_FORMATS = ['json', 'ndjson', 'rss', 'atom', 'jsonfeed', 'md'] as const;
