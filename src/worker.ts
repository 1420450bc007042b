/** A batch worker thread: converts the files it is sent (see batch.ts) and posts each outcome back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { FileJob } from './batch.js';
import { loadCore } from './load-core.js';
import type { Emitter, ResolvedOptions } from './model.js';

interface Task {
  index: number;
  job: FileJob;
}

// Note: messages wait in the port until the listener below is attached, after the core has loaded.
const { LANES, convertFile, loadEmitters } = await loadCore();

/** What every job of the batch shares, given once when the thread starts. */
const { options, env } = workerData as { options: ResolvedOptions; env: Record<string, string | undefined> };
let registry: Promise<Record<string, Emitter>> | undefined;

async function run({ index, job }: Task): Promise<void> {
  try {
    registry ??= loadEmitters(options.emitters);
    const outcome = await convertFile(job, options, await registry, env);
    parentPort?.postMessage({ index, outcome });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    parentPort?.postMessage({ index, error: { message: failure.message, stack: failure.stack } });
  }
}

/** Jobs sent ahead (so this thread never waits for the next), converted LANES at a time, as on the main thread. */
const queue: Task[] = [];
let running = 0;

function pump(): void {
  while (running < LANES && queue.length > 0) {
    running++;
    void run(queue.shift() as Task).finally(() => {
      running--;
      pump();
    });
  }
}

parentPort?.on('message', (task: Task) => {
  queue.push(task);
  pump();
});
