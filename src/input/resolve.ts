/**
 * The command line's inputs → a sorted, de-duplicated list of files. Folders
 * give every `*.txt` below them; patterns are expanded here (tinyglobby), so a
 * quoted `'dumps/**\/*.txt'` works the same on every shell.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { describeSystemError } from '../errors.js';
import { fileSystem } from '../fs.js';

export interface ResolvedInputs {
  /** `-` (standard input) first if asked for, then files in code-point order of their paths. */
  names: string[];
  /** Inputs that name nothing readable, with the reason. */
  missing: { name: string; message: string }[];
}

/** tinyglobby (with fdir and picomatch, ~40 KB) is loaded only for a folder or a name that is not a file: most runs name files. */
const globber = (): Promise<typeof import('tinyglobby')> => import('tinyglobby');

export async function resolveInputs(inputs: readonly string[]): Promise<ResolvedInputs> {
  if (inputs.length === 0) return { names: ['-'], missing: [] };
  const files = new Map<string, string>();
  const missing: ResolvedInputs['missing'] = [];
  let stdin = false;
  const add = (name: string): void => {
    const key = resolve(name);
    if (!files.has(key)) files.set(key, name);
  };
  for (const input of inputs) {
    if (input === '-') {
      stdin = true;
      continue;
    }
    const info = await fileSystem.stat(input).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) {
        const { glob } = await globber();
        const found = await glob('**/*.txt', { cwd: input, onlyFiles: true, dot: false });
        if (found.length === 0) missing.push({ name: input, message: `cannot read '${input}': no *.txt files in this folder` });
        for (const path of found) add(join(input, path));
      } else {
        add(input);
      }
      continue;
    }
    const { glob, isDynamicPattern } = await globber();
    if (isDynamicPattern(input)) {
      // Matches are named the way the pattern was: absolute for an absolute pattern, else relative to here.
      const found = await glob(input, { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(input) });
      if (found.length === 0) missing.push({ name: input, message: `cannot read '${input}': no file matches this pattern` });
      for (const path of found) add(path);
    } else {
      missing.push({ name: input, message: `cannot read '${input}': ${describeSystemError(info)}` });
    }
  }
  const names = [...files.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { names: stdin ? ['-', ...names] : names, missing };
}

/** The K-th of N deterministic slices (1-based), dealt round-robin so each gets a fair share. */
export function shardOf<T>(items: readonly T[], shard: string | undefined): T[] {
  if (shard === undefined) return [...items];
  const [k, n] = shard.split('/').map(Number) as [number, number];
  return items.filter((_, i) => i % n === k - 1);
}
