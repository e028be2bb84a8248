#!/usr/bin/env node
// The benchmark: our wizard against the same five-question quiz built with SurveyJS (the peer), and
// against the floor of the app's own stack: that quiz as a bare React + zustand + i18next wizard.
//
//   npm run bench            (= node bench/run.mjs, from the repository root)
//
// One command, one run: builds the three apps, serves them on the loopback interface, measures bytes,
// Lighthouse (mobile, default config) and in-browser timings with and without 4x CPU throttling,
// then prints a side-by-side table and writes bench/results.json and bench/README.md.
// It reports and never asserts: the exit code is 0 whenever the measurements could be taken,
// whatever they show; it is non-zero only when the bench itself could not run.
//
// Scratch installs (never committed): Lighthouse in bench/.tmp/, the peer's packages and build in
// bench/.peer/, the floor's build in bench/.floor/. Their sources are committed in bench/peer/ and
// bench/floor/ and copied there. The floor uses the app's own packages (the repository's node_modules).
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium), BENCH_TIMING_RUNS (default 10),
// BENCH_LIGHTHOUSE_RUNS (default 3): the last two only to try the script quickly.
import { spawn } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib'
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  PLAYWRIGHT_CHROMIUM_ARGS,
  disableFeaturesFlag,
} from '../scripts/chromium.mjs'

const started = Date.now()
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const BENCH = join(ROOT, 'bench')
const PEER_SRC = join(BENCH, 'peer')
const PEER_DIR = join(BENCH, '.peer')
const FLOOR_SRC = join(BENCH, 'floor')
const FLOOR_DIR = join(BENCH, '.floor')
const QUIZ_VITE_CONFIG = join(BENCH, 'quiz.vite.config.mjs')
const QUIZ_INDEX_HTML = join(BENCH, 'quiz.index.html')
const TMP_DIR = join(BENCH, '.tmp')
const CHROMIUM = CHROMIUM_PATH
// chrome-launcher's flags (Lighthouse, the timings): ours, then one `--disable-features` with
// chrome-launcher's own and the browser's omnibox pop-up pages (scripts/chromium.mjs), which would
// otherwise load in two more renderer processes while the page under test loads, on 2 cores.
const launcherFlags = (Launcher) => [...CHROMIUM_ARGS, disableFeaturesFlag(Launcher.defaultFlags())]
const SUB_PATH = '/wizard/sub/'
const LIGHTHOUSE_VERSION = '12.2.3'
const LIGHTHOUSE_PACKAGES = [`lighthouse@${LIGHTHOUSE_VERSION}`]
// survey-react-ui 3.0.0 is the newest; it pins survey-core to the same version. React as in the app.
const PEER_PACKAGES = [
  'survey-core@3.0.0',
  'survey-react-ui@3.0.0',
  'react@19.3.1',
  'react-dom@19.3.1',
]
const positiveInt = (value, fallback) =>
  Number.isInteger(Number(value)) && Number(value) > 0 ? Number(value) : fallback
const TIMING_RUNS = positiveInt(process.env.BENCH_TIMING_RUNS, 10)
const LIGHTHOUSE_RUNS = positiveInt(process.env.BENCH_LIGHTHOUSE_RUNS, 3)
const CPU_THROTTLING = 4
const ASSET_EXTENSIONS = ['.html', '.js', '.mjs', '.css', '.json']
const TIMEOUT = {
  whole: 40 * 60_000,
  install: 6 * 60_000,
  build: 5 * 60_000,
  serverStart: 15_000,
  browserLaunch: 60_000,
  pageStep: 30_000,
  lighthouseRun: 180_000,
  cleanupStep: 10_000,
}
// stepScriptMs: "a step change costs well under one frame of scripting", read as at most half a
// 60 Hz frame (16.7 ms), median, without throttling; for the first and the second step change.
const TARGETS = {
  lighthouse: 100,
  tbtMs: 30,
  bytesRatio: 0.22,
  firstQuestionRatioThrottled: 0.35,
  stepScriptMs: 8.3,
  // Beside the floor, at 4× CPU: the first question usable and shown, and a result link's verdict
  // against the floor's first question usable (the floor has no result page).
  usableVsFloor: 1.1,
  shownVsFloor: 0.8,
  verdictVsFloorUsable: 1.5,
}

const en = JSON.parse(readFileSync(join(ROOT, 'locales/en/model.json'), 'utf8'))
const FIRST_OPTION_TEXT = Object.values(en.options.uses)[0]
const NEXT_TITLE = en.questions.complexity.title
// The second step change: the second question's first option, then the third question's title.
const SECOND_OPTION_TEXT = Object.values(en.options.complexity)[0]
const THIRD_TITLE = en.questions['work-style'].title
// A shared result link, as most people meet the app: the first of the v1 links the tests keep
// opening, with the heading its result page shows.
const RESULT_LINK = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/urls-v1.json'), 'utf8'),
).urls.find((u) => u.step === 'result' && u.locale === 'en')
const VERDICT_TITLE = JSON.parse(
  readFileSync(join(ROOT, 'locales/en/result.json'), 'utf8'),
).heading.replace('{{model}}', en.models[RESULT_LINK.recommended])

// The machine's load (1-min average) at each phase: other work on the machine (a test run) skews the
// timings, so the report carries it.
const loadAverages = []
const noteLoad = (phase) => {
  const load = round(os.loadavg()[0], 2)
  loadAverages.push({ phase, load1m: load })
  if (load > os.cpus().length)
    log(
      `note: load average ${load} on ${os.cpus().length} cores before ${phase}: other work skews the timings`,
    )
}
let stopping = false // set once the run is being torn down: no more progress lines then
const log = (...args) =>
  !stopping &&
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...args)

// ---------------------------------------------------------------------------------------------
// Clean-up: everything started is registered here and torn down on exit, on error and on signals.
// ---------------------------------------------------------------------------------------------
const cleanups = []
const children = new Set()
let cleaningUp = null

function onCleanup(name, fn) {
  const entry = { name, fn }
  cleanups.push(entry)
  return () => {
    const i = cleanups.indexOf(entry)
    if (i >= 0) cleanups.splice(i, 1)
  }
}

function cleanup() {
  cleaningUp ??= (async () => {
    while (cleanups.length > 0) {
      const { name, fn } = cleanups.pop()
      try {
        await withTimeout(Promise.resolve().then(fn), TIMEOUT.cleanupStep, `clean-up of ${name}`)
      } catch (error) {
        console.error(`[bench] clean-up of ${name} failed: ${error.message}`)
      }
    }
    for (const child of children) killTree(child)
  })()
  return cleaningUp
}

function killTree(child) {
  if (child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, 'SIGKILL') // the child's own process group (spawned detached)
  } catch {
    try {
      child.kill('SIGKILL')
    } catch {
      /* already gone */
    }
  }
}

async function fail(error, code = 1) {
  if (stopping) return
  stopping = true
  console.error(`[bench] ${error?.stack ?? error}`)
  await cleanup()
  process.exit(code)
}

process.on('exit', () => {
  for (const child of children) killTree(child)
})
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => void fail(new Error(`stopped by ${signal}`), 130))
}
process.on('uncaughtException', (error) => void fail(error))
process.on('unhandledRejection', (error) => void fail(error))
setTimeout(
  () => void fail(new Error(`the whole run took over ${TIMEOUT.whole / 60_000} min`), 2),
  TIMEOUT.whole,
).unref()

function withTimeout(promise, ms, what, onTimeout) {
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      try {
        onTimeout?.()
      } catch {
        /* best effort */
      }
      reject(new Error(`${what} timed out after ${ms} ms`))
    }, ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** Runs a command in its own process group; resolves with its output, rejects on failure or time-out. */
