import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH, HAS_CHROMIUM } from './tests/e2e/chromium-path'

// Browser tests: the production build (`npm run build` → dist/), served under a sub-path by a plain
// static server with no rewrites, driven by the system Chromium (never a downloaded one).
// E2E_PORT: another port when 4317 is taken (say, by someone else's run of the suite).
const PORT = Number(process.env.E2E_PORT ?? 4317)
const BASE_PATH = '/wizard/sub/'

if (!HAS_CHROMIUM) {
  const message = `Chromium not found at ${CHROMIUM_PATH}: install it with \`sudo apt-get install chromium\` or set CHROMIUM_PATH`
  if (process.env.CI) throw new Error(message)
  // The config is loaded by the runner and by each worker: say it once.
  if (!process.env.TEST_WORKER_INDEX) console.log(`${message}; browser tests skipped`)
} else if (!existsSync('dist/index.html')) {
  throw new Error('dist/index.html not found: run `npm run build` before `playwright test`')
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
    locale: 'en-GB',
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'phone',
      use: {
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 } },
  ],
  webServer: HAS_CHROMIUM
    ? {
        command: `node scripts/serve-subpath.mjs ${PORT} ${BASE_PATH}`,
        url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
        reuseExistingServer: false,
        timeout: 30_000,
      }
    : undefined,
})
