import { createHash } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, type Plugin, type ResolvedConfig, type Rolldown } from 'vite'

/** What the pre-render module (`src/prerender/render.tsx`) exports, as the plugin calls it. */
interface RenderModule {
  renderFirstStep(locale: string): Promise<{ html: string }>
}

/**
 * Vite plugin, production build only: puts the first question, rendered by the app's own React
 * tree for each language, into the built `index.html`, plus the boot script (`src/boot/boot.ts`)
 * that shows the right language before anything is painted. The default language's markup fills
 * `#root` (`data-prerendered="en"`), the others sit in `<template id="prerender-{locale}">`.
 * Steps, after the client build:
 *
 * 1. builds `src/prerender/render.tsx` for Node (SSR build into `node_modules/.cache/prerender`,
 *    so its React and i18next resolve from the project) and renders each locale;
 * 2. removes the entry `<script type="module">` (the boot script starts it after the first paint)
 *    and builds the boot script as one IIFE, with the URLs of the entry and of each language's
 *    texts chunk;
 * 3. writes it as `assets/boot-{hash}.js`, loaded by a plain `<script src>` at the end of `<head>`
 *    (so the CSP stays `script-src 'self'`), and puts the markup in `index.html`. Fails the build if
 *    `index.html` lacks `<div id="root"></div>` or the entry script.
 *
 * @param locales BCP 47 tags, the first being the default (shown when no script runs).
 * @param ssrPlugins further plugins the app's modules need when built for Node (new instances).
 */
export function prerenderFirstStep(locales: readonly string[], ssrPlugins: () => Plugin[] = () => []): Plugin {
  let config: ResolvedConfig
  const localeChunks: Record<string, string> = {}
  return {
    name: 'prerender-first-step',
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr && !userConfig.build?.lib,
    configResolved(resolved) {
      config = resolved
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        const locale = file.type === 'chunk' && file.facadeModuleId?.match(/\/src\/i18n\/bundles\/([^/]+)\.ts$/)?.[1]
        if (locale) localeChunks[locale] = `${config.base}${file.fileName}`
      }
    },
    async closeBundle(error?: Error) {
      if (error) return
      const root = config.root
      const outDir = resolve(root, config.build.outDir)
      const ssrDir = join(root, 'node_modules/.cache/prerender')
      const quiet = { configFile: false as const, root, logLevel: 'warn' as const, mode: 'production' }

      await rm(ssrDir, { recursive: true, force: true })
      await build({
        ...quiet,
        plugins: [react(), ...ssrPlugins()],
        build: { ssr: 'src/prerender/render.tsx', outDir: ssrDir, emptyOutDir: true, target: 'node20' },
      })
      const render = (await import(pathToFileURL(join(ssrDir, 'render.js')).href)) as RenderModule
      const pages: { locale: string; html: string }[] = []
      for (const locale of locales) pages.push({ locale, ...(await render.renderFirstStep(locale)) })

      const indexPath = join(outDir, 'index.html')
      let html = await readFile(indexPath, 'utf8')
      // The app's entry: started by the boot script after the first paint, so nothing of it is on
      // the way to that paint (nor in Lighthouse's model of it).
      const entry = html.match(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/)
      if (!entry?.[1]) throw new Error('prerender: index.html has no entry module script')
      html = html.replace(entry[0], '')

      const boot = (await build({
        ...quiet,
        define: { __LOCALE_CHUNKS__: JSON.stringify(localeChunks), __APP_ENTRY__: JSON.stringify(entry[1]) },
        build: {
          write: false,
          target: config.build.target,
          lib: { entry: 'src/boot/boot.ts', formats: ['iife'], name: 'wizardBoot' },
        },
      })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[]
      const chunk = (Array.isArray(boot) ? boot[0] : boot)?.output.find((o): o is Rolldown.OutputChunk => o.type === 'chunk')
      if (!chunk) throw new Error('prerender: the boot script did not build')
      const bootName = `boot-${createHash('sha256').update(chunk.code).digest('base64url').slice(0, 8)}.js`
      await writeFile(join(outDir, config.build.assetsDir, bootName), chunk.code)
      html = html.replace('</head>', `  <script src="${config.base}${config.build.assetsDir}/${bootName}"></script>\n  </head>`)

      const [first, ...others] = pages
      if (!first || !html.includes('<div id="root"></div>')) throw new Error('prerender: index.html has no empty #root')
      const templates = others
        .map((p) => `<template id="prerender-${p.locale}">${p.html}</template>`)
        .join('')
      html = html.replace(
        '<div id="root"></div>',
        `<div id="root" data-prerendered="${first.locale}">${first.html}</div>${templates}`,
      )
      await writeFile(indexPath, html)
    },
  }
}
