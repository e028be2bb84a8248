import type { Plugin } from 'vite'

/** The module Vite's build imports its dynamic-import helper from. */
const PRELOAD_HELPER_ID = '\0vite/preload-helper.js'

/**
 * Replaces Vite's dynamic-import helper (`__vitePreload`) with one that just calls the import.
 *
 * Vite wraps every `import()` of the build in its helper, which fetches the imported chunk's CSS
 * files and shared chunks alongside it and reports failures as a `vite:preloadError` event. This app
 * gives it nothing to do: its lazily loaded chunks (each language's texts, the result view and its
 * texts) have no stylesheet (the result view's styles travel inside its chunk) and import nothing
 * but the entry, so every call gets an empty list, and nothing listens to the event. The helper
 * still costs about 0.65 kB gzip of the entry on every first visit (measured with size-limit).
 *
 * The build fails if a lazily loaded chunk ever comes with a stylesheet, which this helper would not
 * load. (A shared chunk would still load, when the lazy chunk imports it, one round trip later.)
 */
export function leanPreloadHelper(): Plugin {
  return {
    name: 'lean-preload-helper',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      return id === PRELOAD_HELPER_ID ? 'export const __vitePreload = (load) => load()' : null
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (
          chunk.type === 'chunk' &&
          !chunk.isEntry &&
          (chunk.viteMetadata?.importedCss.size ?? 0) > 0
        ) {
          this.error(
            `${chunk.fileName} imports a stylesheet, which the lean preload helper does not load: ` +
              'import it with ?inline and adopt it, as src/components/result-view.tsx does',
          )
        }
      }
    },
  }
}
