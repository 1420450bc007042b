/**
 * The file system calls a run makes, as promises over node:fs's callbacks.
 * Note: not node:fs/promises. Node 20 loads it with readline, the file watchers
 * and the directory reader (~3 ms of every start, a fortieth of a small
 * conversion), while node:fs and node:util are loaded before any user code.
 * Calls go through the `fileSystem` object, so a test can watch or fail one of them.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const fileSystem = {
  open: promisify(fs.open),
  /** Reads into `buffer` from `offset`; a `position` of null reads on from the file's current position. */
  read: (fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<number> =>
    new Promise((resolve, reject) => fs.read(fd, buffer, offset, length, position, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead)))),
  /** Writes `buffer` from `offset` to its end at the file's current position: resolves to the bytes written, maybe fewer. */
  write: (fd: number, buffer: Uint8Array, offset: number): Promise<number> =>
    new Promise((resolve, reject) => fs.write(fd, buffer, offset, buffer.length - offset, null, (error, written) => (error ? reject(error) : resolve(written)))),
  fdatasync: promisify(fs.fdatasync),
  fsync: promisify(fs.fsync),
  close: promisify(fs.close),
  stat: promisify(fs.stat),
  rename: promisify(fs.rename),
  unlink: promisify(fs.unlink),
  realpath: promisify(fs.realpath),
  readText: (path: string): Promise<string> => new Promise((resolve, reject) => fs.readFile(path, 'utf8', (error, text) => (error ? reject(error) : resolve(text)))),
  mkdir: (path: string): Promise<void> => new Promise((resolve, reject) => fs.mkdir(path, { recursive: true }, (error) => (error ? reject(error) : resolve()))),
  /** A new folder of feedconv's own in the system's temporary folder (node:os is loaded then: ~0.5 ms no other run needs). */
  makeTempDir: (): Promise<string> => promisify(fs.mkdtemp)(join(loadOs().tmpdir(), 'feedconv-')),
  /** Removes a file or a folder with all it holds; nothing there is not an error. */
  remove: (path: string): Promise<void> => new Promise((resolve, reject) => fs.rm(path, { recursive: true, force: true }, (error) => (error ? reject(error) : resolve()))),
};

/** node:os, loaded when first needed. */
export const loadOs = (): typeof import('node:os') => createRequire(import.meta.url)('node:os') as typeof import('node:os');
