// A plain static server for the production build, mounted under a sub-path, with no rewrites:
// the way a static host serves the app. Used by the browser tests and the benchmark.
// Usage: node scripts/serve-subpath.mjs [port] [sub-path] [dir]
import { createServer } from 'node:http'
import sirv from 'sirv'

const port = Number(process.argv[2] ?? 4173)
const base = (process.argv[3] ?? '/wizard/sub/').replace(/\/?$/, '/')
const dir = process.argv[4] ?? 'dist'
const serve = sirv(dir, { dev: false, etag: true, gzip: false, brotli: false, single: false })

createServer((req, res) => {
  const url = req.url ?? '/'
  if (!url.startsWith(base)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    return
  }
  req.url = '/' + url.slice(base.length)
  serve(req, res, () => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'))
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`)
})