function run(command, args, { cwd = ROOT, timeoutMs, env = process.env } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.add(child)
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    const timer = setTimeout(() => {
      killTree(child)
      reject(
        new Error(
          `${command} ${args.join(' ')} timed out after ${timeoutMs} ms\n${output.slice(-4000)}`,
        ),
      )
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      children.delete(child)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      children.delete(child)
      if (code === 0) resolvePromise(output)
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} exited with ${code ?? signal}\n${output.slice(-4000)}`,
          ),
        )
    })
  })
}

// ---------------------------------------------------------------------------------------------
// Installs and builds
// ---------------------------------------------------------------------------------------------
function installedVersion(dir, name) {
  try {
    return JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version
  } catch {
    return undefined
  }
}

async function ensureInstalled(dir, specs) {
  const missing = specs.filter((spec) => {
    const at = spec.lastIndexOf('@')
    return installedVersion(dir, spec.slice(0, at)) !== spec.slice(at + 1)
  })
  if (missing.length === 0) return
  log(`installing ${specs.join(' ')} into ${relative(ROOT, dir)}/`)
  mkdirSync(dir, { recursive: true })
  await run(
    'npm',
    [
      'install',
      '--prefix',
      dir,
      '--no-audit',
      '--no-fund',
      '--save-exact',
      '--loglevel=error',
      ...specs,
    ],
    {
      timeoutMs: TIMEOUT.install,
    },
  )
}

// The app's own `npm run build`, with Vite's output sent to a private folder instead of dist/: the
// tests (and whoever works in the repository) rebuild dist/ at any time, and a build swapped under
// the bench mid-run would mix two builds' files. Same command, same config, same files.
const OURS_DIST = join(TMP_DIR, 'dist-ours')

async function buildOurs() {
  log(`building our app (npm run build -- --outDir ${relative(ROOT, OURS_DIST)})`)
  await run('npm', ['run', 'build', '--', '--outDir', OURS_DIST, '--emptyOutDir'], {
    timeoutMs: TIMEOUT.build,
  })
  return OURS_DIST
}

/**
 * Builds one of the bench's quizzes: the files of `source` (bench/floor/ or bench/peer/), the shared
 * bench/quiz.vite.config.mjs and the shared entry page bench/quiz.index.html (its title naming the
 * quiz: `label`) are copied into `dir` (bench/.floor/ or bench/.peer/), then built there with Vite
 * from the repository's own node_modules. Returns the build's folder.
 */
async function buildQuiz(what, label, source, dir) {
  log(`building ${what} with Vite`)
  mkdirSync(dir, { recursive: true })
  for (const file of readdirSync(source)) copyFileSync(join(source, file), join(dir, file))
  copyFileSync(QUIZ_VITE_CONFIG, join(dir, 'vite.config.mjs'))
  writeFileSync(
    join(dir, 'index.html'),
    readFileSync(QUIZ_INDEX_HTML, 'utf8').replace('%QUIZ%', label),
  )
  const { build } = await import('vite')
  await withTimeout(
    build({ root: dir, configFile: join(dir, 'vite.config.mjs'), logLevel: 'error' }),
    TIMEOUT.build,
    `the build of ${what}`,
  )
  return join(dir, 'dist')
}

// ---------------------------------------------------------------------------------------------
// Bytes
// ---------------------------------------------------------------------------------------------
function listFiles(dir) {
  const files = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) files.push(...listFiles(path))
    else files.push(path)
  }
  return files
}

function measureAssets(dist) {
  const assets = []
  const other = []
  for (const path of listFiles(dist).sort()) {
    const file = relative(dist, path).split(sep).join('/')
    const data = readFileSync(path)
    if (!ASSET_EXTENSIONS.some((ext) => file.endsWith(ext))) {
      other.push({ file, raw: data.length })
      continue
    }
    const gzip = gzipSync(data, { level: 9 }).length
    const brotli = brotliCompressSync(data, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
        [zlibConstants.BROTLI_PARAM_LGWIN]: zlibConstants.BROTLI_MAX_WINDOW_BITS,
        [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }).length
    assets.push({ file, raw: data.length, gzip, brotli })
  }
  const sum = (key) => assets.reduce((n, a) => n + a[key], 0)
  return {
    assets,
    other,
    totals: { files: assets.length, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') },
  }
}

// ---------------------------------------------------------------------------------------------
// Servers
// ---------------------------------------------------------------------------------------------
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolvePort(port))
    })
  })
}

async function serve(dir, name) {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [join(ROOT, 'scripts/serve-subpath.mjs'), String(port), SUB_PATH, dir],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  children.add(child)
  onCleanup(`the ${name} server`, () => {
    killTree(child)
    children.delete(child)
  })
  let output = ''
  await withTimeout(
    new Promise((ready, reject) => {
      child.stdout.on('data', (d) => {
        output += d
        if (output.includes('Serving')) ready()
      })
      child.stderr.on('data', (d) => (output += d))
      child.on('exit', (code) =>
        reject(new Error(`the ${name} server exited with ${code}: ${output}`)),
      )
    }),
    TIMEOUT.serverStart,
    `starting the ${name} server`,
  )
  const url = `http://127.0.0.1:${port}${SUB_PATH}`
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  log(`serving ${name} at ${url}`)
  return url
}

// ---------------------------------------------------------------------------------------------
// In-browser timings (system Chromium: bare DevTools protocol for the timings, Playwright for the requests)
// ---------------------------------------------------------------------------------------------
// Injected before any page script. Marks, on the page's own clock (performance.now(), 0 = navigation
// start):
// - firstShown: the first question is shown (first checkbox enabled and laid out with its label;
//   for our app that is the pre-rendered HTML, before any script of the app has run);
// - firstQuestion ("usable"): shown, and both the first checkbox and the Continue/Next button are
//   owned by the page's React tree (React's props are attached to them, so a tick or a click reaches
//   the app's state). React attaches them while it renders (for our app: hydrates) the question,
//   in document order, so the button, last in the form, marks a render that is all but committed;
// - for a step change (once armed): the click on Continue/Next (first capture listener on window),
//   its Event Timing entry (processing start and end, duration to the next paint), the spans spent
//   inside element.focus() (the browser's forced style and layout, not script), and the first
//   animation frame in which the next step's heading is laid out.
// Checked on every DOM mutation and on every animation frame (for style-only changes). "Laid out" is
// Playwright's notion of visible: a non-empty box and not visibility:hidden (SurveyJS's real checkbox
// is a 1x1 px visually-hidden input inside its label, which counts, like the app's own).

const PROBE = `(() => {
  const marks = (window.__bench = { firstShown: null, firstQuestion: null, verdict: null, armedAt: null, clickAt: null, click: null, focus: [], history: [], next: null, watch: null })
  // Headings, and SurveyJS's question title (a div: SurveyJS renders no heading element for it).
  const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role=heading],.sd-question__title'
  const shown = (el) => {
    if (!el) return false
    const r = el.getBoundingClientRect()
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
  }
  const firstShown = () => {
    const input = document.querySelector('input[type=checkbox]')
    if (!input || input.disabled) return false
    const label = (input.labels && input.labels[0]) || input.closest('label')
    return shown(input) && (!label || shown(label))
  }
  const owned = (el) => !!el && Object.keys(el).some((k) => k.startsWith('__reactProps$'))
  const nextButton = () =>
    [...document.querySelectorAll('button,input[type=button],input[type=submit]')].find((b) => /^(Continue|Next)$/.test((b.value || b.textContent).trim()))
  const live = () => owned(document.querySelector('input[type=checkbox]')) && owned(nextButton())
  const headingReady = (text) => {
    for (const h of document.querySelectorAll(HEADINGS)) {
      if (h.textContent.includes(text) && shown(h)) return true
    }
    return false
  }
  // Only on a result link: looking for the heading on every DOM change forces layouts.
  const verdict = location.search.includes('step=result') ? ${JSON.stringify(VERDICT_TITLE)} : null
  const check = () => {
    if (verdict !== null) {
      if (marks.verdict === null && headingReady(verdict)) marks.verdict = performance.now()
      return
    }
    if (marks.firstShown === null && firstShown()) marks.firstShown = performance.now()
    if (marks.firstShown !== null && marks.firstQuestion === null && live()) marks.firstQuestion = performance.now()
  }
  const loop = () => {
    check()
    // The next heading is looked for once per frame, not on each DOM change: a check there would
    // force a layout in the middle of the step change being measured.
    if (marks.watch !== null && marks.clickAt !== null && marks.next === null && headingReady(marks.watch)) {
      marks.next = performance.now()
    }
    if (verdict !== null) {
      if (marks.verdict === null) requestAnimationFrame(loop)
      return
    }
    if (marks.firstQuestion === null || (marks.watch !== null && marks.next === null)) requestAnimationFrame(loop)
  }
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, characterData: true })
  addEventListener('click', () => {
    if (marks.watch !== null && marks.clickAt === null) marks.clickAt = performance.now()
  }, true)
  // Event Timing (what INP is built from): the click's processing (its listeners, the microtasks
  // they queue, and its default action, such as the form's submit and its listeners) and its
  // duration up to the next paint. Entries under 16 ms in all are not reported.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === 'click' && marks.armedAt !== null && marks.click === null && e.startTime >= marks.armedAt) {
        marks.click = { start: e.startTime, processingStart: e.processingStart, processingEnd: e.processingEnd, duration: e.duration }
      }
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true })
  const focus = HTMLElement.prototype.focus
  HTMLElement.prototype.focus = function (...args) {
    const start = performance.now()
    try {
      return focus.apply(this, args)
    } finally {
      marks.focus.push([start, performance.now()])
    }
  }
  // The page's own address updates (pushState, replaceState): the browser's work, 1–17 ms each.
  for (const name of ['pushState', 'replaceState']) {
    const write = History.prototype[name]
    History.prototype[name] = function (...args) {
      const start = performance.now()
      try {
        return write.apply(this, args)
      } finally {
        if (marks.armedAt !== null) marks.history.push([start, performance.now()])
      }
    }
  }
  window.__benchWatch = (text) => {
    marks.watch = text
    marks.clickAt = null
    marks.armedAt = performance.now()
    marks.click = null
    marks.focus = []
    marks.history = []
    marks.next = null
    requestAnimationFrame(loop)
  }
  requestAnimationFrame(loop)
})()`

/**
 * A Playwright page in a fresh context (no HTTP cache, no storage), the probe injected, every request
 * reported to `onRequest`, navigated to `url`; resolves once the first question is usable. Only for
 * recording the first visit's requests: the timings go over bare DevTools (see connectDevTools).
 */
async function openPage(browser, url, onRequest) {
  const context = await browser.newContext() // fresh: no HTTP cache, no storage
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(TIMEOUT.pageStep)
    await page.addInitScript(PROBE)
    page.on('request', onRequest)
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT.pageStep })
    await page.waitForFunction(() => window.__bench?.firstQuestion != null, null, {
      polling: 50,
      timeout: TIMEOUT.pageStep,
    })
    return { context, page }
  } catch (error) {
    await context.close().catch(() => undefined)
    throw error
  }
}

