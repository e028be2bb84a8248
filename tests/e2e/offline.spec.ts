// Offline after one visit (issue 20): the service worker precaches the whole app once the first
// question is usable, so a wizard started online finishes offline, the language switch works
// offline, and a bookmarked result opens with no network, in both languages; Chromium finds the app
// installable; a new version takes over on the next visit without breaking a page that is open.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-path'
import {
  answerWithPointer,
  appSearch,
  CANONICAL_CASES,
  continueButton,
  completeWithPointer,
  expectQuestion,
  expectVerdict,
  freshContext,
  GPT4_CASE,
  LANGS,
  openApp,
  press,
  STEPS,
  t,
  watchErrors,
  type Lang,
} from './helpers'

// The project blocks service workers (playwright.config.ts); this spec is about them.
test.use({ serviceWorkers: 'allow' })

/** Waits until the service worker has precached the app and controls the page. */
async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  })
}

const other = (lang: Lang): Lang => (lang === 'en' ? 'zh-CN' : 'en')

for (const lang of LANGS) {
  test(`after one visit, the wizard finishes and switches language offline, and a result link opens offline (${lang})`, async ({
    browser,
  }, testInfo) => {
    const context = await freshContext(browser, testInfo, { serviceWorkers: 'allow' })
    const page = await context.newPage()
    const errors = watchErrors(page)
    // One online visit: only the first question, in this language.
    await openApp(page, lang)
    await waitForOfflineCopy(page)

    await context.setOffline(true)
    const { answers, verdict } =
      CANONICAL_CASES.find((c) => c.verdict !== GPT4_CASE.verdict) ?? GPT4_CASE
    await completeWithPointer(page, lang, answers, testInfo)
    await expectVerdict(page, lang, verdict)
    // The other language's texts, and its result texts, come from the offline copy too.
    await page.getByRole('link', { name: t(other(lang), `language.names.${other(lang)}`) }).click()
    await expectVerdict(page, other(lang), verdict)

    // A bookmarked result opened with no network, in a new tab.
    const bookmarked = await context.newPage()
    await bookmarked.goto(appSearch(lang, 'result', GPT4_CASE.answers))
    await expectVerdict(bookmarked, lang, GPT4_CASE.verdict)
    // And a later step: the same page from the copy, its texts too.
    await bookmarked.goto(appSearch(other(lang), 'complexity', { uses: ['code'] }))
    await expectQuestion(bookmarked, other(lang), 'complexity')
    errors.expectNone()
    await context.close()
  })
}

test('Chromium finds the app installable: manifest, icons and service worker', async ({
  playwright,
}, testInfo) => {
  // A profile on disk: Chromium installs nothing from an incognito profile (the test's contexts).
  const profile = await mkdtemp(join(tmpdir(), 'wizard-profile-'))
  const { viewport, isMobile, hasTouch, deviceScaleFactor, baseURL, locale } = testInfo.project.use
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    ...{ viewport, isMobile, hasTouch, deviceScaleFactor, baseURL, locale },
  })
  const page = context.pages()[0] ?? (await context.newPage())
  await openApp(page, 'en')
  await waitForOfflineCopy(page)
  const cdp = await context.newCDPSession(page)
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
  expect(installabilityErrors).toEqual([])
  const manifest = await cdp.send('Page.getAppManifest')
  expect(manifest.errors).toEqual([])
  // Named in both languages, from the locale files.
  expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({
    name: `${t('en', 'app.name')} · ${t('zh-CN', 'app.name')}`,
  })
  await context.close()
  await rm(profile, { recursive: true, force: true })
})

test('the offline copy costs the first visit nothing: the worker is registered once the question is usable', async ({
  page,
}) => {
  // Notes, in the page, whether the app's question was usable (hydrated, its first option enabled)
  // when the worker was registered.
  await page.addInitScript(() => {
    const container = navigator.serviceWorker
    const register = container.register.bind(container)
    container.register = (...args) => {
      const h1 = document.querySelector('#root h1')
      const input = document.querySelector<HTMLInputElement>('#root input')
      Object.assign(window, {
        __registeredWhenUsable:
          h1 !== null &&
          Object.keys(h1).some((key) => key.startsWith('__reactFiber$')) &&
          input?.disabled === false,
      })
      return register(...args)
    }
  })
  const requests: string[] = []
  page.on('request', (r) => requests.push(new URL(r.url()).pathname))
  await openApp(page, 'en')
  await waitForOfflineCopy(page)
  expect(
    await page.evaluate(
      () => (window as { __registeredWhenUsable?: boolean }).__registeredWhenUsable,
    ),
  ).toBe(true)
  // The page itself fetched only its own language and no result view: the rest came via the worker.
  expect(requests.filter((p) => /\/assets\/(zh-CN|result)/.test(p))).toEqual([])
})

// ---- Updates: a new build on the server -------------------------------------------------------

const PROJECT = resolve('.')
const BASE = '/wizard/sub/'

