/**
 * The file system calls a run makes, as promises.
 * Note: not node:fs/promises. Node 20 loads it with readline, the file watchers
 * and the directory reader (~3 ms of every start, a fortieth of a small
 * conversion), while node:fs is loaded before any user code.
 * Note: calls that only look something up or read (open to read, read, close, stat, realpath) are made on this
 * thread, synchronously. Through the thread pool each costs a wake-up of a pool thread and then of this one, more
 * than the call itself: in a batch of 2,000 small dumps ~11 such calls a file spent a tenth of the run dispatching.
 * Calls that change a folder or wait for the disk (open to write, write, rename, unlink, the syncs) stay on the pool:
 * they can wait behind the journal commit of another file's sync, and another file converts meanwhile.
 * Calls go through the `fileSystem` object, so a test can watch or fail one of them.
 * Note: named imports: a namespace import makes the bundle copy every export of node:fs at start.
 */
import {
  type Stats,
  closeSync,
  fdatasync,
  fsync,
  mkdir,
  mkdtemp,
  open,
  openSync,
  readFile,
  readSync,
  realpathSync,
  rename,
  rm,
  statSync,
  unlink,
  write,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

type Done<T> = (error: NodeJS.ErrnoException | null, value: T) => void;

/** The promise of a node:fs call that ends in a callback. Note: not util.promisify, which copies each function's properties at start. */
function call<T = void>(run: (done: Done<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value))));
}

/** The promise of a call made now, on this thread: what it returns, or what it throws as a rejection. */
function now<T>(run: () => T): Promise<T> {
  try {
    return Promise.resolve(run());
  } catch (error) {
    return Promise.reject(error);
  }
}

export const fileSystem = {
  /** Opens to read (`r`) on this thread; with any other flags, on the pool. */
  open: (path: string, flags: string, mode?: number): Promise<number> =>
    flags === 'r' ? now(() => openSync(path, flags)) : call((done) => open(path, flags, mode, done)),
  /** Reads into `buffer` from `offset`; a `position` of null reads on from the file's current position. */
  read: (fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<number> =>
    now(() => readSync(fd, buffer, offset, length, position)),
  /** Writes `buffer` from `offset` to its end at the file's current position: resolves to the bytes written, maybe fewer. */
  write: (fd: number, buffer: Uint8Array, offset: number): Promise<number> => call((done) => write(fd, buffer, offset, buffer.length - offset, null, done)),
  fdatasync: (fd: number): Promise<void> => call((done) => fdatasync(fd, done)),
  fsync: (fd: number): Promise<void> => call((done) => fsync(fd, done)),
  close: (fd: number): Promise<void> => now(() => closeSync(fd)),
  stat: (path: string): Promise<Stats> => now(() => statSync(path)),
  rename: (from: string, to: string): Promise<void> => call((done) => rename(from, to, done)),
  unlink: (path: string): Promise<void> => call((done) => unlink(path, done)),
  /** The path with every symlink resolved, by the system's realpath(3): one call, not one per component. */
  realpath: (path: string): Promise<string> => now(() => realpathSync.native(path)),
  readText: (path: string): Promise<string> => call((done) => readFile(path, 'utf8', done)),
  mkdir: (path: string): Promise<void> => call((done) => mkdir(path, { recursive: true }, (error) => done(error, undefined))),
  /** A new folder of feedconv's own in the system's temporary folder (node:os is loaded then: ~0.5 ms no other run needs). */
  makeTempDir: (): Promise<string> => call((done) => mkdtemp(join(loadOs().tmpdir(), 'feedconv-'), done)),
  /** Removes a file or a folder with all it holds; nothing there is not an error. */
  remove: (path: string): Promise<void> => call((done) => rm(path, { recursive: true, force: true }, done)),
};

/** node:os, loaded when first needed. */
export const loadOs = (): typeof import('node:os') => createRequire(import.meta.url)('node:os') as typeof import('node:os');