/**
 * A bare DevTools-protocol client on one WebSocket (`ws` from Lighthouse's install): it enables no
 * domain of its own. Playwright and Puppeteer always enable the `Runtime` domain on their pages, and
 * with it Chromium evaluates a page's modules several times slower (the app's entry: 100–230 ms
 * against 8–21 ms here), which is not what a visitor's browser does; so the timings go through this.
 * @returns `send(method, params, sessionId?)`, resolving to the command's result or rejecting with
 *   the protocol's error, and `close()`.
 */
async function connectDevTools(WebSocket, url) {
  const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 * 2 ** 20 })
  await new Promise((resolve, reject) => {
    socket.once('open', resolve)
    socket.once('error', reject)
  })
  let lastId = 0
  const pending = new Map()
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString())
    const waiter = message.id !== undefined && pending.get(message.id)
    if (!waiter) return // an event: none is needed
    pending.delete(message.id)
    if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`))
    else waiter.resolve(message.result)
  })
  socket.on('close', () => {
    for (const waiter of pending.values())
      waiter.reject(new Error(`${waiter.method}: DevTools connection closed`))
    pending.clear()
  })
  const send = (method, params = {}, sessionId = undefined) =>
    withTimeout(
      new Promise((resolve, reject) => {
        const id = ++lastId
        pending.set(id, { method, resolve, reject })
        socket.send(
          JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params }),
        )
      }),
      TIMEOUT.pageStep,
      method,
    )
  return { send, close: () => socket.close() }
}

/**
 * A page in a fresh browser context (no HTTP cache, no storage), 1280×720 like Playwright's default,
 * with the probe injected and the CPU throttled by `throttle`, navigated to `url`.
 * @returns `evaluate(expression)` (its value, awaited; rejects on a page exception), `click(finder)`
 *   (a real mouse click at the centre of the element the expression `finder` returns) and `close()`.
 */
async function openBarePage(devTools, url, throttle) {
  const { browserContextId } = await devTools.send('Target.createBrowserContext', {
    disposeOnDetach: true,
  })
  const close = () =>
    devTools.send('Target.disposeBrowserContext', { browserContextId }).catch(() => undefined)
  try {
    const { targetId } = await devTools.send('Target.createTarget', {
      url: 'about:blank',
      browserContextId,
    })
    const { sessionId } = await devTools.send('Target.attachToTarget', { targetId, flatten: true })
    const send = (method, params) => devTools.send(method, params, sessionId)
    const evaluate = async (expression) => {
      const { result, exceptionDetails } = await send('Runtime.evaluate', {
        expression,
        returnByValue: true,
        awaitPromise: true,
      })
      if (exceptionDetails)
        throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text)
      return result.value
    }
    const click = async (finder) => {
      const centre = await evaluate(`(() => {
        const el = (${finder})
        if (!el) return null
        el.scrollIntoView({ block: 'center' })
        const r = el.getBoundingClientRect()
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
      })()`)
      if (!centre) throw new Error(`nothing to click: ${finder}`)
      await send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...centre })
      await send('Input.dispatchMouseEvent', {
        type: 'mousePressed',
        ...centre,
        button: 'left',
        clickCount: 1,
      })
      await send('Input.dispatchMouseEvent', {
        type: 'mouseReleased',
        ...centre,
        button: 'left',
        clickCount: 1,
      })
    }
    await send('Page.enable')
    await send('Page.addScriptToEvaluateOnNewDocument', { source: PROBE })
    await send('Emulation.setDeviceMetricsOverride', {
      width: 1280,
      height: 720,
      deviceScaleFactor: 1,
      mobile: false,
    })
    await send('Emulation.setCPUThrottlingRate', { rate: throttle })
    await send('Page.navigate', { url })
    return { evaluate, click, close }
  } catch (error) {
    await close()
    throw error
  }
}

/** Resolves once the page-side `condition` (an expression) is true, checked every 50 ms (in the page). */
function waitInPage(page, condition, timeoutMs = TIMEOUT.pageStep) {
  return page.evaluate(`new Promise((resolve, reject) => {
    const until = performance.now() + ${timeoutMs}
    const check = () => {
      if (${condition}) resolve(true)
      else if (performance.now() > until) reject(new Error('timed out waiting for: ' + ${JSON.stringify(condition)}))
      else setTimeout(check, 50)
    }
    check()
  })`)
}

/** The page's element whose own text is exactly `text` (the innermost such element), or null. */
const byText = (text) =>
  `[...document.querySelectorAll('body *')].reverse().find((el) => el.textContent.trim() === ${JSON.stringify(text)})`
const NEXT_BUTTON = `[...document.querySelectorAll('button,input[type=button],input[type=submit]')].find((b) => /^(Continue|Next)$/.test((b.value || b.textContent).trim()))`

/** Resolves once the page is idle: no new resource for 500 ms (at most 10 s), then 500 ms more. */
const untilIdle = (page) =>
  page.evaluate(`new Promise((resolve) => {
    const until = performance.now() + 10000
    let count = -1, since = 0
    const check = () => {
      const now = performance.getEntriesByType('resource').length
      if (now !== count) { count = now; since = performance.now() }
      if (performance.now() - since >= 500 || performance.now() > until) setTimeout(resolve, 500)
      else setTimeout(check, 50)
    }
    check()
  })`)

/**
 * One step change on an idle page: a click on the option `optionText` (then a wait until a
 * `checked` input matches it), and a click on Continue/Next.
 * @returns ms of script (the click's Event Timing processing, focus's forced layout left out),
 *   ms inside `focus()`, ms inside the page's address updates (`pushState`, `replaceState`) from the
 *   click on, inside the click's processing or after it (the app makes them just after the paint),
 *   the click's Event Timing duration, and ms from the click to the first frame with the heading
 *   `nextTitle` laid out; `null` for a figure the browser did not report.
 */
async function timeStepChange(page, optionText, checked, nextTitle) {
  await untilIdle(page)
  await page.click(byText(optionText))
  await waitInPage(page, `document.querySelector(${JSON.stringify(checked)}) !== null`)
  await new Promise((r) => setTimeout(r, 200))
  await page.evaluate(`window.__benchWatch(${JSON.stringify(nextTitle)})`)
  await page.click(NEXT_BUTTON)
  await waitInPage(page, 'window.__bench.next != null')
  // The click's Event Timing entry comes with the next frame's paint.
  await waitInPage(page, 'window.__bench.click != null', 2000).catch(() => undefined)
  await new Promise((r) => setTimeout(r, 200)) // an address update after the paint: at most 100 ms
  const { clickAt, click, focus, history, next } = await page.evaluate('window.__bench')
  const within = (a, b) =>
    focus
      .filter(([start, end]) => start >= a && end <= b)
      .reduce((sum, [start, end]) => sum + end - start, 0)
  const focusMs = click ? within(click.processingStart, click.processingEnd) : null
  return {
    script: click ? round(click.processingEnd - click.processingStart - focusMs) : null,
    focus: click ? round(focusMs) : null,
    history: round(
      history
        .filter(([start]) => start >= clickAt)
        .reduce((sum, [start, end]) => sum + end - start, 0),
    ),
    interaction: click ? round(click.duration) : null,
    next: round(next - clickAt),
  }
}

/**
 * One fresh load, driven over bare DevTools (see {@link connectDevTools}): ms to the first question
 * shown and usable; then, once the page is idle (as a person reading the question would leave it),
 * the first step change (see {@link timeStepChange}: a tick and Continue/Next), and once idle again
 * the second (the second question's first option, Continue/Next).
 */
async function timeOnce(devTools, url, throttle) {
  const page = await openBarePage(devTools, url, throttle)
  try {
    // Until the navigation has committed, the page is about:blank, where the probe is not.
    const until = Date.now() + TIMEOUT.pageStep
    while (
      (await page.evaluate('window.__bench?.firstQuestion != null').catch(() => false)) !== true
    ) {
      if (Date.now() > until) throw new Error(`the first question never became usable at ${url}`)
      await new Promise((r) => setTimeout(r, 50))
    }
    const { firstShown, firstQuestion } = await page.evaluate('window.__bench')
    const first = await timeStepChange(
      page,
      FIRST_OPTION_TEXT,
      'input[type=checkbox]:checked',
      NEXT_TITLE,
    )
    const second = await timeStepChange(
      page,
      SECOND_OPTION_TEXT,
      'input[type=radio]:checked',
      THIRD_TITLE,
    )
    return {
      firstShown: round(firstShown),
      firstQuestion: round(firstQuestion),
      stepScript: first.script,
      stepFocus: first.focus,
      stepHistory: first.history,
      stepInteraction: first.interaction,
      nextStep: first.next,
      secondStepScript: second.script,
      secondStepFocus: second.focus,
      secondStepHistory: second.history,
      secondStepInteraction: second.interaction,
      secondNextStep: second.next,
    }
  } finally {
    await page.close()
  }
}

/**
 * One fresh load of the shared result link (see RESULT_LINK), over bare DevTools: ms from navigation
 * start to the first frame in which the verdict's heading is laid out. Only the app has a result page.
 */
async function timeVerdictOnce(devTools, appUrl, throttle) {
  const page = await openBarePage(devTools, new URL(RESULT_LINK.url, appUrl).href, throttle)
  try {
    const until = Date.now() + TIMEOUT.pageStep
    while ((await page.evaluate('window.__bench?.verdict != null').catch(() => false)) !== true) {
      if (Date.now() > until) throw new Error(`the verdict never showed at ${RESULT_LINK.url}`)
      await new Promise((r) => setTimeout(r, 50))
    }
    return { verdict: round(await page.evaluate('window.__bench.verdict')) }
  } finally {
    await page.close()
  }
}

/**
 * Which requests a fresh, unthrottled load makes before the first question is usable: every request
 * the page makes is recorded (Playwright), then the ones that started after that moment (by the
 * page's own Resource Timing clock) are left out, e.g. what the app prefetches once idle.
 */
async function recordFirstVisit(browser, url, sizes) {
  const requested = []
  const { context, page } = await openPage(browser, url, (request) => requested.push(request.url()))
  try {
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined)
    const { ready, started } = await page.evaluate(() => ({
      ready: window.__bench.firstQuestion,
      started: Object.fromEntries(
        [
          ...performance.getEntriesByType('navigation'),
          ...performance.getEntriesByType('resource'),
        ].map((e) => [e.name, e.startTime]),
      ),
    }))
    const byFile = new Map(sizes.assets.map((a) => [a.file, a]))
    const requests = []
    for (const requestUrl of requested) {
      if (!requestUrl.startsWith('http')) continue // data: URLs (the favicon) are no request
      const startMs = started[requestUrl] ?? null
      const path = new URL(requestUrl).pathname
      const file = path.startsWith(SUB_PATH) ? path.slice(SUB_PATH.length) || 'index.html' : null
      requests.push({
        url: requestUrl.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''),
        file,
        inDist: byFile.has(file),
        startMs: round(startMs),
        beforeFirstQuestion: startMs !== null && startMs <= ready,
      })
    }
    const files = [
      ...new Set(requests.filter((r) => r.beforeFirstQuestion && r.inDist).map((r) => r.file)),
    ]
    const sum = (key) => files.reduce((n, f) => n + byFile.get(f)[key], 0)
    return {
      readyMs: round(ready),
      requests,
      files,
      raw: sum('raw'),
      gzip: sum('gzip'),
      brotli: sum('brotli'),
    }
  } finally {
    await context.close().catch(() => undefined)
  }
}

async function browserPhase(apps) {
  const { chromium } = await import('playwright-core')
  log("launching Chromium (Playwright) to record the first visit's requests")
  let browser
  const launching = chromium.launch({
    executablePath: CHROMIUM,
    args: PLAYWRIGHT_CHROMIUM_ARGS,
    headless: true,
    timeout: TIMEOUT.browserLaunch,
  })
  browser = await withTimeout(launching, TIMEOUT.browserLaunch + 5000, 'launching Chromium')
  const dropBrowser = onCleanup('the Playwright browser', () => browser.close())
  const version = browser.version()

  for (const app of apps) {
    app.firstVisit = await recordFirstVisit(browser, app.url, app.sizes)
    log(
      `${app.name}: first visit = ${app.firstVisit.files.join(', ')} (${app.firstVisit.gzip} B gzip)`,
    )
  }
  dropBrowser()
  await withTimeout(browser.close(), TIMEOUT.cleanupStep, 'closing Chromium').catch(() => undefined)

  // The timings: a Chromium of their own, driven over bare DevTools (see connectDevTools).
  const { Launcher } = await import(
    pathToFileURL(join(TMP_DIR, 'node_modules/chrome-launcher/dist/index.js')).href
  )
  const { default: WebSocket } = await import(
    pathToFileURL(join(TMP_DIR, 'node_modules/ws/index.js')).href
  )
  const launcher = new Launcher({
    chromePath: CHROMIUM,
    chromeFlags: launcherFlags(Launcher),
    logLevel: 'silent',
    handleSIGINT: false,
  })
  const dropLauncher = onCleanup('the timings Chromium', () => launcher.kill())
  await withTimeout(
    launcher.launch(),
    TIMEOUT.browserLaunch,
    'launching Chromium for the timings',
    () => launcher.kill(),
  )
  const { webSocketDebuggerUrl } = await (
    await fetch(`http://127.0.0.1:${launcher.port}/json/version`)
  ).json()
  const devTools = await connectDevTools(WebSocket, webSocketDebuggerUrl)
  const modes = [
    { key: 'unthrottled', rate: 1 },
    { key: 'throttled4x', rate: CPU_THROTTLING },
  ]
  for (const app of apps) app.timing = {}
  for (const mode of modes) {
    // One discarded warm-up load per app and mode (first compile of the browser's own code paths).
    for (const app of apps) await timeOnce(devTools, app.url, mode.rate).catch(() => undefined)
    const ours = apps.find((app) => app.name === 'ours')
    await timeVerdictOnce(devTools, ours.url, mode.rate).catch(() => undefined)
    const runs = new Map(apps.map((app) => [app, []]))
    const verdictRuns = []
    for (let i = 0; i < TIMING_RUNS; i++) {
      for (const app of apps) {
        // Interleaved, so that a slow moment of the machine hits both apps alike.
        try {
          runs.get(app).push(await timeOnce(devTools, app.url, mode.rate))
        } catch (error) {
          runs.get(app).push({ error: error.message.split('\n')[0] })
        }
      }
      try {
        verdictRuns.push(await timeVerdictOnce(devTools, ours.url, mode.rate))
      } catch (error) {
        verdictRuns.push({ error: error.message.split('\n')[0] })
      }
    }
    for (const app of apps) {
      const list = runs.get(app)
      app.timing[mode.key] = {
        cpuThrottlingRate: mode.rate,
        runs: list,
        firstShownMs: stats(list.map((r) => r.firstShown)),
        firstQuestionMs: stats(list.map((r) => r.firstQuestion)),
        nextStepMs: stats(list.map((r) => r.nextStep)),
        stepScriptMs: stats(list.map((r) => r.stepScript)),
        stepFocusMs: stats(list.map((r) => r.stepFocus)),
        stepHistoryMs: stats(list.map((r) => r.stepHistory)),
        stepInteractionMs: stats(list.map((r) => r.stepInteraction)),
        secondNextStepMs: stats(list.map((r) => r.secondNextStep)),
        secondStepScriptMs: stats(list.map((r) => r.secondStepScript)),
        secondStepFocusMs: stats(list.map((r) => r.secondStepFocus)),
        secondStepHistoryMs: stats(list.map((r) => r.secondStepHistory)),
        secondStepInteractionMs: stats(list.map((r) => r.secondStepInteraction)),
      }
      if (app === ours) {
        app.timing[mode.key].verdictRuns = verdictRuns
        app.timing[mode.key].verdictMs = stats(verdictRuns.map((r) => r.verdict))
      }
      log(
        `${app.name} ${mode.key}: first question shown ${fmt(app.timing[mode.key].firstShownMs.median)} ms, ` +
          `usable ${fmt(app.timing[mode.key].firstQuestionMs.median)} ms, ` +
          `step change script ${fmt(app.timing[mode.key].stepScriptMs.median, 1)} ms (second ${fmt(app.timing[mode.key].secondStepScriptMs.median, 1)} ms), ` +
          `next step ${fmt(app.timing[mode.key].nextStepMs.median)} ms`,
      )
    }
  }
  devTools.close()
  dropLauncher()
  launcher.kill()
  return version
}

