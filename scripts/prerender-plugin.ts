import { createHash } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, type Manifest, type Plugin, type ResolvedConfig, type Rolldown } from 'vite'
import {
  BOOT_DEFINES,
  PRERENDERED_KEY,
  RENDER_BLOCKING_FRAGMENT,
  RESULT_VIEW_MODULE,
  ROOT_ID,
  shellTemplateId,
  templateId,
} from '../src/boot/contract.ts'

/** What the pre-render module (`src/prerender/render.tsx`) exports, as the plugin calls it. */
interface RenderModule {
  renderFirstStep(locale: string): Promise<{ html: string; title: string }>
  renderBootShell(locale: string): Promise<string>
  renderNoScript(): string
}

/**
 * The stylesheet of `<noscript>`, applied only with JavaScript off: Continue would submit the form
 * to a page that, with no script, shows the first question again with the ticks gone, and the
 * language links would reload the same English page; both are hidden rather than loop.
 */
const NOSCRIPT_CSS = 'form [type=submit],.language-switch{display:none}'

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

/** Replaces the one occurrence of `find` in `html`; throws, naming `what`, when there is none. */
function replaceOnce(html: string, find: string, replacement: string, what: string): string {
  if (!html.includes(find)) throw new Error(`prerender: index.html has no ${what} (${find})`)
  return html.replace(find, () => replacement)
}

/**
 * Vite plugin, production build only: puts the first question, rendered by the app's own React
 * tree for each language, into the built `index.html`, plus the boot script (`src/boot/boot.ts`)
 * that shows the right language before anything is painted. The names shared with the boot script
 * and the app are in `src/boot/contract.ts`; the file names of the entry, its stylesheet and each
 * language's texts chunk come from Vite's build manifest (`build.manifest: true`, read, then
 * removed from the output: nothing serves it). After the client build:
 *
 * 1. builds `src/prerender/render.tsx` for Node (SSR build into `node_modules/.cache/prerender`,
 *    so its React and i18next resolve from the project) and renders each locale;
 * 2. turns the entry `<script type="module">` into a `<link rel="modulepreload">` (the boot script
 *    starts the app) and builds the
 *    boot script as one IIFE, with the URLs of the entry and of each language's texts chunk;
 * 3. inlines it at the end of `<head>` and the entry's stylesheet in place of its `<link>` (the
 *    file is removed), adding the SHA-256 hash of each to the CSP's `script-src` / `style-src`;
 *    puts the default language's markup in `#root`, the others' in `<template>`s; and blocks
 *    rendering until the page is parsed (`<link rel="expect" blocking="render">`). The reasons
 *    are in docs/architecture.md.
 *
 * Fails the build when `index.html` lacks the empty `#root`, the entry script, the stylesheet or
 * those CSP directives, or the manifest lacks the entry or a language's chunk.
 *
 * It also puts the Content-Security-Policy first in `<head>` and `no-referrer` at its end.
 *
 * @param locales BCP 47 tags, the first being the default (shown when no script runs); each one's
 *   texts are the module `src/i18n/bundles/{locale}.ts`.
 * @param contentSecurityPolicy the policy (directives joined by `; `), with `script-src` and
 *   `style-src`, to which the hashes of the inlined boot script and stylesheet are added.
 */
