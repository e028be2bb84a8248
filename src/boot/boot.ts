/**
 * The boot script: a classic, render-blocking script in `<head>` of the built page (a few hundred
 * bytes, built on its own by the pre-render plugin, `scripts/prerender-plugin.ts`). The page
 * arrives with the first question pre-rendered in English in `#root` and in the other languages
 * in `<template id="prerender-{locale}">`. Before anything is painted, this script:
 *
 * 1. picks the visitor's language by the app's own rule (URL, then storage, then browser), sets
 *    `<html lang>` and starts downloading the texts the app will wait for (that language's texts of
 *    the first question, or of every step), with `<link rel="modulepreload">`, in parallel with
 *    the app's script rather than after it;
 * 2. when the URL opens the first question fresh ({@link opensFreshStart}) in a language other
 *    than English, or opens anything else, hides `#root` (`data-boot="pending"` on `<html>`) until
 *    the document is parsed, then puts that language's pre-rendered markup in
 *    `#root`, or empties `#root` when the URL asks for another step: the app renders that itself.
 *
 * `#root`'s `data-prerendered` then names the language of the markup it holds (absent when it
 * holds none); `main.tsx` hydrates it only if the app's state matches. Never throws: any failure
 * leaves `#root` empty and visible, and the app renders on its own.
 */
import { chooseLocale, DEFAULT_LOCALE, matchLocale, type Locale } from '../model/locale'
import { readStoredLocale } from '../store/locale-storage'
import { opensFreshStart, wizardParams } from '../url/params'

/**
 * Texts chunk name → its URL relative to the page: `{locale}` for every step's texts and
 * `{locale}.first-step` for the first question's (`src/i18n/bundles/*.ts` once built). Put in by the
 * pre-render plugin at build time, absent elsewhere.
 */
declare const __LOCALE_CHUNKS__: Record<string, string>

function preloadTexts(name: string): void {
  const href = typeof __LOCALE_CHUNKS__ === 'object' ? __LOCALE_CHUNKS__[name] : undefined
  if (!href) return
  const link = document.createElement('link')
  link.rel = 'modulepreload'
  link.href = href
  document.head.append(link)
}

function bootLocale(): Locale {
  const fromUrl = matchLocale(wizardParams(location.search, location.hash).get('lang'))
  return chooseLocale(fromUrl, readStoredLocale(), navigator.languages ?? [navigator.language])
}

/** Puts the pre-rendered markup for `locale` in `#root`, or empties it when `locale` is undefined. */
function settle(locale: Locale | undefined): void {
  const root = document.getElementById('root')
  const template = document.getElementById(`prerender-${locale}`)
  if (root && template instanceof HTMLTemplateElement) {
    root.replaceChildren(template.content)
    root.dataset.prerendered = locale
  } else if (root) {
    root.replaceChildren()
    delete root.dataset.prerendered
  }
}

try {
  const locale = bootLocale()
  const shown = opensFreshStart(location.search, location.hash) ? locale : undefined
  document.documentElement.lang = locale
  preloadTexts(shown ? `${locale}.first-step` : locale)
  if (shown !== DEFAULT_LOCALE) {
    document.documentElement.dataset.boot = 'pending'
    document.addEventListener(
      'readystatechange',
      () => {
        try {
          settle(shown)
        } finally {
          delete document.documentElement.dataset.boot
        }
      },
      { once: true },
    )
  }
} catch {
  // Whatever happened, the page stays usable: the app renders without the pre-rendered markup.
}