// ---------------------------------------------------------------------------------------------
// Lighthouse
// ---------------------------------------------------------------------------------------------
const LH_REPORTS = join(TMP_DIR, 'lighthouse')
const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const LH_METRICS = {
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
}

function compactValue(value) {
  if (value === null || typeof value !== 'object')
    return typeof value === 'string' ? value.slice(0, 240) : value
  if (value.type === 'node') {
    return {
      selector: value.selector,
      snippet: value.snippet?.slice(0, 240),
      explanation: value.explanation?.slice(0, 400),
    }
  }
  if (value.type === 'source-location') return `${value.url}:${value.line}:${value.column}`
  if (value.type === 'url') return value.value
  if (value.type === 'code' || value.type === 'text') return String(value.value).slice(0, 240)
  return undefined
}

function compactItems(details) {
  const items = details?.items ?? []
  return items.slice(0, 6).map((item) => {
    const out = {}
    for (const [key, value] of Object.entries(item)) {
      if (key === 'subItems') continue
      const compact = compactValue(value)
      if (compact !== undefined) out[key] = compact
    }
    return out
  })
}

/** The audits that cost points in a category (score < 1), with enough detail to act on. */
function failingAudits(lhr) {
  const failing = []
  for (const categoryId of LH_CATEGORIES) {
    for (const ref of lhr.categories[categoryId]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      if (!audit || audit.score === null || audit.score >= 1) continue
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue
      failing.push({
        category: categoryId,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        weight: ref.weight,
        displayValue: audit.displayValue,
        items: compactItems(audit.details),
      })
    }
  }
  return failing
}

