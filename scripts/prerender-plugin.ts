import { createHash } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, type Plugin, type ResolvedConfig, type Rolldown } from 'vite'

/** What the pre-render module (`src/prerender/render.tsx`) exports, as the plugin calls it. */
interface RenderModule {
  renderFirstStep(locale: string): Promise<{ html: string; title: string }>
}

/** `text` as a double-quoted attribute value. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/** `<tag>text</tag>`; throws if `text` could end the element early. */
function inline(tag: 'script' | 'style', text: string): string {
  if (text.toLowerCase().includes(`</${tag}`))
    throw new Error(`prerender: the inlined ${tag} contains </${tag}`)
  return `<${tag}>${text}</${tag}>`
}

/**
 * Adds the SHA-256 hash of an inline element's text to a directive of the Content-Security-Policy
 * meta tag (CSP Level 2 hash source), so that element, and no other inline code, may run or apply.
 * Throws if the policy lacks the directive.
 */
function allowInline(html: string, directive: 'script-src' | 'style-src', text: string): string {
  const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`
  const pattern = new RegExp(
    `(<meta http-equiv="Content-Security-Policy" content="[^"]*\\b${directive} [^;"]*)`,
  )
  if (!pattern.test(html))
    throw new Error(`prerender: the Content-Security-Policy has no ${directive}`)
  return html.replace(pattern, `$1 ${hash}`)
}

/**
 * Vite plugin, production build only: puts the first question, rendered by the app's own React
 * tree for each language, into the built `index.html`, plus the boot script (`src/boot/boot.ts`)
 * that shows the right language before anything is painted. The default language's markup fills
 * `#root` (`data-prerendered="en"`), the others sit in `<template id="prerender-{locale}">`, with
 * the page title in that language (`data-title`).
 * Steps, after the client build:
 *
 * 1. builds `src/prerender/render.tsx` for Node (SSR build into `node_modules/.cache/prerender`,
 *    so its React and i18next resolve from the project) and renders each locale;
 * 2. removes the entry `<script type="module">` (the boot script starts it after the first paint)
 *    and builds the boot script as one IIFE, with the URLs of the entry and of each language's
 *    texts chunk;
 * 3. inlines it at the end of `<head>` and the entry's stylesheet in place of its `<link>` (the
 *    file is removed), adding the SHA-256 hash of each to the CSP's `script-src` / `style-src`, so
 *    the HTML is the only request before the first paint; puts the markup in `index.html`; and
 *    blocks rendering until the page is parsed (`<link rel="expect" blocking="render">`), so the
 *    first frame painted holds the question in the visitor's language.
 *    Fails the build if `index.html` lacks `<div id="root"></div>`, the entry script, the
 *    stylesheet or those CSP directives.
 *
 * @param locales BCP 47 tags, the first being the default (shown when no script runs).
 * @param ssrPlugins further plugins the app's modules need when built for Node (new instances).
 */
