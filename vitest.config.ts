import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Every test's temporary files in one folder, removed when the run ends (see test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
  },
});
