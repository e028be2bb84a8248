import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MODEL_IDS, QUOTE_IDS } from '../../src/model/decision-model'
import { LOCALES, chooseLocale, matchLocale } from '../../src/model/locale'
import { decisionModel } from '../../src/model/weights'

type Tree = { [key: string]: string | Tree }
const read = (locale: string, ns: string): Tree =>
  JSON.parse(readFileSync(join('locales', locale, `${ns}.json`), 'utf8'))
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [`${prefix}${k}`.replace(/_(zero|one|two|few|many|other)$/, '')]
      : keys(v, `${prefix}${k}.`),
  )
const get = (tree: Tree, path: string): unknown =>
  path.split('.').reduce<unknown>((t, k) => (t as Tree | undefined)?.[k], tree)
const namespaces = readdirSync(join('locales', 'en')).map((f) => f.replace(/\.json$/, ''))

describe('locale files', () => {
  it('exist for every locale with the same namespaces', () => {
    for (const locale of LOCALES)
      expect(readdirSync(join('locales', locale)).sort()).toEqual(
        readdirSync(join('locales', 'en')).sort(),
      )
  })

  it.each(namespaces)('%s: en and zh-CN have the same keys, none empty', (ns) => {
    const en = read('en', ns)
    const zh = read('zh-CN', ns)
    expect([...new Set(keys(zh))].sort()).toEqual([...new Set(keys(en))].sort())
    for (const locale of LOCALES)
      for (const key of keys(read(locale, ns)))
        expect(String(get(read(locale, ns), key)).trim(), `${locale} ${ns}:${key}`).not.toBe('')
  })

  it('give every question, option, group, model, reason and quote a text in both languages', () => {
    for (const locale of LOCALES) {
      const model = read(locale, 'model')
      const result = read(locale, 'result')
      for (const m of MODEL_IDS)
        expect(get(model, `models.${m}`), `${locale} ${m}`).toBeTypeOf('string')
      for (const q of decisionModel.questions) {
        for (const part of ['title', 'hint', 'summary'])
          expect(get(model, `questions.${q.id}.${part}`), `${locale} ${q.id}.${part}`).toBeTypeOf(
            'string',
          )
        for (const o of q.options) {
          expect(get(model, `options.${q.id}.${o.id}`), `${locale} ${q.id}.${o.id}`).toBeTypeOf(
            'string',
          )
          expect(
            get(model, `optionHints.${q.id}.${o.id}`),
            `${locale} hint of ${q.id}.${o.id}`,
          ).toBeTypeOf(o.hint ? 'string' : 'undefined')
          if (o.group)
            expect(
              get(model, `groups.${q.id}.${o.group}`),
              `${locale} group ${o.group}`,
            ).toBeTypeOf('string')
          expect(get(result, `sections.s${o.source.section}`)).toBeTypeOf('string')
        }
      }
      for (const quote of QUOTE_IDS) {
        expect(get(result, `reasons.${quote}`), `${locale} reason ${quote}`).toBeTypeOf('string')
        expect(get(result, `quotes.${quote}`), `${locale} quote ${quote}`).toBeTypeOf('string')
      }
    }
  })

  it('quote the article word for word in Chinese', () => {
    const article = readFileSync(join('tests', 'fixtures', 'source-article.txt'), 'utf8')
    const quotes = read('zh-CN', 'result').quotes as Tree
    for (const [id, text] of Object.entries(quotes)) {
      for (const part of String(text).split('……').filter(Boolean))
        expect(article.includes(part), `${id}: ${part}`).toBe(true)
    }
  })
})

describe('choosing the language', () => {
  it('maps every Chinese tag to zh-CN and every English tag to en', () => {
    for (const tag of [
      'zh',
      'zh-CN',
      'zh-cn',
      'zh_CN',
      'zh-Hans',
      'zh-TW',
      'zh-HK',
      'zh-Hant-TW',
      'ZH',
    ])
      expect(matchLocale(tag), tag).toBe('zh-CN')
    for (const tag of ['en', 'en-US', 'en-GB', 'EN']) expect(matchLocale(tag), tag).toBe('en')
    for (const tag of ['fr', 'ja', '', 'zhx', null, 42, undefined])
      expect(matchLocale(tag), String(tag)).toBeUndefined()
  })

  it('follows the documented order: URL, storage, browser languages, English', () => {
    expect(chooseLocale('en', 'zh-CN', ['zh'])).toBe('en')
    expect(chooseLocale(undefined, 'zh-CN', ['en'])).toBe('zh-CN')
    expect(chooseLocale(undefined, undefined, ['fr', 'zh-TW', 'en'])).toBe('zh-CN')
    expect(chooseLocale(undefined, undefined, ['fr', 'en-GB', 'zh'])).toBe('en')
    expect(chooseLocale(undefined, undefined, ['fr', 'de'])).toBe('en')
  })
})