export function prerenderFirstStep(
  locales: readonly string[],
  contentSecurityPolicy: string,
): Plugin {
  let config: ResolvedConfig
  // Set once the bundle is written: when writing fails there is no index.html to pre-render into,
  // and the build's own error is the one to show.
  let written = false
  return {
    name: 'prerender-first-step',
    apply: (userConfig, env) =>
      env.command === 'build' && !userConfig.build?.ssr && !userConfig.build?.lib,
    configResolved(resolved) {
      config = resolved
      if (config.build.manifest !== true)
        throw new Error('prerender: needs build.manifest: true (it reads .vite/manifest.json)')
    },
    // Written as text: the policy's quotes stay plain inside the double-quoted attribute.
    transformIndexHtml: (html) =>
      html
        .replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
        )
        .replace('</head>', '  <meta name="referrer" content="no-referrer">\n  </head>'),
    writeBundle() {
      written = true
    },
    // Before the service worker is generated (vite-plugin-pwa's closeBundle, ordered 'post'), so
    // it precaches the finished page, not the one this rewrites.
    closeBundle: {
      order: 'pre',
      sequential: true,
      handler: closeBundle,
    },
  }

  async function closeBundle(error?: Error): Promise<void> {
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

    const manifestDir = join(outDir, '.vite')
    const manifest = JSON.parse(
      await readFile(join(manifestDir, 'manifest.json'), 'utf8'),
    ) as Manifest
    await rm(manifestDir, { recursive: true, force: true })
    const chunkOf = (source: string) => {
      const chunk = manifest[source]
      if (!chunk) throw new Error(`prerender: the build manifest has no ${source}`)
      return chunk
    }
    const entry = chunkOf('index.html')
    const localeChunks = Object.fromEntries(
      locales.map((l) => [l, `${config.base}${chunkOf(`src/i18n/bundles/${l}.ts`).file}`]),
    )
    const resultView = chunkOf(RESULT_VIEW_MODULE)
    const resultChunks = [
      resultView.file,
      ...(resultView.dynamicImports ?? []).map((m) => chunkOf(m).file),
    ].map((file) => `${config.base}${file}`)

    await rm(ssrDir, { recursive: true, force: true })
    await build({
      ...quiet,
      plugins: [react()],
      build: {
        ssr: 'src/prerender/render.tsx',
        outDir: ssrDir,
        emptyOutDir: true,
        target: 'node20',
      },
    })
    const render = (await import(pathToFileURL(join(ssrDir, 'render.js')).href)) as RenderModule
    const pages: { locale: string; html: string; title: string }[] = []
    for (const locale of locales) pages.push({ locale, ...(await render.renderFirstStep(locale)) })
    const shells: string[] = []
    for (const locale of locales)
      shells.push(
        `<template id="${shellTemplateId(locale)}">${await render.renderBootShell(locale)}</template>`,
      )

    const indexPath = join(outDir, 'index.html')
    let html = await readFile(indexPath, 'utf8')
    const entryUrl = `${config.base}${entry.file}`
    // The entry is fetched and compiled from the start of parsing (the preload scanner sees the
    // link), and run by the boot script after the first frame.
    html = replaceOnce(
      html,
      `<script type="module" crossorigin src="${entryUrl}"></script>`,
      `<link rel="modulepreload" crossorigin href="${entryUrl}">`,
      'entry module script',
    )

    html = html.replace(
      '</head>',
      `  <link rel="expect" href="#${RENDER_BLOCKING_FRAGMENT}" blocking="render">\n  </head>`,
    )

    const boot = (await build({
      ...quiet,
      define: {
        [BOOT_DEFINES.localeChunks]: JSON.stringify(localeChunks),
        [BOOT_DEFINES.appEntry]: JSON.stringify(entryUrl),
        [BOOT_DEFINES.resultChunks]: JSON.stringify(resultChunks),
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

    const [cssFile, ...moreCss] = entry.css ?? []
    if (!cssFile || moreCss.length > 0)
      throw new Error('prerender: the entry should have exactly one stylesheet')
    const cssPath = join(outDir, cssFile)
    const css = (await readFile(cssPath, 'utf8')).trim()
    html = replaceOnce(
      html,
      `<link rel="stylesheet" crossorigin href="${config.base}${cssFile}">`,
      inline('style', css),
      'stylesheet link',
    )
    html = allowInline(html, 'style-src', css)
    await rm(cssPath)

    const [first, ...others] = pages
    if (!first) throw new Error('prerender: no locale to render')
    const templates = others
      .map(
        (p) =>
          `<template id="${templateId(p.locale)}" data-title="${escapeAttribute(p.title)}">${p.html}</template>`,
      )
      .join('')
    if (pages.some((p) => p.html.includes(` id="${RENDER_BLOCKING_FRAGMENT}"`)))
      throw new Error(
        `prerender: an element has id="${RENDER_BLOCKING_FRAGMENT}", which ends the render-blocking link`,
      )
    html = replaceOnce(
      html,
      `<div id="${ROOT_ID}"></div>`,
      `<div id="${ROOT_ID}" data-${PRERENDERED_KEY}="${first.locale}">${first.html}</div>${templates}${shells.join('')}`,
      'empty #root',
    )
    html = replaceOnce(
      html,
      '<body>',
      `<body>\n    <noscript>${render.renderNoScript()}${inline('style', NOSCRIPT_CSS)}</noscript>`,
      '<body>',
    )
    html = allowInline(html, 'style-src', NOSCRIPT_CSS)
    await writeFile(indexPath, html)
  }
}
