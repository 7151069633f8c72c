import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': import.meta.dirname,
      // `server-only` throws outside Next's server bundle; unit tests run the server code directly.
      'server-only': path.join(import.meta.dirname, 'test', 'server-only-stub.ts'),
    },
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**'],
    environment: 'node',
    // next-intl's ESM build imports `next/server` without an extension, which only Vite's resolver accepts.
    server: { deps: { inline: ['next-intl'] } },
    pool: 'forks',
    // The app's structured event log (lib/log.ts) is for operators; keep it out of the test report.
    onConsoleLog: (log) => !log.startsWith('{"time":'),
  },
});