async function lighthouseOnce(lighthouse, Launcher, url, savePath) {
  const launcher = new Launcher({
    chromePath: CHROMIUM,
    chromeFlags: launcherFlags(Launcher),
    logLevel: 'silent',
    handleSIGINT: false,
    connectionPollInterval: 250,
    maxConnectionRetries: 120,
  })
  const drop = onCleanup('a Lighthouse Chromium', () => launcher.kill())
  try {
    await withTimeout(
      launcher.launch(),
      TIMEOUT.browserLaunch,
      'launching Chromium for Lighthouse',
      () => launcher.kill(),
    )
    const result = await withTimeout(
      lighthouse(url, { port: launcher.port, output: 'json', logLevel: 'error' }),
      TIMEOUT.lighthouseRun,
      `Lighthouse on ${url}`,
      () => launcher.kill(),
    )
    const lhr = result.lhr
    // The whole report, for a closer look (git-ignored; JSON, open in the Lighthouse viewer).
    writeFileSync(savePath, typeof result.report === 'string' ? result.report : JSON.stringify(lhr))
    const scores = Object.fromEntries(
      LH_CATEGORIES.map((id) => [
        id,
        lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100),
      ]),
    )
    const metrics = Object.fromEntries(
      Object.entries(LH_METRICS).map(([key, id]) => {
        const value = lhr.audits[id]?.numericValue
        return [key, value == null ? null : key === 'cls' ? Number(value.toFixed(4)) : round(value)]
      }),
    )
    return {
      scores,
      metrics,
      runtimeError: lhr.runtimeError ?? null,
      runWarnings: lhr.runWarnings ?? [],
      lighthouseVersion: lhr.lighthouseVersion,
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
      hostUserAgent: lhr.environment?.hostUserAgent ?? null,
      failingAudits: failingAudits(lhr),
      // Diagnostics behind TBT: the main thread's longest tasks and where its time went.
      longTasks: compactItems(lhr.audits['long-tasks']?.details),
      mainThreadWork: compactItems(lhr.audits['mainthread-work-breakdown']?.details),
      report: relative(ROOT, savePath),
    }
  } finally {
    drop()
    try {
      launcher.kill()
    } catch {
      /* already gone */
    }
  }
}

async function lighthousePhase(apps) {
  await ensureInstalled(TMP_DIR, LIGHTHOUSE_PACKAGES)
  const { default: lighthouse } = await import(
    pathToFileURL(join(TMP_DIR, 'node_modules/lighthouse/core/index.js')).href
  )
  const { Launcher } = await import(
    pathToFileURL(join(TMP_DIR, 'node_modules/chrome-launcher/dist/index.js')).href
  )
  mkdirSync(LH_REPORTS, { recursive: true })
  for (const app of apps) app.lighthouseRuns = []
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    for (const app of apps) {
      log(`Lighthouse ${i + 1}/${LIGHTHOUSE_RUNS}: ${app.name}`)
      try {
        const r = await lighthouseOnce(
          lighthouse,
          Launcher,
          app.url,
          join(LH_REPORTS, `${app.name}-${i + 1}.json`),
        )
        app.lighthouseRuns.push(r)
        log(
          `  scores ${LH_CATEGORIES.map((c) => r.scores[c]).join('/')}, LCP ${r.metrics.lcpMs} ms, TBT ${r.metrics.tbtMs} ms, CLS ${r.metrics.cls}`,
        )
      } catch (error) {
        app.lighthouseRuns.push({ error: error.message.split('\n')[0] })
        log(`  failed: ${error.message.split('\n')[0]}`)
      }
    }
  }
  for (const app of apps) {
    const ok = app.lighthouseRuns.filter((r) => !r.error)
    app.lighthouse = {
      runs: app.lighthouseRuns,
      scores: Object.fromEntries(LH_CATEGORIES.map((c) => [c, stats(ok.map((r) => r.scores[c]))])),
      metrics: Object.fromEntries(
        Object.keys(LH_METRICS).map((m) => [m, stats(ok.map((r) => r.metrics[m]))]),
      ),
    }
    delete app.lighthouseRuns
  }
}

// ---------------------------------------------------------------------------------------------
// Numbers and reports
// ---------------------------------------------------------------------------------------------
function round(n, digits = 1) {
  if (n == null || !Number.isFinite(n)) return null
  const f = 10 ** digits
  return Math.round(n * f) / f
}

function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b)
  if (v.length === 0) return { n: 0, median: null, min: null, max: null }
  const mid = Math.floor(v.length / 2)
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2
  return { n: v.length, median: round(median, 4), min: v[0], max: v[v.length - 1] }
}

const ratio = (a, b) => (a == null || b == null || b === 0 ? null : round(a / b, 3))
const fmt = (n, digits = 0) =>
  n == null
    ? 'n/a'
    : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const fmtRange = (s, digits = 0) =>
  s.n === 0
    ? 'n/a'
    : s.n === 1
      ? fmt(s.median, digits)
      : `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`

/**
 * The table's rows: label, ours, floor, peer, ours / floor, ours / peer. A figure is a number (bytes,
 * ms, score) or a stats object (median, min, max: shown as "median (min–max)"); the ratios are of
 * medians, left empty where a ratio says nothing (scores, CLS, request counts).
 */
