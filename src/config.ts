/**
 * The config file: `feedconv.config.json` in the working folder, or the file
 * `--config` names. Every conversion option, validated by the zod schema in
 * model.ts; the command line's flags win over it.
 */
import type { ConfigInput } from './model.js';
import { IoError, UsageError, describeSystemError } from './errors.js';
import { fileSystem } from './fs.js';
import { kebab } from './convert-options.js';

export const DEFAULT_CONFIG = 'feedconv.config.json';

/** Keys with no flag of their own. */
const CONFIG_ONLY = new Set(['$schema', 'inputs', 'boilerplate', 'separators', '']);

/** The config, or an empty one when no file is named and the default is absent. */
export async function loadConfig(path: string | undefined): Promise<ConfigInput> {
  const file = path ?? DEFAULT_CONFIG;
  let text: string;
  try {
    text = await fileSystem.readText(file);
  } catch (error) {
    if (path === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new IoError(`cannot read config '${file}': ${describeSystemError(error)}`, { cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  // Note: the model's schemas only when there is a config file to check (see options.ts).
  const { Config } = await import('./model.js');
  const parsed = Config.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.code === 'unrecognized_keys') {
      throw new UsageError(`${file}: unknown key ${issue.keys.map((k) => `'${k}'`).join(', ')}; \`feedconv schema --config\` lists the keys`);
    }
    const key = issue?.path.join('.') || '(top level)';
    const top = String(issue?.path[0] ?? '');
    const flag = CONFIG_ONLY.has(top) ? '' : ` (the --${top === 'emitters' ? 'emitter' : kebab(top)} option)`;
    throw new UsageError(`${file}: '${key}' ${describeIssue(issue)}${flag}`);
  }
  // The values as written: defaults are filled in once, after the flags are laid over them.
  return data as ConfigInput;
}

function describeIssue(issue: { code?: string; message?: string; expected?: unknown } | undefined): string {
  if (issue?.code === 'invalid_type') return `must be ${String(issue.expected)}`;
  return `is invalid: ${issue?.message ?? 'unknown problem'}`;
}
