// Vite config of the benchmark's two quizzes, the floor and the peer (SurveyJS). bench/run.mjs copies
// it, as vite.config.mjs, with each one's files into bench/.floor/ and bench/.peer/, and calls Vite's
// build() from the repo's node_modules; the same build options as the app (relative base, es2022, no
// module-preload polyfill) so that the bytes compare like for like.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const here = dirname(fileURLToPath(import.meta.url))
// bench/.peer/ or bench/.floor/ -> the repository root
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