function buildRows(ours, floor, peer) {
  const rows = []
  const add = (label, get, { digits = 0, ratios = true } = {}) => {
    const cell = (app) => {
      const v = get(app)
      return v !== null && typeof v === 'object' ? fmtRange(v, digits) : fmt(v, digits)
    }
    const value = (app) => {
      const v = get(app)
      return v !== null && typeof v === 'object' ? v.median : v
    }
    const r = (other) => (ratios ? fmt(ratio(value(ours), value(other)), 3) : '')
    rows.push([label, cell(ours), cell(floor), cell(peer), r(floor), r(peer)])
  }
  add('First visit, raw bytes', (a) => a.firstVisit.raw)
  add('First visit, gzip -9 bytes', (a) => a.firstVisit.gzip)
  add('First visit, brotli -11 bytes', (a) => a.firstVisit.brotli)
  add('First visit, requests', (a) => a.firstVisit.files.length, { ratios: false })
  add('All assets, raw bytes', (a) => a.sizes.totals.raw)
  add('All assets, gzip -9 bytes', (a) => a.sizes.totals.gzip)
  add('All assets, brotli -11 bytes', (a) => a.sizes.totals.brotli)
  for (const c of LH_CATEGORIES)
    add(`Lighthouse ${c}`, (a) => a.lighthouse.scores[c], { ratios: false })
  add('Lighthouse LCP, ms', (a) => a.lighthouse.metrics.lcpMs)
  add('Lighthouse TBT, ms', (a) => a.lighthouse.metrics.tbtMs)
  add('Lighthouse CLS', (a) => a.lighthouse.metrics.cls, { digits: 3, ratios: false })
  for (const [key, label] of [
    ['unthrottled', 'no throttling'],
    ['throttled4x', `${CPU_THROTTLING}× CPU`],
  ]) {
    const t = (name) => (a) => a.timing[key][name]
    add(`First question shown, ${label}, ms`, t('firstShownMs'), { digits: 1 })
    add(`First question usable, ${label}, ms`, t('firstQuestionMs'), { digits: 1 })
    // Only the app has a result page: its ratio is to the floor's first question usable (a target).
    add(`Result link → verdict shown, ${label}, ms`, (a) => a.timing[key].verdictMs ?? null, {
      digits: 1,
      ratios: false,
    })
    for (const [prefix, which] of [
      ['', 'first step change (question 1 → 2)'],
      ['second', 'second step change (2 → 3)'],
    ]) {
      const name = (metric) =>
        prefix ? prefix + metric[0].toUpperCase() + metric.slice(1) : metric
      add(`Continue → step rendered, script, ${which}, ${label}, ms`, t(name('stepScriptMs')), {
        digits: 1,
      })
      add(`… and forced style/layout in focus(), ${which}, ${label}, ms`, t(name('stepFocusMs')), {
        digits: 1,
        ratios: false,
      })
      add(
        `… and the address update (pushState; ours: just after the paint), ${which}, ${label}, ms`,
        t(name('stepHistoryMs')),
        { digits: 1, ratios: false },
      )
      add(
        `Continue → next paint (Event Timing duration, as INP), ${which}, ${label}, ms`,
        t(name('stepInteractionMs')),
        { digits: 1 },
      )
      add(`Continue → next heading, ${which}, ${label}, ms`, t(name('nextStepMs')), { digits: 1 })
    }
  }
  return rows
}

const HEADER = [
  'Metric',
  'Ours',
  'Floor (bare React)',
  'Peer (SurveyJS)',
  'Ours / floor',
  'Ours / peer',
]

function textTable(rows) {
  const all = [HEADER, ...rows]
  const widths = HEADER.map((_, i) => Math.max(...all.map((r) => r[i].length)))
  const line = (r) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

function markdownTable(header, rows, align) {
  const esc = (s) => String(s).replace(/\|/g, '\\|')
  return [
    `| ${header.map(esc).join(' | ')} |`,
    `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n')
}

/**
 * The issue's targets, and (kind 'own') a stricter reading of one of them, each with the app's value
 * and, where the same measure applies, the floor's.
 */
function evaluateTargets(ours, floor, peer) {
  const lhMedian = (app, c) => app.lighthouse.scores[c].median
  const target = (id, kind, label, value, floorValue, met) => ({
    id,
    kind,
    label,
    value,
    floor: floorValue,
    met: value != null && met(value),
  })
  const targets = LH_CATEGORIES.map((c) =>
    target(
      `lighthouse-${c}`,
      'issue',
      `Lighthouse ${c} = ${TARGETS.lighthouse} (median of ${LIGHTHOUSE_RUNS})`,
      lhMedian(ours, c),
      lhMedian(floor, c),
      (v) => v === TARGETS.lighthouse,
    ),
  )
  const tbt = (app) => app.lighthouse.metrics.tbtMs.median
  targets.push(
    target(
      'tbt',
      'issue',
      `TBT ≤ ${TARGETS.tbtMs} ms (Lighthouse median)`,
      tbt(ours),
      tbt(floor),
      (v) => v <= TARGETS.tbtMs,
    ),
  )
  const bytes = (app) => ratio(app.firstVisit.gzip, peer.firstVisit.gzip)
  targets.push(
    target(
      'bytes-ratio',
      'issue',
      `First-visit gzip bytes / peer's ≤ ${TARGETS.bytesRatio}`,
      bytes(ours),
      bytes(floor),
      (v) => v <= TARGETS.bytesRatio,
    ),
  )
  const timeRatio = (app, name) =>
    ratio(app.timing.throttled4x[name].median, peer.timing.throttled4x[name].median)
  targets.push(
    target(
      'first-question-ratio-4x',
      'issue',
      `Time to first question shown at ${CPU_THROTTLING}× CPU / peer's ≤ ${TARGETS.firstQuestionRatioThrottled}`,
      timeRatio(ours, 'firstShownMs'),
      timeRatio(floor, 'firstShownMs'),
      (v) => v <= TARGETS.firstQuestionRatioThrottled,
    ),
  )
  const script = (app, name) => app.timing.unthrottled[name].median
  for (const [name, which] of [
    ['stepScriptMs', 'first step change on a page'],
    ['secondStepScriptMs', 'second step change'],
  ]) {
    targets.push(
      target(
        `step-change-script${name.startsWith('second') ? '-second' : ''}`,
        'issue',
        `Step change script ≤ ${TARGETS.stepScriptMs} ms (half a 60 Hz frame: our reading of "well under one frame"), median, no throttling, ${which}`,
        script(ours, name),
        script(floor, name),
        (v) => v <= TARGETS.stepScriptMs,
      ),
    )
  }
  const vsFloor = (name, floorName = name) =>
    ratio(ours.timing.throttled4x[name].median, floor.timing.throttled4x[floorName].median)
  targets.push(
    target(
      'usable-vs-floor-4x',
      'issue',
      `First question usable (hydrated) at ${CPU_THROTTLING}× CPU / floor's ≤ ${TARGETS.usableVsFloor}`,
      vsFloor('firstQuestionMs'),
      1,
      (v) => v <= TARGETS.usableVsFloor,
    ),
    target(
      'shown-vs-floor-4x',
      'issue',
      `First question shown at ${CPU_THROTTLING}× CPU / floor's ≤ ${TARGETS.shownVsFloor}`,
      vsFloor('firstShownMs'),
      1,
      (v) => v <= TARGETS.shownVsFloor,
    ),
    target(
      'verdict-vs-floor-4x',
      'issue',
      `Result link's verdict shown at ${CPU_THROTTLING}× CPU / floor's first question usable ≤ ${TARGETS.verdictVsFloorUsable}`,
      vsFloor('verdictMs', 'firstQuestionMs'),
      null,
      (v) => v <= TARGETS.verdictVsFloorUsable,
    ),
  )
  targets.push(
    target(
      'first-question-usable-ratio-4x',
      'own',
      `Time to first question usable (hydrated) at ${CPU_THROTTLING}× CPU / peer's ≤ ${TARGETS.firstQuestionRatioThrottled}`,
      timeRatio(ours, 'firstQuestionMs'),
      timeRatio(floor, 'firstQuestionMs'),
      (v) => v <= TARGETS.firstQuestionRatioThrottled,
    ),
  )
  return targets
}

function assetRows(app) {
  const fv = new Set(app.firstVisit.files)
  return app.sizes.assets.map((a) => [
    a.file + (fv.has(a.file) ? ' *' : ''),
    fmt(a.raw),
    fmt(a.gzip),
    fmt(a.brotli),
  ])
}