export function prerenderFirstStep(
  locales: readonly string[],
  ssrPlugins: () => Plugin[] = () => [],
): Plugin {
  let config: ResolvedConfig
  const localeChunks: Record<string, string> = {}
  // Set once the bundle is written: when writing fails there is no index.html to pre-render into,
  // and the build's own error is the one to show.
  let written = false
  return {
    name: 'prerender-first-step',
    apply: (userConfig, env) =>
      env.command === 'build' && !userConfig.build?.ssr && !userConfig.build?.lib,
    configResolved(resolved) {
      config = resolved
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        const locale =
          file.type === 'chunk' &&
          file.facadeModuleId?.match(/\/src\/i18n\/bundles\/([^/]+)\.ts$/)?.[1]
        if (locale) localeChunks[locale] = `${config.base}${file.fileName}`
      }
    },
    writeBundle() {
      written = true
    },
    async closeBundle(error?: Error) {
      if (error || !written) return
      const root = config.root
      const outDir = resolve(root, config.build.outDir)
      const ssrDir = join(root, 'node_modules/.cache/prerender')
      const quiet = {
        configFile: false as const,
        root,
        logLevel: 'warn' as const,
        mode: 'production',
      }

      await rm(ssrDir, { recursive: true, force: true })
      await build({
        ...quiet,
        plugins: [react(), ...ssrPlugins()],
        build: {
          ssr: 'src/prerender/render.tsx',
          outDir: ssrDir,
          emptyOutDir: true,
          target: 'node20',
        },
      })
      const render = (await import(pathToFileURL(join(ssrDir, 'render.js')).href)) as RenderModule
      const pages: { locale: string; html: string; title: string }[] = []
      for (const locale of locales)
        pages.push({ locale, ...(await render.renderFirstStep(locale)) })

      const indexPath = join(outDir, 'index.html')
      let html = await readFile(indexPath, 'utf8')
      // The app's entry: started by the boot script after the first paint, so nothing of it is on
      // the way to that paint (nor in Lighthouse's model of it).
      const entry = html.match(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/)
      if (!entry?.[1]) throw new Error('prerender: index.html has no entry module script')
      html = html.replace(entry[0], '')

      // No frame before the page is parsed, and the boot script has swapped in the visitor's
      // language: a render-blocking `expect` link to `#top`, the top of the document when no
      // element has that id, holds rendering until parsing ends (HTML's render-blocking; browsers
      // without it ignore the link). It sits before the boot script, as rendering may otherwise
      // start once a script has run, at the pause the parser takes after `<head>`: a frame then
      // would lay out and paint a page with no content, and the question's first layout would come
      // in a task of its own, after the first paint (in Lighthouse's model of the load, blocking
      // time). The boot script removes the link once the page is parsed.
      html = html.replace(
        '</head>',
        '  <link rel="expect" href="#top" blocking="render">\n  </head>',
      )

      const boot = (await build({
        ...quiet,
        define: {
          __LOCALE_CHUNKS__: JSON.stringify(localeChunks),
          __APP_ENTRY__: JSON.stringify(entry[1]),
        },
        build: {
          write: false,
          target: config.build.target,
          lib: { entry: 'src/boot/boot.ts', formats: ['iife'], name: 'wizardBoot' },
        },
      })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[]
      const chunk = (Array.isArray(boot) ? boot[0] : boot)?.output.find(
        (o): o is Rolldown.OutputChunk => o.type === 'chunk',
      )
      if (!chunk) throw new Error('prerender: the boot script did not build')
      html = html.replace('</head>', `  ${inline('script', chunk.code)}\n  </head>`)
      html = allowInline(html, 'script-src', chunk.code)

      // The entry's stylesheet, inlined where it was linked: with the boot script, nothing but the
      // HTML itself stands between the request and the first paint.
      const stylesheet = html.match(/<link rel="stylesheet" crossorigin href="([^"]+\.css)">/)
      if (!stylesheet?.[1]?.startsWith(config.base))
        throw new Error('prerender: index.html links no stylesheet of the build')
      const cssPath = join(outDir, stylesheet[1].slice(config.base.length))
      const css = (await readFile(cssPath, 'utf8')).trim()
      html = allowInline(html.replace(stylesheet[0], inline('style', css)), 'style-src', css)
      await rm(cssPath)

      const [first, ...others] = pages
      if (!first || !html.includes('<div id="root"></div>'))
        throw new Error('prerender: index.html has no empty #root')
      const templates = others
        .map(
          (p) =>
            `<template id="prerender-${p.locale}" data-title="${escapeAttribute(p.title)}">${p.html}</template>`,
        )
        .join('')
      if (pages.some((p) => /\sid="top"/.test(p.html)))
        throw new Error('prerender: an element has id="top", which ends the render-blocking link')
      html = html.replace(
        '<div id="root"></div>',
        `<div id="root" data-prerendered="${first.locale}">${first.html}</div>${templates}`,
      )
      await writeFile(indexPath, html)
    },
  }
}
