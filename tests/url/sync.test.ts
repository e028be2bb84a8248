import { describe, expect, it, vi } from 'vitest'
import { createWizardStore } from '../../src/store/wizard-store'
import { afterNextPaint, startUrlSync, type UrlSyncEnvironment } from '../../src/url/sync'

/** A stand-in browser: a history stack with the real semantics of pushState / replaceState / back. */
function fakeBrowser(initial: string, languages: string[] = ['en-US']) {
  const entries = [initial]
  const states: unknown[] = [null]
  let index = 0
  const listeners = new Set<() => void>()
  const split = (url: string) => {
    const u = new URL(url, 'https://example.test')
    return { pathname: u.pathname, search: u.search, hash: u.hash }
  }
  const go = (delta: number) => {
    index += delta
    listeners.forEach((l) => l())
  }
  const env: UrlSyncEnvironment & { forward(): void; entries: string[]; index(): number } = {
    get location() {
      return split(entries[index]!)
    },
    history: {
      get state() {
        return states[index]
      },
      scrollRestoration: 'auto' as ScrollRestoration,
      pushState: vi.fn((data: unknown, _unused: string, url?: string | URL | null) => {
        entries.splice(index + 1, Infinity, String(url))
        states.splice(index + 1, Infinity, data)
        index += 1
      }),
      replaceState: vi.fn((data: unknown, _unused: string, url?: string | URL | null) => {
        entries[index] = String(url)
        states[index] = data
      }),
      // Like a browser: popstate comes later, not inside the call.
      back: vi.fn(() => void queueMicrotask(() => go(-1))),
    },
    navigator: { languages },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    forward: () => go(1),
    entries,
    index: () => index,
  }
  return env
}