function readme(results, rows) {
  const { ours, floor, peer } = results.apps
  const targetRows = (kind) =>
    results.targets
      .filter((t) => t.kind === kind)
      .map((t) => [
        t.met ? '✓' : '✗',
        t.label,
        t.value == null ? 'n/a' : String(t.value),
        t.floor == null ? 'n/a' : String(t.floor),
      ])
  const failing = summarizeFailing(ours)
  return `# Benchmark: our wizard against a SurveyJS quiz, and against the floor of its own stack

\`bench/run.mjs\` measures the app against a **peer**: the same five-question quiz (same English
texts from \`locales/en/model.json\`, one question per page, required answers, a progress bar,
a Next button, "None of these" as an exclusive choice) built the plain way with SurveyJS
(survey-core + survey-react-ui ${peer.versions.surveyReactUi}, React ${peer.versions.react}, its default theme without web fonts).

And against a **floor**: that quiz as a bare wizard on the app's own stack and versions (React
${floor.versions.react}, zustand ${floor.versions.zustand}, i18next ${floor.versions.i18next}, react-i18next ${floor.versions.reactI18next}; \`bench/floor/main.jsx\`, about
a hundred lines): one question per page, required answers with an error message, the step and answers
in the query with a history entry per step, focus on the new question's heading; and nothing more (no
pre-rendering, no styles, no second language, no Back link, no result page). What the app does
beyond that is what its figures pay for over the floor's.

It reports; it asserts nothing (the tests assert elsewhere).

## How to run

\`\`\`sh
npm run bench        # = node bench/run.mjs, from the repository root
\`\`\`

One command, one run (about ${Math.round(results.durationSeconds / 60)} min on ${results.machine.cores} cores). It:

1. builds the app with its own \`npm run build\`, Vite's output sent to \`bench/.tmp/dist-ours/\` (not
   \`dist/\`, which the tests rebuild at any time); the floor (\`bench/floor/\` copied to \`bench/.floor/\`,
   with the repository's own packages); and the peer (\`bench/peer/\` copied to \`bench/.peer/\`,
   its packages installed there with \`npm install --prefix bench/.peer\` the first time). Floor and peer
   are built with the repository's own Vite and \`@vitejs/plugin-react\`, by one config
   (\`bench/quiz.vite.config.mjs\`: \`base: './'\`, the same \`es2022\` target as the app) and one
   entry page (\`bench/quiz.index.html\`, its title naming the quiz);
2. serves the three with \`scripts/serve-subpath.mjs\` under \`${SUB_PATH}\` on free loopback ports;
3. measures them in the same run, then prints the table and writes \`bench/results.json\` and this file.

Scratch folders \`bench/.tmp/\` (Lighthouse ${LIGHTHOUSE_VERSION}, installed with \`npm install --prefix\`),
\`bench/.floor/\` and \`bench/.peer/\` are git-ignored. Environment: \`CHROMIUM_PATH\` (default \`/usr/bin/chromium\`);
\`BENCH_TIMING_RUNS\` and \`BENCH_LIGHTHOUSE_RUNS\` only to try the script quickly (defaults 10 and 3).
Servers and browsers are stopped on exit, on error and on Ctrl-C; every step has a time-out.

Chromium runs with the flags of \`scripts/chromium.mjs\`, and with the browser's own omnibox pop-up
pages turned off: Chromium 156 loads them, about a hundred modules each, in two more renderer processes
for every new window (so for every fresh browser context, and for every Lighthouse launch), and on 2
cores that work competes with the page being measured. The three apps are measured alike.

## What is measured

- **Bytes**: every \`.html\`, \`.js\`, \`.css\`, \`.json\` file of each \`dist/\`, raw, gzip (level 9) and brotli
  (quality 11), with totals. **First visit** is what a fresh page load requests before the first question
  is usable: recorded from the browser's network requests (Playwright) up to that moment, not guessed from
  file names (for the app: index.html with the pre-rendered first question and the inline boot script and
  styles, the entry JS, and the visitor's language's texts).
- **Lighthouse ${LIGHTHOUSE_VERSION}**, default (mobile) config with its simulated throttling, through the system
  Chromium (chrome-launcher); ${LIGHTHOUSE_RUNS} runs per app, interleaved; median (min–max). Scores, LCP, TBT, CLS.
  (The floor has no styles, headings or meta description of an app's standard: its accessibility and
  SEO scores say little.)
- **In-browser timings** (headless Chromium driven over bare DevTools protocol, see below; a fresh browser
  context per load so nothing is cached; 1280×720), ${TIMING_RUNS} runs per app, interleaved, after one discarded warm-up, without and with
  ${CPU_THROTTLING}× CPU throttling (CDP \`Emulation.setCPUThrottlingRate\`); median (min–max):
  - *first question shown*: from navigation start (\`performance.now()\` = 0) to the first checkbox being
    enabled and laid out (non-empty box, not \`visibility: hidden\`) together with its label; checked by a
    script injected before the page's own, on every DOM mutation and every animation frame. For the app this
    is the pre-rendered HTML, before any of its scripts but the boot script has run;
  - *first question usable*: shown, and both the first checkbox and the Continue/Next button belong to the
    page's React tree (React's props are attached to them, so a tick or a click reaches the app's state;
    React attaches them in document order while it renders, so the button marks a render all but committed):
    for the app, once hydrated; for the peer, once rendered;
  - *result link → verdict shown* (the app only, in its own fresh context per run): a shared result link
    (\`${RESULT_LINK.url}\`, the first English result of \`tests/fixtures/urls-v1.json\`) from
    navigation start to the first animation frame in which its heading "${VERDICT_TITLE}" is laid out.
    The floor has no result page: the target sets it against the floor's first question usable;
  - then, with the page left idle (no request for 500 ms, then 500 ms more, as a person reading the question
    would leave it), "${FIRST_OPTION_TEXT}" is ticked and Continue (ours) / Next (peer) clicked:
  - *Continue → step rendered, script*: the click's processing time by the Event Timing API (what INP is
    built from: \`processingEnd − processingStart\` of its \`PerformanceEventTiming\` entry, which holds its
    listeners, the microtasks they queue, and its default action: the form's submit and its listeners; React
    renders and commits a click's update in such a microtask, so this holds the render,
    commit and effects), less the time spent inside \`element.focus()\` meanwhile, which is the browser's
    forced style and layout, reported on the next row. This is the step change's scripting, to set against
    one frame (16.7 ms at 60 Hz);
  - *… the address update*: the time spent inside \`history.pushState\` / \`replaceState\` from the click
    on. It is the browser's own work (1–17 ms in these runs, inside Chromium's same-document navigation),
    not the page's script. The app makes it just after the next paint, so
    it is not in the script row above and does not hold back the paint. The floor makes it inside the
    click, so its script row includes it; the peer does not change the address;
  - *Continue → next paint*: the same entry's \`duration\`, from the click to the next paint (input delay,
    processing, style, layout, paint), rounded by the browser to 8 ms;
  - *Continue → next heading*: from the click to the first animation frame in which the heading
    "${NEXT_TITLE}" is laid out (for the peer: its question title, a \`div.sd-question__title\`, since
    SurveyJS renders no heading element there);
  - then, idle again, the **second step change** measured the same way: "${SECOND_OPTION_TEXT}" ticked on
    the second question, Continue/Next, up to the heading "${THIRD_TITLE}". The first step change on a
    page runs much of its code for the first time (for the floor and the peer, compiled by the JavaScript
    engine then, function by function; the app's chunks ask for up-front compilation, see the README); the
    second shows what a step change costs once the page is warm.
- **Ratios** ours / floor and ours / peer, of the medians.

**Why TBT moves between runs of the same build.** Lighthouse simulates the load (Lantern): it simulates
first contentful paint with only the tasks that paint needs (the first parse, the first layout, the first
paint, render-blocking scripts), and blocking time with every task, the navigation's own commit task
(20–60 ms of Chromium's work before the page's first byte is parsed) among them. The tasks just after the
paint then land past the simulated first paint, and each over 50 ms (simulated: 4× the real time, 2× for
a layout) counts. How long that commit task happens to take moves the total by tens of ms. An app that
paints early, as this one does, is exposed to it more than one whose first paint waits for its script.

**Why bare DevTools for the timings.** Playwright and Puppeteer always enable the DevTools \`Runtime\`
domain on the pages they drive, and with it Chromium evaluates a page's modules several times slower:
the app's entry took 100–230 ms to evaluate under Playwright, against 8–21 ms in the same Chromium
without it (the Lighthouse runs' traces, and a probe with \`Runtime.enable\` sent or not). A visitor's
browser does not pay that, so the timings open each page with \`Target.createBrowserContext\`, inject the
probe with \`Page.addScriptToEvaluateOnNewDocument\`, read it with \`Runtime.evaluate\` and click with
\`Input.dispatchMouseEvent\`, through a WebSocket of their own, and never enable \`Runtime\`. Playwright
only records the first visit's requests.

## Latest results

${results.date}: Chromium ${results.chromium.version}, ${results.machine.cores} cores (${results.machine.cpuModel}),
Node ${results.machine.node}; the run took ${Math.round(results.durationSeconds)} s. Load average (1 min) at
${results.machine.loadAverages.map((l) => `${l.phase} ${l.load1m}`).join(', ')}${results.machine.loadAverages.some((l) => l.load1m > results.machine.cores) ? ` — above the ${results.machine.cores} cores: other work was running, so timings are inflated` : ''}.

${markdownTable(HEADER, rows, ['l', 'r', 'r', 'r', 'r', 'r'])}

Lighthouse and timings: median (min–max).

### Targets (the issue's)

${markdownTable(['', 'Target', 'Ours', 'Floor'], targetRows('issue'), ['l', 'l', 'r', 'r'])}

### A stricter reading (reported, not one of the issue's targets)

The issue's target is the time to the first question *shown*; the app's is in the HTML, and it can be
ticked and sent (Continue) before any script has run. *Usable* here means hydrated: owned by React.

${markdownTable(['', 'Reading', 'Ours', 'Floor'], targetRows('own'), ['l', 'l', 'r', 'r'])}

${
  failing.length
    ? `### Lighthouse audits that cost the app points (any run)\n\n${markdownTable(
        ['Category', 'Audit id', 'Title', 'Runs', 'Value'],
        failing.map((f) => [f.category, f.id, f.title, String(f.runs), f.displayValue ?? '']),
        ['l', 'l', 'l', 'r', 'l'],
      )}\n\nDetails (elements, URLs, the longest main-thread tasks) are in \`results.json\` under
\`apps.ours.lighthouse.runs[]\`; the full reports of the latest run in \`bench/.tmp/lighthouse/\` (git-ignored).\n`
    : 'No Lighthouse audit cost the app points in any run.\n'
}
### Assets of the app (\`${ours.dist}/\`; * = first visit)

