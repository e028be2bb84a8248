// Starts what every WebKit test needs, once: the static server for dist/ under the sub-path (on
// WEBKIT_PORT, else a free port: never the Playwright run's) and WebKitWebDriver, on a free port.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import type { TestProject } from 'vitest/node'
import { WEBKIT_DRIVER_PATH } from '../../scripts/webkit.mjs'

declare module 'vitest' {
  /** What this setup gives every WebKit test (`inject('appUrl')`). */
  export interface ProvidedContext {
    /** The app's address: the static server's sub-path, with a trailing slash. */
    appUrl: string
    /** WebKitWebDriver's address. */
    driverUrl: string
  }
}

const BASE_PATH = '/wizard/sub/'

/** A port of 127.0.0.1 that is free now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/**
 * Waits until the static server says it listens (so a port taken by another server is an error,
 * not that server's pages), or fails when it exits first.
 */
function listening(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) resolve()
    })
    server.on('exit', (code) =>
      reject(new Error(`the static server exited with code ${code} (port taken? set WEBKIT_PORT)`)),
    )
  })
}

/** Waits until `url` answers (any HTTP status), or fails after 20 s, or when `child` exits. */
async function waitForHttp(url: string, what: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`)
    try {
      await fetch(url)
      return
    } catch {
      if (Date.now() > deadline) throw new Error(`${what} did not answer at ${url}`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }
}

/** Starts the server and the driver; returns the teardown that stops both. */
export default async function setup(project: TestProject): Promise<() => void> {
  const appPort = process.env.WEBKIT_PORT ? Number(process.env.WEBKIT_PORT) : await freePort()
  const driverPort = await freePort()
  const children: ChildProcess[] = []
  const stop = () => children.forEach((child) => child.kill())
  try {
    const server = spawn(
      process.execPath,
      ['scripts/serve-subpath.mjs', String(appPort), BASE_PATH],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    children.push(server)
    const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${driverPort}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    children.push(driver)
    const appUrl = `http://127.0.0.1:${appPort}${BASE_PATH}`
    const driverUrl = `http://127.0.0.1:${driverPort}`
    await listening(server)
    await waitForHttp(`${driverUrl}/status`, 'WebKitWebDriver', driver)
    project.provide('appUrl', appUrl)
    project.provide('driverUrl', driverUrl)
  } catch (error) {
    stop()
    throw error
  }
  return stop
}
