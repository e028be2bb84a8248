import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : []
  })

describe('no text from the URL or storage can reach the DOM as HTML', () => {
  const sources = files('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }))

  it('uses no HTML sinks anywhere in the app', () => {
    const sinks =
      /dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|\beval\(|new Function\(/
    for (const { path, text } of sources) expect(text, path).not.toMatch(sinks)
  })

  it('never uses <Trans>, whose interpolation could carry markup', () => {
    for (const { path, text } of sources) expect(text, path).not.toMatch(/<Trans\b/)
  })
})
