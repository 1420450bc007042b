import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileSystem } from '../src/fs.js';

describe('fileSystem', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'feedconv-fs-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a regular file through the calls made on this thread', async () => {
    await writeFile(join(dir, 'a.txt'), 'hello, world');
    const file = await fileSystem.openReader(join(dir, 'a.txt'));
    const buffer = Buffer.alloc(64);
    const read = await file.read(buffer, 0, buffer.length);
    expect(buffer.toString('utf8', 0, read)).toBe('hello, world');
    expect(await file.read(buffer, 0, buffer.length)).toBe(0);
    await file.close();
    expect((await fileSystem.stat(join(dir, 'a.txt'))).size).toBe(12);
    await symlink(join(dir, 'a.txt'), join(dir, 'link'));
    expect(await fileSystem.realpath(join(dir, 'link'))).toBe(await fileSystem.realpath(join(dir, 'a.txt')));
  });

  it('waits for a pipe\'s writer without holding this thread (a signal handler must still run)', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    // The writer comes later, from another process; meanwhile this thread must go on running timers.
    const writer = spawn('sh', ['-c', 'sleep 0.3; printf "from the pipe" > "$0"', fifo]);
    const written = new Promise((resolve) => writer.on('close', resolve));
    let ticked = false;
    setTimeout(() => {
      ticked = true;
    }, 50);
    const file = await fileSystem.openReader(fifo);
    expect(ticked).toBe(true);
    // A named pipe is read by the event loop, as its chunks come (see fs.ts).
    let text = '';
    for await (const chunk of file.chunks ?? []) text += Buffer.from(chunk).toString('utf8');
    await file.close();
    await written;
    expect(text).toBe('from the pipe');
  });

  it("keeps what a writer waiting on a pipe writes as soon as the pipe is opened, however late the pool's open comes", async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    // The writer is there first: its open waits for a reader, and it writes at once when one comes, then stays a while.
    const writer = spawn('sh', ['-c', 'exec > "$0"; printf "written at once"; sleep 1', fifo]);
    const written = new Promise((resolve) => writer.on('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The pool's open of the pipe comes late, as it does when the pool is busy.
    const poolOpen = fileSystem.open;
    fileSystem.open = async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return poolOpen(...args);
    };
    // Should the writer be lost, its pipe would never open: the open is woken, and the test fails on what it read.
    const wake = setTimeout(() => fileSystem.wakeWaitingOpens(), 3000);
    try {
      const file = await fileSystem.openReader(fifo);
      let text = '';
      for await (const chunk of file.chunks ?? []) text += Buffer.from(chunk).toString('utf8');
      await file.close();
      expect(text).toBe('written at once');
    } finally {
      clearTimeout(wake);
      fileSystem.open = poolOpen;
      writer.kill();
      await written;
    }
  });

  it('gives failures of the calls made on this thread as rejections, never as throws', async () => {
    // Callers chain `.catch()` on these: a synchronous throw would escape it.
    const missing = join(dir, 'missing.txt');
    const calls: (() => Promise<unknown>)[] = [
      () => fileSystem.openReader(missing),
      () => fileSystem.stat(missing),
      () => fileSystem.realpath(missing),
      () => fileSystem.close(-1),
    ];
    for (const call of calls) {
      let promise: Promise<unknown> | undefined;
      expect(() => {
        promise = call();
      }).not.toThrow();
      await expect(promise).rejects.toMatchObject({ code: expect.stringMatching(/^E/) });
    }
  });
});
