import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Date tests run in a zone with daylight saving (2026-03-08 and 2026-11-01 are its change days).
    env: { TZ: 'America/New_York' },
    testTimeout: 20000,
    hookTimeout: 20000,
  },
});
