/**
 * The tests make their temporary folders with `tmpdir()`, and many leave them: a run left ~120 MB in the system's
 * temporary folder, the adversarial inputs most of it. Here a run gets a folder of its own as `TMPDIR`, which the
 * test workers and the feedconv processes the tests start inherit, and it is removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'feedconv-test-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
