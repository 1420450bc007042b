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

  it('reads a file through the calls made on this thread', async () => {
    await writeFile(join(dir, 'a.txt'), 'hello, world');
    const fd = await fileSystem.open(join(dir, 'a.txt'), 'r');
    const buffer = Buffer.alloc(64);
    const read = await fileSystem.read(fd, buffer, 0, buffer.length, null);
    expect(buffer.toString('utf8', 0, read)).toBe('hello, world');
    expect(await fileSystem.read(fd, buffer, 0, buffer.length, null)).toBe(0);
    await fileSystem.close(fd);
    expect((await fileSystem.stat(join(dir, 'a.txt'))).size).toBe(12);
    await symlink(join(dir, 'a.txt'), join(dir, 'link'));
    expect(await fileSystem.realpath(join(dir, 'link'))).toBe(await fileSystem.realpath(join(dir, 'a.txt')));
  });

  it('gives failures of the calls made on this thread as rejections, never as throws', async () => {
    // Callers chain `.catch()` on these: a synchronous throw would escape it.
    const missing = join(dir, 'missing.txt');
    const calls: (() => Promise<unknown>)[] = [
      () => fileSystem.open(missing, 'r'),
      () => fileSystem.stat(missing),
      () => fileSystem.realpath(missing),
      () => fileSystem.read(-1, Buffer.alloc(8), 0, 8, null),
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
