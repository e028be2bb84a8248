import { readFile } from 'node:fs/promises'
import type { Plugin } from 'vite'

const SUFFIX = '?first-step'

/** An object's own entry `key`, as a one-entry object, or nothing when it has none. */
const pick = (from: unknown, key: string): Record<string, unknown> =>
  typeof from === 'object' && from !== null && key in from
    ? { [key]: (from as Record<string, unknown>)[key] }
    : {}

/** The entries of `texts` at the dotted `paths` (`'errors.selectSome'`), nested as in `texts`. */
function pickPaths(
  texts: Record<string, unknown>,
  paths: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const path of paths) {
    const keys = path.split('.')
    let from: unknown = texts
    let to = out
    keys.forEach((key, i) => {
      const found = pick(from, key)
      if (!(key in found)) throw new Error(`first-step-texts: no text at ${path}`)
      if (i === keys.length - 1) to[key] = found[key]
      else {
        to = (to[key] ??= {}) as Record<string, unknown>
        from = found[key]
      }
    })
  }
  return out
}

/**
 * Vite plugin: `import texts from '…/locales/{locale}/{namespace}.json?first-step'` gives only
 * the texts a fresh start on the first question needs, so a first visit downloads those and the
 * rest follows once the question is on screen (`src/i18n/index.ts`):
 *
 * - `model.json`: the first question's title, hint, option groups and options;
 * - `common.json`: only the key paths in `commonKeys` (`src/i18n/first-step-keys.ts`).
 *
 * Key paths stay the same, so the full file, merged in later, only adds to them. Any other file
 * is refused (the build fails), as is a file that is not JSON or lacks one of `commonKeys`.
 * @param firstQuestion the id of the first question (`'uses'`).
 * @param commonKeys dotted key paths of `common.json` to keep.
 */
export function firstStepTexts(firstQuestion: string, commonKeys: readonly string[]): Plugin {
  return {
    name: 'first-step-texts',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(SUFFIX)) return null
      const file = id.slice(0, -SUFFIX.length)
      const texts = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
      let subset: Record<string, unknown>
      if (file.endsWith('/model.json')) {
        subset = pickPaths(texts, [
          `questions.${firstQuestion}.title`,
          `questions.${firstQuestion}.hint`,
          `groups.${firstQuestion}`,
          `options.${firstQuestion}`,
        ])
      } else if (file.endsWith('/common.json')) {
        subset = pickPaths(texts, commonKeys)
      } else {
        throw new Error(`first-step-texts: no first-step subset is defined for ${file}`)
      }
      return { code: `export default ${JSON.stringify(subset)}`, moduleType: 'js' }
    },
  }
}
