/**
 * The file system calls a run makes, as promises.
 * Note: not node:fs/promises. Node 20 loads it with readline, the file watchers
 * and the directory reader (~3 ms of every start, a fortieth of a small
 * conversion), while node:fs is loaded before any user code.
 * Note: calls that only look something up or read a regular file (stat, realpath, open to read, read, close) are
 * made on this thread, synchronously. Through the thread pool each costs a wake-up of a pool thread and then of this
 * one, more than the call itself: a batch of 2,000 small dumps made ~11 calls a file and spent a tenth of its time
 * dispatching them. Calls that change a folder or wait for the disk (open to write, write, rename, unlink, the
 * syncs) stay on the pool: they can wait behind the journal commit of another file's sync (a create on this thread
 * took ~0.6 ms there), and another file converts meanwhile. So do opens of a pipe or a device, which may wait for a
 * writer as long as it likes, while a signal must still stop the run; a named pipe is then read by the event loop.
 * Calls go through the `fileSystem` object, so a test can watch or fail one of them.
 * Note: named imports: a namespace import makes the bundle copy every export of node:fs at start.
 */
import {
  type Stats,
  closeSync,
  constants,
  fdatasync,
  fstatSync,
  fsync,
  mkdir,
  mkdtemp,
  open,
  openSync,
  read,
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

/** A file open to read. */
export interface Reader {
  /** Reads into `buffer` from `offset`, on from where the last read ended: resolves to the bytes read, 0 at the end. */
  read(buffer: Uint8Array, offset: number, length: number): Promise<number>;
  /** A pipe's chunks as they come, in place of `read`. */
  chunks?: AsyncIterable<Uint8Array>;
  close(): Promise<void>;
}

/** The named pipes being opened on the pool, waiting for a writer (see `wakeWaitingOpens`). */
const waitingOpens = new Set<string>();

/**
 * Wakes every open waiting for a named pipe's writer, for a run that stops: feedconv opens the pipe to write and
 * closes it at once, so the open returns and the read after it ends. Otherwise the pool thread would wait on, and
 * Node's exit, which waits for the pool's threads, with it.
 */
function wakeWaitingOpens(): void {
  for (const path of waitingOpens) {
    try {
      closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // Its writer came meanwhile, or the pipe is gone: the open returns anyway.
    }
  }
}

/**
 * Opens a file to read: a regular file is read on this thread, anything else through the pool (see above).
 * Note: opened without blocking, so that the open itself returns at once even for a pipe with no writer yet, and
 * told by the open descriptor, so that what is read on this thread is the regular file that was checked.
 */
async function openReader(path: string): Promise<Reader> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  let regular: boolean;
  try {
    regular = fstatSync(fd).isFile();
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  if (regular) return { read: (buffer, offset, length) => now(() => readSync(fd, buffer, offset, length, null)), close: () => fileSystem.close(fd) };
  const pipe = fstatSync(fd).isFIFO();
  // Note: a named pipe's first descriptor stays open until the second is: it is a reader of the pipe already, so a
  // writer that its open let go on neither dies writing to a pipe with no reader (SIGPIPE) nor has what it wrote
  // thrown away; closed first, the run read nothing now and then (a writer's `cat` ran in that moment).
  if (pipe) waitingOpens.add(path);
  else closeSync(fd);
  let pooled: number;
  try {
    pooled = await fileSystem.open(path, 'r');
  } finally {
    waitingOpens.delete(path);
    if (pipe) closeSync(fd);
  }
  if (pipe) return pipeReader(pooled);
  return { read: (buffer, offset, length) => call((done) => read(pooled, buffer, offset, length, null, done)), close: () => fileSystem.close(pooled) };
}

/**
 * A named pipe read as a socket is, by the event loop, not on the pool: a read waiting for a writer that says
 * nothing holds no pool thread, so a run can stop while it waits (node:net is loaded then, for this alone).
 */
function pipeReader(fd: number): Reader {
  const { Socket } = createRequire(import.meta.url)('node:net') as typeof import('node:net');
  const socket = new Socket({ fd, readable: true, writable: false });
  return {
    read: () => Promise.reject(new Error('a pipe is read by its chunks')),
    chunks: socket as AsyncIterable<Uint8Array>,
    close: () => {
      socket.destroy();
      return Promise.resolve();
    },
  };
}

export const fileSystem = {
  openReader,
  wakeWaitingOpens,
  /** Opens on the pool: to write, or a pipe or device to read (see above). */
  open: (path: string, flags: string, mode?: number): Promise<number> => call((done) => open(path, flags, mode, done)),
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
