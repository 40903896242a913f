import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The host serves the build from its wwwroot; in `npm run dev` Vite proxies the API to the host on 5080.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../Workflows.Host/wwwroot',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // Read by scripts/bundle-size.js, which sums the first load per route.
    manifest: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:5080',
      '/openapi': 'http://localhost:5080',
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'eslint/**/*.test.ts', 'scripts/**/*.test.ts'],
          setupFiles: ['src/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.e2e.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
});
