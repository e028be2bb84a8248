import { describe, expect, it } from 'vitest'
import {
  LOCALE_STORAGE_KEY,
  readStoredLocale,
  writeStoredLocale,
} from '../../src/store/locale-storage'
import { createWizardStore } from '../../src/store/wizard-store'
import { startUrlSync, type UrlSyncEnvironment } from '../../src/url/sync'

const throwing = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError')
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError')
  },
} as unknown as Storage

describe('local storage of the chosen language', () => {
  it('round-trips a choice', () => {
    expect(writeStoredLocale('zh-CN', () => window.localStorage)).toBe(true)
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN')
    expect(readStoredLocale(() => window.localStorage)).toBe('zh-CN')
  })

  it('survives storage that throws on read, on write, or on access', () => {
    expect(readStoredLocale(() => throwing)).toBeUndefined()
    expect(writeStoredLocale('en', () => throwing)).toBe(false)
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }
    expect(readStoredLocale(blocked)).toBeUndefined()
    expect(writeStoredLocale('en', blocked)).toBe(false)
    expect(readStoredLocale(() => null)).toBeUndefined()
    expect(writeStoredLocale('en', () => undefined)).toBe(false)
  })

  it('ignores garbage and older formats', () => {
    for (const stored of ['', 'klingon', '{"lang":"zh"}', '["zh-CN"]', 'null', '\u0000']) {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, stored)
      expect(
        readStoredLocale(() => window.localStorage),
        stored,
      ).toBeUndefined()
    }
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'zh')
    expect(readStoredLocale(() => window.localStorage)).toBe('zh-CN')
  })

  it('lets the app start and switch language from the URL alone when storage fails', () => {
    const entries = ['/?lang=zh-CN&uses=code']
    const env: UrlSyncEnvironment = {
      location: { pathname: '/', search: '?lang=zh-CN&uses=code', hash: '' },
      history: {
        state: null,
        scrollRestoration: 'auto',
        back: () => undefined,
        pushState: () => undefined,
        replaceState: (_d, _u, url) => void (entries[0] = String(url)),
      },
      navigator: { languages: ['en'] },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }
    const store = createWizardStore()
    startUrlSync(store, env, {
      storedLocale: readStoredLocale(() => throwing),
      rememberLocale: (l) => writeStoredLocale(l, () => throwing),
    })
    expect(store.getState().locale).toBe('zh-CN')
    store.getState().setLocale('en')
    expect(store.getState().locale).toBe('en')
    expect(entries[0]).toBe('/?v=1&lang=en&step=complexity&uses=code')
  })
})
