// Vite config of the benchmark's floor (a bare React + zustand + i18next wizard). Used only from
// bench/.floor/, where bench/run.mjs copies it and calls Vite's build() from the repo's node_modules;
// the same build options as the app (relative base, es2022, no module-preload polyfill), like the peer.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const here = dirname(fileURLToPath(import.meta.url))
// bench/.floor/ -> the repository root
const repoRoot = process.env.BENCH_REPO_ROOT ?? resolve(here, '../..')

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  resolve: { alias: { '@app-locales': resolve(repoRoot, 'locales') } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  logLevel: 'warn',
})
