import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IoError } from '../src/errors.js';
import { fileSystem } from '../src/fs.js';
import { BATCH, Batcher, SYNC_EVERY, fileSink } from '../src/output.js';

/**
 * A send that finishes only when the test lets it, recording how many sends overlapped. What was sent is read when
 * the send finishes, not when it starts: the Batcher reuses its buffers, and must not touch one still being sent.
 */
function controlledSend() {
  const sent: string[] = [];
  const waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const send = (chunk: Uint8Array): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      waiting.push({
        resolve: () => {
          inFlight--;
          sent.push(Buffer.from(chunk).toString('utf8'));
          resolve();
        },
        reject: (error) => {
          inFlight--;
          reject(error);
        },
      });
    });
  return { send, sent, waiting, maxInFlight: () => maxInFlight };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A batcher whose first chunk's send failed with `message`, written to after, and whose drain then threw it. */
async function batcherAfterFailedDrain(message: string): Promise<Batcher> {
  const io = controlledSend();
  const batcher = new Batcher(io.send);
  await batcher.write('x'.repeat(BATCH));
  io.waiting[0]?.reject(new Error(message));
  await tick();
  await batcher.write('more');
  await expect(batcher.drain()).rejects.toThrow(message);
  return batcher;
}

describe('Batcher (output chunks)', () => {
  it('goes on while a chunk is sent, keeps one send at a time, and sends everything in order', async () => {
    const io = controlledSend();
    const batcher = new Batcher(io.send);
    const big = 'x'.repeat(BATCH);
    // The first chunk starts sending and the write returns at once: the conversion is not held up.
    await batcher.write(`a${big}`);
    expect(io.waiting).toHaveLength(1);
    // The second full chunk waits for the first send to finish before it is sent.
    let second = false;
    const writing = batcher.write(`b${big}`).then(() => {
      second = true;
    });
    await tick();
    expect(second).toBe(false);
    expect(io.waiting).toHaveLength(1);
    io.waiting[0]?.resolve();
    await writing;
    expect(io.waiting).toHaveLength(2);
    await batcher.write('tail');
    const draining = batcher.drain();
    await tick();
    io.waiting[1]?.resolve();
    await tick();
    io.waiting[2]?.resolve();
    await draining;
    expect(io.sent.join('')).toBe(`a${big}b${big}tail`);
    expect(io.maxInFlight()).toBe(1);
    expect(batcher.bytes).toBe(2 * (big.length + 1) + 4);
  });

  it('encodes many writes of every size into chunks of at most BATCH bytes, never touching one being sent', async () => {
    const sent: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    let touched = 0;
    const batcher = new Batcher(async (chunk) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const atStart = Buffer.from(chunk);
      // The writes go on meanwhile (tick): they must fill the other buffer, not this one.
      await tick();
      await tick();
      if (!atStart.equals(chunk)) touched++;
      sent.push(atStart.toString('utf8'));
      inFlight--;
    });
    const pieces: string[] = [];
    for (let i = 0; i < 5000; i++) {
      // ASCII, two- and three-byte characters, surrogate pairs, a lone surrogate; now and then a piece larger than a
      // third of a buffer (encoded on its own when it may not fit) or than a whole buffer (sent on its own).
      const piece = `<item n="${i}">café – خبر 😀 \ud800 ${'text '.repeat(i % 97)}</item>\n`;
      pieces.push(i % 2000 === 7 ? piece.repeat(900) : i % 2000 === 1011 ? 'é'.repeat(BATCH) : piece);
    }
    for (const piece of pieces) await batcher.write(piece);
    await batcher.drain();
    const expected = pieces.join('');
    expect(sent.join('')).toBe(Buffer.from(expected).toString('utf8'));
    expect(batcher.bytes).toBe(Buffer.byteLength(expected));
    expect(touched).toBe(0);
    expect(maxInFlight).toBe(1);
    expect(sent.length).toBeGreaterThan(10);
    // Every chunk fits a buffer, but for the pieces sent on their own, each a chunk of its own.
    const alone = new Set(pieces.filter((piece) => piece.length * 3 > BATCH).map((piece) => Buffer.from(piece).toString('utf8')));
    const oversized = sent.filter((chunk) => Buffer.byteLength(chunk) > BATCH);
    expect(oversized.length).toBeGreaterThanOrEqual(3);
    expect(oversized.every((chunk) => alone.has(chunk))).toBe(true);
  });

  it('reports a failed send at the next flush, not as an unhandled rejection', async () => {
    await batcherAfterFailedDrain('ENOSPC: no space left on device');
  });

  it('discard drops what is gathered and waits for the send under way', async () => {
    const io = controlledSend();
    const batcher = new Batcher(io.send);
    await batcher.write('x'.repeat(BATCH));
    await batcher.write('never sent');
    let done = false;
    const discarding = batcher.discard().then(() => {
      done = true;
    });
    await tick();
    expect(done).toBe(false);
    io.waiting[0]?.reject(new Error('EIO'));
    // The failure of abandoned output is not an error of its own: the file is removed next.
    await discarding;
    expect(done).toBe(true);
    expect(io.waiting).toHaveLength(1);
  });

  it('hands a drained batcher\'s buffers to the next, so a batch of small files allocates none', async () => {
    const seen: ArrayBufferLike[] = [];
    const record = async (chunk: Uint8Array): Promise<void> => void seen.push(chunk.buffer);
    const first = new Batcher(record);
    await first.write('first file');
    await first.drain();
    const second = new Batcher(record);
    await second.write('second file');
    await second.drain();
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0]);
  });

  it('never gives one buffer to two batchers, even when a failed drain is followed by a discard', async () => {
    const failing = await batcherAfterFailedDrain('EIO');
    // The sink's abort after a failed commit: its buffers must not go back a second time.
    await failing.discard();
    const held: ArrayBufferLike[] = [];
    const batchers = Array.from({ length: 4 }, () => new Batcher(async (chunk) => void held.push(chunk.buffer)));
    // All four hold a buffer at once (written, not yet drained), then send.
    for (const [i, batcher] of batchers.entries()) await batcher.write(`file ${i}`);
    for (const batcher of batchers) await batcher.flush();
    expect(new Set(held).size).toBe(4);
    for (const batcher of batchers) await batcher.drain();
  });
});

