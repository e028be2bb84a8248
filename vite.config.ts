import react from '@vitejs/plugin-react'
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa'
import { configDefaults, defineConfig } from 'vitest/config'
import enCommon from './locales/en/common.json' with { type: 'json' }
import zhCommon from './locales/zh-CN/common.json' with { type: 'json' }
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
  // The service worker (sw.js, vite-plugin-pwa), from the app's own folder.
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ')

/**
 * The web app manifest (written as manifest.webmanifest by vite-plugin-pwa): the app's name in both
 * languages from the locale files, relative start URL and scope (the build works from any sub-path),
 * the header's colours, and SVG icons (committed in public/icons/, any size).
 */
const WEB_APP_MANIFEST: Partial<ManifestOptions> = {
  name: `${enCommon.app.name} · ${zhCommon.app.name}`,
  short_name: 'GPT-4 / ChatGPT',
  description: `${enCommon.app.tagline} ${zhCommon.app.tagline}`,
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#f3f4f6',
  icons: [
    { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    { src: 'icons/maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
  ],
}

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
    VitePWA({
      // Registered by the app itself (src/pwa/register.ts) once the first question is usable, not
      // by a script in the page: the first visit's bytes and time go to the question first.
      injectRegister: false,
      // No skipWaiting: a new version waits until no tab shows the old one, so an open page never
      // loses the files it still has to load (README: how updates reach people).
      registerType: 'prompt',
      // After the pre-render plugin has written the final index.html (its closeBundle is 'pre').
      integration: { closeBundleOrder: 'post' },
      manifest: WEB_APP_MANIFEST,
      // The icons are in the precache by the glob below already; listed twice, Workbox refuses.
      includeManifestIcons: false,
      workbox: {
        // The whole app: the page, every script (both languages' texts, the result view and its
        // texts), the manifest and icons; sw.js itself is left out by the plugin.
        globPatterns: ['**/*.{html,js,svg}'],
        // Any address of the app (its state is in the query) opens the cached page offline.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first worker takes charge of the page that registered it, so a wizard started online
        // fetches the result view and the other language from the precache once the line is gone.
        // (It only ever claims pages with no worker: an update still waits, as above.)
        clientsClaim: true,
        // Workbox's runtime inside sw.js: one file to fetch and to check for updates, not two.
        inlineWorkboxRuntime: true,
      },
    }),
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
    // The WebKit suite drives a browser: `npm run test:webkit` (tests/webkit/vitest.config.ts).
    exclude: [...configDefaults.exclude, 'tests/webkit/**'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
  },
})
