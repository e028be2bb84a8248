/**
 * Wraps a dynamic `import()` so that, once it has failed (offline, a server error), the next call
 * fetches the module again instead of failing at once. Firefox (and Chromium in some versions)
 * keep a failed module fetch in the document's module map, as the HTML standard says, and answer
 * every later `import()` of the same address with the same failure; an address with a query of its
 * own is a new entry, fetched afresh. The browsers name the address in the error message. Callers
 * keep the module once one call has succeeded (each call after a failure is a fetch).
 * @param load the plain `import()`, which the bundler resolves and splits.
 * @returns a loader: the first call runs `load`; after a failure, each call imports the failed
 *   address with `?retry=n`.
 */
export function retryableImport<T>(load: () => Promise<T>): () => Promise<T> {
  let failedUrl: string | undefined
  let attempt = 0
  return () => {
    if (failedUrl) {
      attempt += 1
      const retry = `${failedUrl}${failedUrl.includes('?') ? '&' : '?'}retry=${attempt}`
      return import(/* @vite-ignore */ retry) as Promise<T>
    }
    return load().catch((error: unknown) => {
      failedUrl = /\bhttps?:\/\/[^\s'"]+/.exec(String(error))?.[0]
      throw error
    })
  }
}