describe('fileSink (atomic file output)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'feedconv-sink-'));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('syncs what it has written while it writes, then the whole file before the rename', async () => {
    const path = join(dir, 'feed.xml');
    const sink = await fileSink(path);
    // Each sync started is recorded with the bytes sent by then.
    const syncs: { kind: string; at: number }[] = [];
    const { fdatasync, fsync } = fileSystem;
    vi.spyOn(fileSystem, 'fdatasync').mockImplementation((fd) => {
      syncs.push({ kind: 'datasync', at: sink.bytes });
      return fdatasync(fd);
    });
    vi.spyOn(fileSystem, 'fsync').mockImplementation((fd) => {
      syncs.push({ kind: 'sync', at: sink.bytes });
      return fsync(fd);
    });
    const writes = (2.5 * SYNC_EVERY) / (1024 * 1024);
    for (let i = 0; i < writes; i++) await sink.write(`${'x'.repeat(1024 * 1024 - 1)}\n`);
    // Before the commit: a sync was started once SYNC_EVERY bytes had been written, and no full sync yet.
    expect(syncs.filter((s) => s.kind === 'datasync').length).toBeGreaterThanOrEqual(1);
    expect(syncs.every((s) => s.kind === 'datasync' && s.at >= SYNC_EVERY)).toBe(true);
    await expect(readdir(dir)).resolves.not.toContain('feed.xml');
    await sink.commit();
    expect(syncs.at(-1)?.kind).toBe('sync');
    expect(syncs.filter((s) => s.kind === 'datasync').length).toBeGreaterThanOrEqual(2);
    const written = await readFile(path);
    expect(written.length).toBe(writes * 1024 * 1024);
    expect(await readdir(dir)).toEqual(['feed.xml']);
  });

  it('closes its file once when the rename fails: the number may already name another open file', async () => {
    const path = join(dir, 'feed.xml');
    const sink = await fileSink(path);
    const close = vi.spyOn(fileSystem, 'close');
    vi.spyOn(fileSystem, 'rename').mockRejectedValue(Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' }));
    await sink.write('<rss/>\n');
    await expect(sink.commit()).rejects.toThrow(`cannot write '${path}'`);
    expect(close).toHaveBeenCalledTimes(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails the commit when a sync under way failed, leaving neither the file nor its temporary', async () => {
    const path = join(dir, 'feed.xml');
    vi.spyOn(fileSystem, 'fdatasync').mockRejectedValue(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }));
    const sink = await fileSink(path);
    for (let i = 0; i < SYNC_EVERY / (1024 * 1024) + 1; i++) await sink.write('y'.repeat(1024 * 1024));
    const commit = sink.commit();
    await expect(commit).rejects.toBeInstanceOf(IoError);
    await expect(commit).rejects.toThrow(`cannot write '${path}'`);
    expect(await readdir(dir)).toEqual([]);
  });
});
