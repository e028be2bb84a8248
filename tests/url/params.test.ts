import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FIRST_STEP } from '../../src/model/questions'
import { formatSearch, parseSearch } from '../../src/url/codec'
import { opensFreshStart } from '../../src/url/params'
import { locationArbitrary } from './arbitraries'
import { CLEAN_REPORT } from '../fixtures/parse-report'

/** What the app opens for a URL, as far as the pre-rendered first question is concerned. */
function opensFirstQuestionFresh(search: string, hash: string): boolean {
  const parsed = parseSearch(search, hash)
  return (
    parsed.step === FIRST_STEP &&
    Object.keys(parsed.answers).length === 0 &&
    JSON.stringify(parsed.report) === JSON.stringify(CLEAN_REPORT)
  )
}

describe('opensFreshStart (the boot script decides whether to show the pre-rendered first question)', () => {
  it.each([
    ['', ''],
    ['?lang=zh-CN', ''],
    ['?v=1&lang=en&step=uses', ''],
    ['?lang=zh-cn&utm_source=chat', ''],
    ['?lang=', ''],
    ['', '#lang=zh-CN'],
    ['?fbclid=abc', ''],
  ])('says yes to %j %j, and the app agrees', (search, hash) => {
    expect(opensFreshStart(search, hash)).toBe(true)
    expect(opensFirstQuestionFresh(search, hash)).toBe(true)
  })

  it.each([
    ['?uses=code', ''],
    ['?step=complexity', ''],
    ['?step=result', ''],
    ['?lang=fr', ''],
    ['?v=2', ''],
    ['', '#uses=code&step=complexity'],
    ['?uses=', ''],
  ])('says no to %j %j', (search, hash) => {
    expect(opensFreshStart(search, hash)).toBe(false)
  })

  it('never says yes when the app would open anything but a fresh first question (100,000 URLs)', () => {
    const key = fc.constantFrom(
      'v',
      'lang',
      'step',
      'uses',
      'complexity',
      'priority',
      'x',
      'utm_source',
    )
    const value = fc.oneof(
      fc.constantFrom(
        '',
        '1',
        '2',
        'en',
        'zh-CN',
        'fr',
        'uses',
        'complexity',
        'result',
        'code',
        '%',
        '%E4',
      ),
      fc.string(),
    )
    const query = fc
      .array(fc.tuple(key, value), { maxLength: 5 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'))
    const link = fc.tuple(fc.constantFrom('?', ''), query, fc.constantFrom('', '#'), query)
    let yes = 0
    fc.assert(
      fc.property(link, ([mark, search, hashMark, hash]) => {
        if (!opensFreshStart(`${mark}${search}`, hashMark ? `#${hash}` : '')) return
        yes += 1
        expect(opensFirstQuestionFresh(`${mark}${search}`, hashMark ? `#${hash}` : '')).toBe(true)
      }),
      { numRuns: 100_000 },
    )
    expect(yes).toBeGreaterThan(1000)
  })

  it('says no to every link the app writes for a later step or with answers', () => {
    fc.assert(
      fc.property(locationArbitrary, (location) => {
        const fresh = location.step === FIRST_STEP && Object.keys(location.answers).length === 0
        expect(opensFreshStart(formatSearch(location), '')).toBe(fresh)
      }),
      { numRuns: 2_000 },
    )
  })
})
