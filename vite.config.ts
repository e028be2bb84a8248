import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { DEFAULT_LOCALE, LOCALES } from './src/model/locale.ts'
import { prerenderFirstStep } from './scripts/prerender-plugin.ts'
import { leanPreloadHelper } from './scripts/lean-preload-plugin.ts'
import { COMPILE_HINT } from './src/boot/contract.ts'

/**
 * The production Content-Security-Policy: scripts, styles and data only from the app's own origin,
 * nothing from any other origin, no inline script or style but the two the pre-render plugin inlines
 * (the boot script and the stylesheet), each allowed by its SHA-256 hash, which the plugin adds. The
 * plugin puts it first in `<head>` of the build only (the dev server injects inline styles for hot
 * reload), with `<meta name="referrer" content="no-referrer">`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ')

export default defineConfig({
  // Relative asset URLs: the build works from any sub-path of a static host.
  base: './',
  plugins: [
    react(),
    leanPreloadHelper(),
    prerenderFirstStep(
      [DEFAULT_LOCALE, ...LOCALES.filter((l) => l !== DEFAULT_LOCALE)],
      CONTENT_SECURITY_POLICY,
    ),
  ],
  resolve: {
    // react-i18next imports the shim of useSyncExternalStore for React 17; React 19 has the hook.
    alias: [{ find: /^use-sync-external-store\/shim$/, replacement: 'react' }],
  },
  // Only the app's own page: the benchmark's peer app in bench/ has dependencies of its own.
  optimizeDeps: { entries: ['index.html'] },
  build: {
    target: 'es2022',
    cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
    modulePreload: { polyfill: false },
    // Names the entry, its stylesheet and the texts chunks for the pre-render plugin.
    manifest: true,
    rolldownOptions: {
      output: {
        // The app's code chunks (those holding components: the entry and the result view) start
        // with V8's compile hint, added after minification so no minifier drops it (why:
        // docs/architecture.md). The texts chunks are data and get nothing.
        postBanner: (chunk) =>
          Object.keys(chunk.modules).some((id) => id.endsWith('.tsx')) ? COMPILE_HINT : '',
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
  },
})