/** A free port of 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => done(typeof address === 'object' && address ? address.port : 0))
    })
    server.on('error', fail)
  })
}

/** Serves `dir` under {@link BASE} on `port` (the suite's own static server script). */
async function serve(dir: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['scripts/serve-subpath.mjs', String(port), BASE, dir], {
    cwd: PROJECT,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise((done) => server.stdout?.once('data', done))
  return server
}

/** Stops a server and waits until its port is free again. */
async function stop(server: ChildProcess): Promise<void> {
  const exited = new Promise((done) => server.once('exit', done))
  server.kill()
  await exited
}

/**
 * Builds a next version of the app into `dir`/dist: the project's sources copied, with one English
 * text of the header and one of the result changed (so the page, the English texts chunk and the
 * English result texts get new contents and file names, as a real release would), built with the
 * project's own Vite config and dependencies.
 */
async function buildNextVersion(dir: string, appName: string): Promise<string> {
  for (const entry of ['src', 'locales', 'public', 'scripts', 'index.html', 'vite.config.ts'])
    await cp(join(PROJECT, entry), join(dir, entry), { recursive: true })
  await cp(join(PROJECT, 'package.json'), join(dir, 'package.json'))
  // The dependencies, linked one by one (the build writes its own cache in node_modules/.cache).
  await mkdir(join(dir, 'node_modules'))
  for (const name of await readdir(join(PROJECT, 'node_modules')))
    if (name !== '.cache')
      await symlink(join(PROJECT, 'node_modules', name), join(dir, 'node_modules', name))
  const edit = async (file: string, change: (texts: Record<string, unknown>) => void) => {
    const texts = JSON.parse(await readFile(join(dir, file), 'utf8')) as Record<string, unknown>
    change(texts)
    await writeFile(join(dir, file), JSON.stringify(texts, null, 2))
  }
  await edit('locales/en/common.json', (texts) => ((texts.app as { name: string }).name = appName))
  await edit('locales/en/result.json', (texts) => (texts.sharesHeading = 'How the points divide'))
  const build = spawnSync(
    process.execPath,
    [join(PROJECT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: dir, encoding: 'utf8', timeout: 180_000 },
  )
  if (build.status !== 0) throw new Error(`the next version did not build:\n${build.stderr}`)
  return join(dir, 'dist')
}

test.describe('a new version', () => {
  test('takes over on the next visit, while a page that is open keeps working', async ({
    browser,
  }, testInfo) => {
    // One run is enough (it builds the app once more), on the desktop project.
    test.skip(testInfo.project.name !== 'desktop', 'desktop only')
    test.setTimeout(300_000)
    const dir = await mkdtemp(join(tmpdir(), 'wizard-next-'))
    const newName = 'GPT-4 or ChatGPT? (next version)'
    const port = await freePort()
    let server: ChildProcess | undefined
    try {
      const [current, next] = await Promise.all([
        cp(join(PROJECT, 'dist'), join(dir, 'current'), { recursive: true }).then(() =>
          join(dir, 'current'),
        ),
        buildNextVersion(join(dir, 'next'), newName),
      ])
      server = await serve(current, port)
      const context = await freshContext(browser, testInfo, {
        baseURL: `http://127.0.0.1:${port}${BASE}`,
        serviceWorkers: 'allow',
      })
      const open = await context.newPage()
      const errors = watchErrors(open)
      await openApp(open, 'en')
      await waitForOfflineCopy(open)
      await expect(open.locator('.header__name')).toHaveText(t('en', 'app.name'))
      // Halfway through the wizard when the new version is put on the server (the old files gone).
      await answerWithPointer(open, 'en', 'uses', GPT4_CASE.answers.uses, testInfo)
      await press(continueButton(open, 'en'), testInfo)
      await expectQuestion(open, 'en', 'complexity')
      await stop(server)
      server = await serve(next, port)

      // A visit meanwhile: still the version that is open, while the browser fetches the new one.
      const meanwhile = await context.newPage()
      await meanwhile.goto('./')
      await expect(meanwhile.locator('.header__name')).toHaveText(t('en', 'app.name'))
      await meanwhile.waitForFunction(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting != null,
        null,
        { timeout: 60_000 },
      )

      // The open page finishes the wizard with its own version's files (the result view and the
      // result texts are no longer on the server), and switches language.
      for (const question of STEPS.slice(1)) {
        await answerWithPointer(open, 'en', question, GPT4_CASE.answers[question], testInfo)
        await press(continueButton(open, 'en'), testInfo)
      }
      await expectVerdict(open, 'en', GPT4_CASE.verdict)
      await expect(open.getByText(t('en', 'result:sharesHeading'))).toBeVisible()
      await open.getByRole('link', { name: t('zh-CN', 'language.names.zh-CN') }).click()
      await expectVerdict(open, 'zh-CN', GPT4_CASE.verdict)
      errors.expectNone()

      // Every tab of the old version closed: the next visit gets the new one.
      await open.close()
      await meanwhile.close()
      const later = await context.newPage()
      // In English (the open page switched to Chinese, which the browser now remembers).
      await later.goto('?lang=en')
      await expect(later.locator('.header__name')).toHaveText(newName)
      await later.goto(appSearch('en', 'result', GPT4_CASE.answers))
      await expectVerdict(later, 'en', GPT4_CASE.verdict)
      await expect(later.getByText('How the points divide')).toBeVisible()
      await context.close()
    } finally {
      if (server) await stop(server)
      await rm(dir, { recursive: true, force: true })
    }
  })
})
