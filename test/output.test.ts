import { describe, expect, it } from 'vitest';
import { Batcher } from '../src/output.js';

/** A send that finishes only when the test lets it, recording what was sent and how many sends overlapped. */
function controlledSend() {
  const sent: string[] = [];
  const waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const send = (chunk: string): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      sent.push(chunk);
      waiting.push({
        resolve: () => {
          inFlight--;
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

describe('Batcher (output chunks)', () => {
  it('goes on while a chunk is sent, keeps one send at a time, and sends everything in order', async () => {
    const io = controlledSend();
    const batcher = new Batcher(io.send);
    const big = 'x'.repeat(64 * 1024);
    // The first chunk starts sending and the write returns at once: the conversion is not held up.
    await batcher.write(`a${big}`);
    expect(io.sent).toHaveLength(1);
    // The second full chunk waits for the first send to finish before it is sent.
    let second = false;
    const writing = batcher.write(`b${big}`).then(() => {
      second = true;
    });
    await tick();
    expect(second).toBe(false);
    expect(io.sent).toHaveLength(1);
    io.waiting[0]?.resolve();
    await writing;
    expect(io.sent).toHaveLength(2);
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

  it('reports a failed send at the next flush, not as an unhandled rejection', async () => {
    const io = controlledSend();
    const batcher = new Batcher(io.send);
    await batcher.write('x'.repeat(64 * 1024));
    io.waiting[0]?.reject(new Error('ENOSPC: no space left on device'));
    await tick();
    await batcher.write('more');
    await expect(batcher.drain()).rejects.toThrow('ENOSPC');
  });

  it('discard drops what is gathered and waits for the send under way', async () => {
    const io = controlledSend();
    const batcher = new Batcher(io.send);
    await batcher.write('x'.repeat(64 * 1024));
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
    expect(io.sent).toHaveLength(1);
  });
});
