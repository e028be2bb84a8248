// A plain static server for the production build, mounted under a sub-path, with no rewrites:
// the way a static host serves the app (gzip or brotli on the fly, hashed assets cached for a year,
// index.html revalidated). Used by the browser tests and the benchmark.
// Usage: node scripts/serve-subpath.mjs [port] [sub-path] [dir]
import { createServer } from 'node:http'
import compression from 'compression'
import sirv from 'sirv'

const port = Number(process.argv[2] ?? 4173)
const base = (process.argv[3] ?? '/wizard/sub/').replace(/\/?$/, '/')
const dir = process.argv[4] ?? 'dist'
const compress = compression()
const serve = sirv(dir, {
  dev: false,
  etag: true,
  single: false,
  setHeaders(res, pathname) {
    res.setHeader(
      'Cache-Control',
      pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    )
  },
})
const notFound = (res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')

createServer((req, res) => {
  const url = req.url ?? '/'
  // Like a static host: the folder without its trailing slash redirects to it.
  if (url === base.slice(0, -1) || url.startsWith(base.slice(0, -1) + '?')) {
    res.writeHead(301, { location: base + url.slice(base.length - 1) }).end()
    return
  }
  if (!url.startsWith(base)) return notFound(res)
  req.url = '/' + url.slice(base.length)
  compress(req, res, () => serve(req, res, () => notFound(res)))
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`)
})
