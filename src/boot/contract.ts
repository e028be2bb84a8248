/**
 * The contract between the build (`scripts/prerender-plugin.ts`, `vite.config.ts`), the boot script
 * (`src/boot/boot.ts`) and the app (`src/main.tsx`): the names each one writes and the others read.
 * Plain constants, no code, so the boot script's IIFE and the Node build both inline them. See
 * docs/architecture.md for the order in which each side uses them.
 */

/** Id of the element the app renders into; the build puts the default language's markup in it. */
export const ROOT_ID = 'root'

/**
 * `#root`'s `data-prerendered` (the `dataset` key): the language of the pre-rendered markup it holds,
 * absent when it holds none. Set by the build, updated by the boot script, read (then removed) by
 * the app, which hydrates only markup in its own language.
 */
export const PRERENDERED_KEY = 'prerendered'

/**
 * `<html>`'s `data-boot` (the `dataset` key), `"pending"` while the boot script waits for the page to
 * be parsed before it settles `#root`: the stylesheet hides `#root` meanwhile (`[data-boot] #root`).
 */
export const BOOT_PENDING_KEY = 'boot'

/**
 * The `window` property where the boot script, the page's first script, records every error the
 * page meets from then on: uncaught errors, failed loads of scripts and stylesheets, unhandled
 * rejections and CSP violations, one line each. For WebDriver tests, which have no console stream
 * (tests/webkit), and for anyone looking at a phone's page without its console.
 */
export const PAGE_ERRORS_KEY = '__pageErrors'

/** Id of the `<template>` holding language `locale`'s pre-rendered markup (its `data-title`: the tab's title). */
export const templateId = (locale: string): string => `prerender-${locale}`

/**
 * The fragment the render-blocking `<link rel="expect" href="#top" blocking="render">` waits for:
 * no element has this id, so rendering is held until the page is parsed. The build fails if the
 * pre-rendered markup ever has an element with this id.
 */
export const RENDER_BLOCKING_FRAGMENT = 'top'

/**
 * The build-time constants of the boot script (Vite `define`), with what the build puts in:
 * `__LOCALE_CHUNKS__` language → URL of its texts chunk, `__APP_ENTRY__` URL of the app's entry
 * module, `__RESULT_CHUNKS__` the URLs of the result view's chunk and of the chunks it imports
 * (its texts), all relative to the page.
 */
export const BOOT_DEFINES = {
  localeChunks: '__LOCALE_CHUNKS__',
  appEntry: '__APP_ENTRY__',
  resultChunks: '__RESULT_CHUNKS__',
} as const

/** The source module of the result view, whose chunk a result link needs (a build manifest key). */
export const RESULT_VIEW_MODULE = 'src/components/result-view.tsx'

/**
 * V8's explicit compile hint (Chromium 136 and later): a first line that asks the engine to compile
 * every function of the file up front, on a background thread while it streams in. Put first in the
 * app's code chunks by the build (`output.postBanner`, after minification); other engines read a
 * comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/**
 * Id of the `<template>` holding language `locale`'s boot shell: the header and a loading status,
 * shown in `#root` by the boot script for any link that does not open the fresh first question, so
 * no link is ever a blank page while the app's script is on its way.
 */
export const shellTemplateId = (locale: string): string => `boot-shell-${locale}`

/**
 * Class names inside the boot shell the boot script reads: the status (its loading lines carry
 * `data-for="result"` or `data-for="step"`; the one that does not fit the link is removed) and the
 * message shown in its place when the app has not started in time, with its Try again button.
 */
export const SHELL = {
  status: 'boot-status',
  loading: 'boot-status__loading',
  failed: 'boot-status__failed',
  retry: 'boot-status__retry',
} as const

/**
 * The class of the language switch's `<nav>` (`components/language-switch.tsx`): before the app has
 * taken over, the boot script adds what was ticked to the address of a language link clicked there.
 */
export const LANGUAGE_SWITCH_CLASS = 'language-switch'

/**
 * The event the app dispatches on `document` when it cannot start for now (its texts could not be
 * fetched in any language): the boot script then turns its loading status into the message with
 * Try again at once, rather than after {@link APP_WAIT_MS}.
 */
export const APP_STALLED_EVENT = 'wizard-app-stalled'

/**
 * How long the boot script waits for the app to replace the boot shell before it says the wizard
 * has not loaded and offers Try again: twice what the entry takes at about 20 KB/s (a poor mobile
 * line), so only a stalled or failed download gets there. A failed download says so at once.
 */
export const APP_WAIT_MS = 10_000
