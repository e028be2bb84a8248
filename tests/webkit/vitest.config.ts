import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The WebKit suite (`npm run test:webkit`, scripts/test-webkit.mjs): WebDriver tests in Node, one
// file at a time, as WebKitWebDriver runs one browser session at a time.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/webkit/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/webkit/global-setup.ts'],
    fileParallelism: false,
    // A whole walk through the wizard is one test; each step waits up to 10 s for the page.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
})
