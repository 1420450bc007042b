/** Shared test helpers: literal text to lines, and the CLI run in-process or through the real bin. */
import { spawn } from 'node:child_process';
import { PassThrough, Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli.js';
import type { Line } from '../src/input/decode.js';
import { LineDecoder } from '../src/input/decode.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = fileURLToPath(new URL('../bin/feedconv.js', import.meta.url));

/** Decodes a literal (string or bytes) into lines, as the CLI would. */
export function linesOf(input: string | Uint8Array, file = 'test.txt'): Line[] {
  const decoder = new LineDecoder(file);
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  return [...decoder.push(bytes), ...decoder.end()];
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

class Collect extends Writable {
  chunks: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** Runs `main` in-process with the given standard input. */
export async function runMain(args: string[], options: { stdin?: string | Buffer; env?: Record<string, string> } = {}): Promise<RunResult> {
  const stdout = new Collect();
  const stderr = new Collect();
  const stdin = options.stdin === undefined ? Readable.from([]) : Readable.from([Buffer.from(options.stdin)]);
  const exitCode = await main(args, { stdin, stdout, stderr, env: options.env ?? {} });
  return { exitCode, stdout: stdout.text(), stderr: stderr.text() };
}

/** Runs the real bin as a subprocess (needs `npm run build`). */
export function runBin(
  args: string[],
  options: { stdin?: string | Buffer; env?: Record<string, string>; cwd?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      // Note: the run's temporary folder too (see global-setup.ts).
      env: { PATH: process.env.PATH ?? '', ...(process.env.TMPDIR !== undefined && { TMPDIR: process.env.TMPDIR }), ...options.env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ exitCode: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    const input = new PassThrough();
    input.pipe(child.stdin);
    input.end(options.stdin ?? '');
  });
}
