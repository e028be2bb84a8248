// `npm run test:webkit`: the WebKit suite (tests/webkit, run by Vitest) with Debian's WebKitWebDriver
// and MiniBrowser under xvfb-run, against the production build (dist/). Without them: in CI the run
// fails; elsewhere one line says so and the suite is skipped. Arguments go to Vitest (a file name or
// `-t name` picks tests).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { MINIBROWSER_PATH, WEBKIT_DRIVER_PATH, XVFB_RUN_PATH } from './webkit.mjs'

const missing = [
  [WEBKIT_DRIVER_PATH, 'WEBKIT_DRIVER_PATH', 'webkit2gtk-driver'],
  [MINIBROWSER_PATH, 'MINIBROWSER_PATH', 'webkit2gtk-driver'],
  [XVFB_RUN_PATH, 'XVFB_RUN_PATH', 'xvfb'],
].filter(([path]) => !existsSync(path))
if (missing.length > 0) {
  const message = `WebKit not found (${missing.map(([path]) => path).join(', ')}): install it with \`sudo apt-get install ${[...new Set(missing.map(([, , pkg]) => pkg))].join(' ')}\` or set ${missing.map(([, env]) => env).join(', ')}`
  if (process.env.CI) {
    console.error(message)
    process.exit(1)
  }
  console.log(`${message}; its browser tests skipped`)
  process.exit(0)
}
if (!existsSync('dist/index.html')) {
  console.error('dist/index.html not found: run `npm run build` before `npm run test:webkit`')
  process.exit(1)
}

// Vitest's own command (its package exports no path to it).
const vitest = join(
  dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
  'vitest.mjs',
)
// 24-bit colour (xvfb-run's default screen has 8), and a screen as tall as the tallest page's
// screenshot window (tests/webkit/driver.ts).
const run = spawnSync(
  XVFB_RUN_PATH,
  [
    '--auto-servernum',
    '--server-args=-screen 0 1280x8000x24',
    process.execPath,
    vitest,
    'run',
    '--config',
    'tests/webkit/vitest.config.ts',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
)
process.exit(run.status ?? 1)