describe('startUrlSync', () => {
  it('reads the opening URL, rewrites it to the canonical form and adds no history entry', () => {
    const env = fakeBrowser('/apps/wizard/?utm_source=x&uses=papers,code&lang=zh&step=complexity')
    const store = createWizardStore()
    startUrlSync(store, env)
    expect(store.getState()).toMatchObject({
      step: 'complexity',
      locale: 'zh-CN',
      answers: { uses: ['code', 'papers'] },
      notice: null,
    })
    expect(env.entries).toEqual(['/apps/wizard/?v=1&lang=zh-CN&step=complexity&uses=code,papers'])
    expect(env.history.pushState).not.toHaveBeenCalled()
    // Each step's view opens at its top itself.
    expect(env.history.scrollRestoration).toBe('manual')
  })

  it('reports what the opening URL lost, and opens the first step that needs an answer', () => {
    const env = fakeBrowser('/?step=result&uses=code,teleport&complexity=impossible&lang=tlh')
    const store = createWizardStore()
    startUrlSync(store, env, { storedLocale: 'zh-CN' })
    expect(store.getState().step).toBe('complexity')
    expect(store.getState().locale).toBe('zh-CN')
    expect(store.getState().notice).toEqual({
      droppedQuestions: ['uses', 'complexity'],
      unknownLocale: true,
      unknownVersion: false,
      stepUnreachable: true,
      unknownStep: false,
    })
  })

  it('picks the language: URL, then storage, then the browser, then English', () => {
    const pick = (url: string, stored: 'en' | 'zh-CN' | undefined, languages: string[]) => {
      const store = createWizardStore()
      startUrlSync(store, fakeBrowser(url, languages), { storedLocale: stored })
      return store.getState().locale
    }
    expect(pick('/?lang=en', 'zh-CN', ['zh-CN'])).toBe('en')
    expect(pick('/', 'zh-CN', ['en'])).toBe('zh-CN')
    expect(pick('/', undefined, ['fr-FR', 'zh-TW'])).toBe('zh-CN')
    expect(pick('/', undefined, ['de', 'ja'])).toBe('en')
    expect(pick('/', undefined, [])).toBe('en')
  })

  it('pushes a history entry per step change and replaces it for answers and language', () => {
    const env = fakeBrowser('/')
    const store = createWizardStore()
    const remembered: string[] = []
    startUrlSync(store, env, { rememberLocale: (l) => remembered.push(l) })
    store.getState().choose('uses', 'code', true)
    store.getState().choose('uses', 'papers', true)
    expect(env.entries).toHaveLength(1)
    store.getState().continueFrom('uses')
    expect(env.entries).toHaveLength(2)
    store.getState().setLocale('zh-CN')
    expect(env.entries).toEqual([
      '/?v=1&lang=en&step=uses&uses=code,papers',
      '/?v=1&lang=zh-CN&step=complexity&uses=code,papers',
    ])
    expect(remembered).toEqual(['zh-CN'])
  })

  it('moves between steps on Back and Forward without losing answers or the chosen language', async () => {
    const env = fakeBrowser('/')
    const store = createWizardStore()
    startUrlSync(store, env)
    const s = () => store.getState()
    s().choose('uses', 'code', true)
    s().continueFrom('uses')
    s().choose('complexity', 'complex', true)
    s().continueFrom('complexity')
    s().choose('work-style', 'both', true)
    s().setLocale('zh-CN')

    env.history.back()
    await Promise.resolve()
    expect(s().step).toBe('complexity')
    expect(s().answers).toEqual({ uses: ['code'], complexity: ['complex'], 'work-style': ['both'] })
    expect(s().locale).toBe('zh-CN')
    env.history.back()
    await Promise.resolve()
    expect(s().step).toBe('uses')
    expect(s().answers['work-style']).toEqual(['both'])
    env.forward()
    env.forward()
    expect(s().step).toBe('work-style')
    expect(env.entries[env.index()]).toBe(
      '/?v=1&lang=zh-CN&step=work-style&uses=code&complexity=complex&work-style=both',
    )
  })

  it('makes the page’s Back go back in history when the entry before is the previous step', async () => {
    const env = fakeBrowser('/')
    const store = createWizardStore()
    startUrlSync(store, env)
    const s = () => store.getState()
    s().choose('uses', 'code', true)
    s().continueFrom('uses')
    s().choose('complexity', 'simple', true)
    s().continueFrom('complexity')
    expect(env.entries).toHaveLength(3)
    s().goBack()
    await Promise.resolve()
    expect(env.history.back).toHaveBeenCalledTimes(1)
    expect(env.index()).toBe(1)
    expect(s().step).toBe('complexity')
    s().goBack()
    await Promise.resolve()
    expect(env.index()).toBe(0)
    expect(s().step).toBe('uses')
    expect(s().answers).toEqual({ uses: ['code'], complexity: ['simple'] })
    expect(env.entries[0]).toBe('/?v=1&lang=en&step=uses&uses=code&complexity=simple')
  })

  it('rewrites the entry for the page’s Back when the entry before is not the previous step', () => {
    const env = fakeBrowser('/?uses=code&complexity=simple&step=work-style')
    const store = createWizardStore()
    startUrlSync(store, env)
    store.getState().goBack()
    expect(env.history.back).not.toHaveBeenCalled()
    expect(env.entries).toEqual(['/?v=1&lang=en&step=complexity&uses=code&complexity=simple'])
  })

  const complete =
    '/?v=1&lang=en&step=result&uses=code&complexity=simple&work-style=both&abilities=none&priority=precise'

  it('returns to the result entry after a Change and Continue, with the changed answer', async () => {
    const env = fakeBrowser(complete)
    const store = createWizardStore()
    startUrlSync(store, env)
    const s = () => store.getState()
    s().goTo('complexity', { change: true })
    expect(env.entries).toEqual([
      complete,
      '/?v=1&lang=en&step=complexity&return=result&uses=code&complexity=simple&work-style=both&abilities=none&priority=precise',
    ])
    s().choose('complexity', 'complex', true)
    s().continueFrom('complexity')
    await Promise.resolve()
    expect(env.index()).toBe(0)
    expect(s().step).toBe('result')
    expect(env.entries[0]).toBe(complete.replace('complexity=simple', 'complexity=complex'))
  })

  it('goes through the questions again after a Change and the page’s Back', () => {
    const env = fakeBrowser(complete)
    const store = createWizardStore()
    startUrlSync(store, env)
    const s = () => store.getState()
    s().goTo('work-style', { change: true })
    s().goBack()
    expect(env.entries).toHaveLength(2)
    expect(env.entries[1]).not.toContain('return=')
    expect(s().step).toBe('complexity')
    s().continueFrom('complexity')
    expect(s().step).toBe('work-style')
    expect(env.entries[env.index()]).not.toContain('return=')
  })

  it('opens a Change link’s address on that question, and Continue there shows the result', () => {
    const env = fakeBrowser(complete.replace('step=result', 'step=abilities&return=result'))
    const store = createWizardStore()
    startUrlSync(store, env)
    expect(store.getState()).toMatchObject({ step: 'abilities', returnToResult: true })
    store.getState().continueFrom('abilities')
    expect(store.getState().step).toBe('result')
  })

  it('stops listening when stopped', () => {
    const env = fakeBrowser('/')
    const store = createWizardStore()
    const stop = startUrlSync(store, env)
    stop()
    store.getState().choose('uses', 'code', true)
    expect(env.entries).toEqual(['/?v=1&lang=en&step=uses'])
  })

  describe('with a schedule for the history writes', () => {
    /** A schedule that keeps the flush until the test runs it, as a frame would. */
    function manualSchedule() {
      const flushes: (() => void)[] = []
      return {
        schedule: vi.fn((flush: () => void) => void flushes.push(flush)),
        runAll: () => flushes.splice(0).forEach((f) => f()),
      }
    }

    /** The sync started on `url` with a schedule the test runs by hand (`frame.runAll()`). */
    function startScheduled(url: string) {
      const env = fakeBrowser(url)
      const store = createWizardStore()
      const frame = manualSchedule()
      startUrlSync(store, env, { schedule: frame.schedule })
      return { env, frame, s: () => store.getState() }
    }

    it('writes nothing during the change, then every change in order, as if written at once', () => {
      const { env, frame, s } = startScheduled('/w/')
      s().choose('uses', 'code', true)
      s().continueFrom('uses')
      s().choose('complexity', 'complex', true)
      expect(s().step).toBe('complexity')
      expect(env.entries).toEqual(['/w/?v=1&lang=en&step=uses'])
      expect(frame.schedule).toHaveBeenCalledTimes(1)
      frame.runAll()
      expect(env.entries).toEqual([
        '/w/?v=1&lang=en&step=uses&uses=code',
        '/w/?v=1&lang=en&step=complexity&uses=code&complexity=complex',
      ])
      expect(env.index()).toBe(1)
      // The next change asks for a new flush.
      s().setLocale('zh-CN')
      expect(frame.schedule).toHaveBeenCalledTimes(2)
      frame.runAll()
      expect(env.entries[1]).toBe('/w/?v=1&lang=zh-CN&step=complexity&uses=code&complexity=complex')
    })

    it('keeps the page’s Back in step with history when Back comes before the writes of Continue', async () => {
      const { env, frame, s } = startScheduled('/?uses=code&step=uses')
      s().continueFrom('uses')
      s().goBack()
      frame.runAll()
      await Promise.resolve()
      expect(s().step).toBe('uses')
      expect(env.index()).toBe(0)
      env.forward()
      expect(s().step).toBe('complexity')
    })

    it('drops the writes still waiting when the browser goes Back or Forward', async () => {
      const { env, frame, s } = startScheduled('/?uses=code&step=uses')
      s().continueFrom('uses')
      frame.runAll()
      s().choose('complexity', 'simple', true)
      s().continueFrom('complexity')
      env.history.back()
      await Promise.resolve()
      expect(s().step).toBe('uses')
      frame.runAll()
      expect(env.index()).toBe(0)
      expect(env.entries).toHaveLength(2)
      expect(s().answers).toMatchObject({ uses: ['code'], complexity: ['simple'] })
    })

    it('makes the waiting writes when stopped', () => {
      const env = fakeBrowser('/')
      const store = createWizardStore()
      const stop = startUrlSync(store, env, { schedule: () => undefined })
      store.getState().choose('uses', 'code', true)
      stop()
      expect(env.entries).toEqual(['/?v=1&lang=en&step=uses&uses=code'])
    })
  })
})

describe('afterNextPaint', () => {
  it('runs in a task after the next animation frame, and again 100 ms on', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] })
    try {
      const run = vi.fn()
      afterNextPaint(run)
      expect(run).not.toHaveBeenCalled()
      vi.advanceTimersToNextFrame()
      expect(run).not.toHaveBeenCalled()
      vi.advanceTimersByTime(1) // the task queued from the frame (a fake timer runs 1 ms on)
      expect(run).toHaveBeenCalledTimes(1)
      vi.advanceTimersByTime(1000)
      expect(run).toHaveBeenCalledTimes(2)
    } finally {
      vi.useRealTimers()
    }
  })

  it('runs after 100 ms when no frame comes (a hidden page)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0)
    try {
      const run = vi.fn()
      afterNextPaint(run)
      vi.advanceTimersByTime(99)
      expect(run).not.toHaveBeenCalled()
      vi.advanceTimersByTime(1)
      expect(run).toHaveBeenCalledTimes(1)
    } finally {
      frames.mockRestore()
      vi.useRealTimers()
    }
  })
})
