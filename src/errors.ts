/**
 * The error kinds a run can end with. Each carries its exit code; the message
 * says what was expected and how to fix it, so the CLI never needs a stack trace.
 */

/** Exit codes, the contract of the CLI (README has the table). */
export const ExitCode = {
  ok: 0,
  input: 1,
  usage: 2,
  io: 3,
  /** A bug in feedconv (EX_SOFTWARE). */
  internal: 70,
} as const;

export class FeedconvError extends Error {
  readonly exitCode: number = ExitCode.input;
}

/** The input cannot be converted (binary file, …). */
export class InputError extends FeedconvError {
  override readonly exitCode = ExitCode.input;
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** The command line or options are wrong. */
export class UsageError extends FeedconvError {
  override readonly exitCode = ExitCode.usage;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A file could not be read or written. */
export class IoError extends FeedconvError {
  override readonly exitCode = ExitCode.io;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IoError';
  }
}

/** The run was stopped by a signal: 130 for SIGINT, 143 for SIGTERM, as shells report them. */
export class Interrupted extends FeedconvError {
  override readonly exitCode: number;
  constructor(
    readonly signal: string,
    message: string,
  ) {
    super(message);
    this.name = 'Interrupted';
    this.exitCode = signal === 'SIGTERM' ? 143 : 130;
  }
}

/** What a run reads of a request to stop, between files and chunks: an AbortSignal is one. */
export interface StopSignal {
  readonly aborted: boolean;
  /** The name of the signal that asked (`SIGINT`, `SIGTERM`). */
  readonly reason?: unknown;
  /** Tells `listener` of the request as it comes: a read waiting for input (a pipe, a terminal) then stops waiting. */
  addEventListener?(type: 'abort', listener: () => void): void;
  removeEventListener?(type: 'abort', listener: () => void): void;
}

/** Throws `Interrupted` when the signal has fired; `what` says what was done so far. */
export function checkInterrupted(signal: StopSignal | undefined, what: () => string): void {
  if (signal?.aborted) throw interruption(signal, what);
}

/** The `Interrupted` error for a stop the signal asked for (SIGINT unless it names another); `what` as above. */
export function interruption(signal: StopSignal, what: () => string): Interrupted {
  const name = String(signal.reason ?? 'SIGINT');
  return new Interrupted(name, `interrupted by ${name}; ${what()}`);
}

/** A short reason for a Node system error (`ENOENT` → "no such file or directory"). */
export function describeSystemError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ENOSPC':
      return 'no space left on device';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