${markdownTable(['File', 'Raw', 'gzip', 'brotli'], assetRows(ours), ['l', 'r', 'r', 'r'])}

### Assets of the floor (\`${floor.dist}/\`; * = first visit)

${markdownTable(['File', 'Raw', 'gzip', 'brotli'], assetRows(floor), ['l', 'r', 'r', 'r'])}

### Assets of the peer (\`${peer.dist}/\`; * = first visit)

${markdownTable(['File', 'Raw', 'gzip', 'brotli'], assetRows(peer), ['l', 'r', 'r', 'r'])}

All raw numbers: \`bench/results.json\`.
`
}

function summarizeFailing(app) {
  const byId = new Map()
  for (const run of app.lighthouse.runs) {
    for (const f of run.failingAudits ?? []) {
      const entry = byId.get(f.id) ?? { ...f, runs: 0 }
      entry.runs += 1
      byId.set(f.id, entry)
    }
  }
  return [...byId.values()]
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------
async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`)
  noteLoad('start')
  mkdirSync(PEER_DIR, { recursive: true })
  mkdirSync(TMP_DIR, { recursive: true })
  await Promise.all([
    ensureInstalled(PEER_DIR, PEER_PACKAGES),
    ensureInstalled(TMP_DIR, LIGHTHOUSE_PACKAGES),
  ])

  const ours = { name: 'ours', dist: await buildOurs() }
  const floor = {
    name: 'floor',
    dist: await buildQuiz(
      'the floor (bare React + zustand + i18next)',
      'React floor',
      FLOOR_SRC,
      FLOOR_DIR,
    ),
  }
  const peer = {
    name: 'peer',
    dist: await buildQuiz('the SurveyJS peer', 'SurveyJS peer', PEER_SRC, PEER_DIR),
  }
  const apps = [ours, floor, peer]
  for (const app of apps) {
    app.sizes = measureAssets(app.dist)
    log(`${app.name}: ${app.sizes.totals.files} assets, ${app.sizes.totals.gzip} B gzip in all`)
  }
  ours.url = await serve(ours.dist, 'app')
  floor.url = await serve(floor.dist, 'floor')
  peer.url = await serve(peer.dist, 'peer')

  noteLoad('timings')
  const chromiumVersion = await browserPhase(apps)
  noteLoad('lighthouse')
  await lighthousePhase(apps)
  noteLoad('end')
  await cleanup() // servers down before writing the report

  // Ours / peer; the table also gives ours / floor for every figure.
  const ratios = {
    firstVisitGzip: ratio(ours.firstVisit.gzip, peer.firstVisit.gzip),
    firstVisitBrotli: ratio(ours.firstVisit.brotli, peer.firstVisit.brotli),
    tbt: ratio(ours.lighthouse.metrics.tbtMs.median, peer.lighthouse.metrics.tbtMs.median),
    firstShown_unthrottled: ratio(
      ours.timing.unthrottled.firstShownMs.median,
      peer.timing.unthrottled.firstShownMs.median,
    ),
    firstShown_throttled4x: ratio(
      ours.timing.throttled4x.firstShownMs.median,
      peer.timing.throttled4x.firstShownMs.median,
    ),
    firstQuestion_unthrottled: ratio(
      ours.timing.unthrottled.firstQuestionMs.median,
      peer.timing.unthrottled.firstQuestionMs.median,
    ),
    firstQuestion_throttled4x: ratio(
      ours.timing.throttled4x.firstQuestionMs.median,
      peer.timing.throttled4x.firstQuestionMs.median,
    ),
  }
  const version = (dir, name) => installedVersion(dir, name) ?? null
  ours.versions = { react: version(ROOT, 'react'), vite: version(ROOT, 'vite') }
  floor.versions = {
    react: version(ROOT, 'react'),
    reactDom: version(ROOT, 'react-dom'),
    zustand: version(ROOT, 'zustand'),
    i18next: version(ROOT, 'i18next'),
    reactI18next: version(ROOT, 'react-i18next'),
    vite: version(ROOT, 'vite'),
  }
  peer.versions = {
    surveyCore: version(PEER_DIR, 'survey-core'),
    surveyReactUi: version(PEER_DIR, 'survey-react-ui'),
    react: version(PEER_DIR, 'react'),
    reactDom: version(PEER_DIR, 'react-dom'),
    vite: version(ROOT, 'vite'),
  }
  const results = {
    date: new Date().toISOString(),
    durationSeconds: round((Date.now() - started) / 1000),
    machine: {
      cores: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()}`,
      node: process.versions.node,
      loadAverages,
    },
    chromium: {
      path: CHROMIUM,
      version: chromiumVersion,
      flags: CHROMIUM_ARGS,
      disabledFeatures:
        "chrome-launcher's and Playwright's own, and the omnibox pop-up pages (scripts/chromium.mjs)",
    },
    tools: {
      lighthouse: version(TMP_DIR, 'lighthouse'),
      chromeLauncher: version(TMP_DIR, 'chrome-launcher'),
      ws: version(TMP_DIR, 'ws'),
      playwrightCore: version(ROOT, 'playwright-core'),
      vite: version(ROOT, 'vite'),
    },
    config: {
      subPath: SUB_PATH,
      timingRuns: TIMING_RUNS,
      lighthouseRuns: LIGHTHOUSE_RUNS,
      cpuThrottlingRate: CPU_THROTTLING,
      lighthouseConfig: 'default (mobile, simulated throttling)',
      compression: { gzip: 'level 9', brotli: 'quality 11, lgwin 24, text mode' },
    },
    apps: Object.fromEntries(
      apps.map((app) => [
        app.name,
        {
          url: app.url,
          dist: relative(ROOT, app.dist),
          versions: app.versions,
          sizes: app.sizes,
          firstVisit: app.firstVisit,
          lighthouse: app.lighthouse,
          timing: app.timing,
        },
      ]),
    ),
    ratios,
  }
  results.targets = evaluateTargets(ours, floor, peer)

  const rows = buildRows(ours, floor, peer)
  console.log('\n' + textTable(rows) + '\n')
  for (const t of results.targets) {
    console.log(
      `${t.met ? '✓' : '✗'} ${t.kind === 'own' ? '(own reading) ' : ''}${t.label}: ${t.value ?? 'n/a'} (floor: ${t.floor ?? 'n/a'})`,
    )
  }
  const failing = summarizeFailing(ours)
  if (failing.length) {
    console.log('\nLighthouse audits that cost the app points:')
    for (const f of failing)
      console.log(
        `  [${f.category}] ${f.id} (${f.runs}/${ours.lighthouse.runs.length} runs): ${f.title}${f.displayValue ? ` — ${f.displayValue}` : ''}`,
      )
  }
  writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, 2) + '\n')
  writeFileSync(join(BENCH, 'README.md'), readme(results, rows))
  console.log(
    `\nWrote bench/results.json and bench/README.md in ${Math.round(results.durationSeconds)} s.`,
  )
}

main().then(
  async () => {
    if (stopping) return // a signal or the watchdog is already ending the run
    await cleanup()
    process.exit(0)
  },
  (error) => fail(error),
)
