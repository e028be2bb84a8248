/**
 * The boot script: a classic inline script at the end of `<head>` of the built page (about 1 KB,
 * built on its own and inlined, with its hash in the CSP, by the pre-render plugin,
 * `scripts/prerender-plugin.ts`).
 * The page arrives with the first question pre-rendered in English in `#root` and in the other
 * languages in `<template id="prerender-{locale}">`. Before anything is painted, this script:
 *
 * 1. picks the visitor's language by the app's own rule (URL, then storage, then browser) and sets
 *    `<html lang>`;
 * 2. when the URL opens the first question fresh ({@link opensFreshStart}) in a language other
 *    than English, or opens anything else, hides `#root` (`data-boot="pending"` on `<html>`) until
 *    the document is parsed, then puts that language's pre-rendered markup in `#root`, or, when the
 *    URL asks for another step (the app renders that itself), the boot shell: the header and a
 *    loading status in that language (`<template id="boot-shell-{locale}">`), so no link is ever
 *    a blank page. If the app's script fails to load, the app cannot fetch its texts
 *    (`APP_STALLED_EVENT`), or the app has not replaced the shell after {@link APP_WAIT_MS}, the
 *    status becomes a message with a Try again button.
 *
 * Meanwhile it asks, with `<link rel="modulepreload">`, for the texts the app will wait for (that
 * language's texts chunk, and on a result link the result view's chunks): files that do not hold up
 * the first paint. The app's script (`main.tsx`) is already being fetched (the HTML preloads it);
 * this script adds it to the page once the document is parsed, so the first paint still needs
 * nothing but the HTML.
 *
 * First of all it starts recording the page's errors in `window.__pageErrors`
 * (`PAGE_ERRORS_KEY` of `./contract`), for tests driven without a console stream.
 *
 * `#root`'s `data-prerendered` then names the language of the markup it holds (absent when it
 * holds none); `main.tsx` hydrates it only if the app's state matches. Never throws: any failure
 * leaves `#root` visible, and the app renders on its own.
 */
import { chooseLocale, DEFAULT_LOCALE, matchLocale, type Locale } from '../model/locale'
import { readStoredLocale } from '../store/locale-storage'
import { opensFreshStart, wizardParams } from '../url/params'
import { isPlainClick } from '../url/plain-click'
import {
  APP_STALLED_EVENT,
  APP_WAIT_MS,
  BOOT_PENDING_KEY,
  LANGUAGE_SWITCH_CLASS,
  PAGE_ERRORS_KEY,
  PRERENDERED_KEY,
  ROOT_ID,
  SHELL,
  shellTemplateId,
  templateId,
} from './contract'

/**
 * Language → the URL of its texts chunk relative to the page (`src/i18n/bundles/*.ts` once built).
 * Put in by the pre-render plugin at build time (the boot script is only ever built by it), under
 * the name `BOOT_DEFINES.localeChunks` of `./contract`.
 */
declare const __LOCALE_CHUNKS__: Record<string, string>

/** The URL of the app's entry module, relative to the page (`BOOT_DEFINES.appEntry`). */
declare const __APP_ENTRY__: string

/** The URLs of the result view's chunk and of its texts' chunks (`BOOT_DEFINES.resultChunks`). */
declare const __RESULT_CHUNKS__: string[]

/** Starts recording the page's errors in `window[PAGE_ERRORS_KEY]` (see `./contract`). */
function recordErrors(): void {
  const errors: string[] = []
  ;(window as unknown as Record<string, string[]>)[PAGE_ERRORS_KEY] = errors
  // Capture phase: a script or stylesheet that fails to load fires `error` on its element, and
  // that event does not bubble to the window.
  addEventListener(
    'error',
    (e) => {
      const el = e.target as Partial<HTMLScriptElement & HTMLLinkElement> | null
      errors.push(
        e instanceof ErrorEvent
          ? `error: ${e.message} at ${e.filename}:${e.lineno}`
          : `failed to load: ${el?.src || el?.href || el?.tagName}`,
      )
    },
    true,
  )
  addEventListener('unhandledrejection', (e) =>
    errors.push(`unhandled rejection: ${String(e.reason)}`),
  )
  document.addEventListener('securitypolicyviolation', (e) =>
    errors.push(`CSP: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
  )
}

let started = false
/** Adds the app's entry module to the page, once. */
function startApp(): void {
  if (started) return
  // Never before the markup is settled (below), or it would replace what the app renders.
  if (document.readyState === 'loading')
    return void document.addEventListener('readystatechange', startApp, { once: true })
  started = true
  // A failed download (offline, blocked, a server error) says so at once.
  addToHead('script', { type: 'module', crossOrigin: '', src: __APP_ENTRY__, onerror: showFailed })
}

/**
 * Turns the boot shell's loading status into the message that the wizard has not loaded, with its
 * Try again button (a reload of the same address: the answers in it are never touched). Does
 * nothing once the app has replaced the shell, or where there is no shell (the pre-rendered first
 * question still works as a plain form without the app).
 */
function showFailed(): void {
  const status = document.querySelector(`#${ROOT_ID} .${SHELL.status}`)
  const failed = status?.querySelector<HTMLElement>(`.${SHELL.failed}`)
  if (!status || !failed || !failed.hidden) return
  for (const line of status.querySelectorAll(`.${SHELL.loading}`)) line.remove()
  failed.hidden = false
  failed
    .querySelector(`.${SHELL.retry}`)
    ?.addEventListener('click', () => location.reload(), { once: true })
}

/** Appends a `<link>` or `<script>` with these properties to `<head>`. */
function addToHead(
  tag: 'link' | 'script',
  properties: Partial<HTMLLinkElement & HTMLScriptElement>,
): void {
  document.head.append(Object.assign(document.createElement(tag), properties))
}

/** Asks for a language's texts chunk (`__LOCALE_CHUNKS__`); does nothing for a language it lacks. */
function preloadTexts(name: string): void {
  const href = __LOCALE_CHUNKS__[name]
  if (href) addToHead('link', { rel: 'modulepreload', href })
}

function bootLocale(): Locale {
  const fromUrl = matchLocale(wizardParams(location.search, location.hash).get('lang'))
  return chooseLocale(fromUrl, readStoredLocale(), navigator.languages ?? [navigator.language])
}

/**
 * Puts the pre-rendered markup for `shown` in `#root`, or, when `shown` is undefined, the boot
 * shell of `locale` (header and a loading status, the result's when `step` is the result); the
 * tab's title becomes the app's name in `locale` (until the app sets the step's own).
 */
function settle(shown: Locale | undefined, locale: Locale, step: string | null): void {
  const title = document.getElementById(templateId(locale))?.dataset.title
  if (title) document.title = title
  const root = document.getElementById(ROOT_ID)
  if (!root) return
  const template = document.getElementById(shown ? templateId(shown) : shellTemplateId(locale))
  root.replaceChildren(template instanceof HTMLTemplateElement ? template.content : '')
  if (shown) return void (root.dataset[PRERENDERED_KEY] = shown)
  delete root.dataset[PRERENDERED_KEY]
  const kind = step === 'result' ? 'result' : 'step'
  for (const line of root.querySelectorAll<HTMLElement>(`.${SHELL.loading}`))
    if (line.dataset.for !== kind) line.remove()
  // The app replaces the shell when it renders; if it has not by then, say so.
  setTimeout(showFailed, APP_WAIT_MS)
}

/**
 * Until the app has taken over, a language link of the pre-rendered question is a plain link: a
 * plain click on one takes what was ticked along in the link's address (as the form's own
 * submission carries it), so switching language loses nothing. Once the app handles the click (it
 * prevents the default, before the event reaches the document), this does nothing; nor for a click
 * that opens a new tab or window, nor when nothing is ticked.
 */
function keepTicksOnLanguageLink(event: MouseEvent): void {
  if (event.defaultPrevented || !isPlainClick(event)) return
  const target = event.target instanceof Element ? event.target : null
  const link = target?.closest<HTMLAnchorElement>(`#${ROOT_ID} .${LANGUAGE_SWITCH_CLASS} a[href]`)
  const form = document.querySelector<HTMLFormElement>(`#${ROOT_ID} form`)
  if (!link || !form) return
  const url = new URL(link.href)
  const before = url.search
  for (const [name, value] of new FormData(form))
    if (name !== 'lang' && typeof value === 'string') url.searchParams.append(name, value)
  if (url.search === before) return
  event.preventDefault()
  location.assign(url.href)
}

try {
  recordErrors()
} catch {
  // Recording is for tests and debugging: the page works without it.
}
try {
  const locale = bootLocale()
  const shown = opensFreshStart(location.search, location.hash) ? locale : undefined
  const step = wizardParams(location.search, location.hash).get('step')
  // Only when it differs: setting it restyles the whole page, even to the same value.
  if (document.documentElement.lang !== locale) document.documentElement.lang = locale
  // Asked for now, while the page is parsed: the page's first request for a script also sets up
  // the renderer's loading (3–7 ms in traces), which is better spent before the first paint than in
  // the task that starts the app after it.
  preloadTexts(locale)
  // A result link (how most people meet the app) needs the result view and its texts: asked for
  // with the entry rather than once the entry has run and rendered.
  if (step === 'result')
    for (const href of __RESULT_CHUNKS__) addToHead('link', { rel: 'modulepreload', href })
  if (shown !== DEFAULT_LOCALE) {
    document.documentElement.dataset[BOOT_PENDING_KEY] = 'pending'
    document.addEventListener(
      'readystatechange',
      () => {
        try {
          settle(shown, locale, step)
        } finally {
          delete document.documentElement.dataset[BOOT_PENDING_KEY]
        }
      },
      { once: true },
    )
  }
} catch {
  // Whatever happened, the page stays usable: the app renders without the pre-rendered markup.
}
document.addEventListener('click', keepTicksOnLanguageLink)
document.addEventListener(APP_STALLED_EVENT, showFailed)
// The page's render-blocking link (`<link rel="expect" href="#top">`, put in by the pre-render
// plugin) has done its work once the page is parsed and `#root` settled: removed then, so the
// browser does not warn that no element `#top` was parsed.
document.addEventListener(
  'readystatechange',
  () => document.querySelector('link[rel=expect]')?.remove(),
  { once: true },
)
// As soon as the page is parsed (startApp waits for that), not after the first frame: the entry is
// already fetched (the HTML preloads it) and its module runs in a task of its own, so the first
// frame is not held back, and the question is usable about a frame and a half sooner (bench figures
// in docs/architecture.md).
startApp()
