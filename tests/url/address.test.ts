import { describe, expect, it } from 'vitest'
import { addressOf } from '../../src/url/address'
import { parseSearch } from '../../src/url/codec'

describe('addressOf', () => {
  const result = {
    answers: { uses: ['code'], complexity: ['complex'] },
    step: 'result',
    locale: 'zh-CN',
  } as const

  it('keeps the origin and the sub-path, and puts the canonical query in place of the old query and fragment', () => {
    expect(
      addressOf(
        result,
        'https://example.test/tools/wizard/?v=1&lang=en&step=priority&uses=code#top',
      ),
    ).toBe(
      'https://example.test/tools/wizard/?v=1&lang=zh-CN&step=result&uses=code&complexity=complex',
    )
  })

  it('gives an address that opens the same location', () => {
    const url = new URL(addressOf(result, 'http://127.0.0.1:4173/w/'))
    expect(parseSearch(url.search, url.hash)).toMatchObject({
      answers: result.answers,
      locale: 'zh-CN',
    })
  })

  it('throws a TypeError when the base is not an absolute URL', () => {
    expect(() => addressOf(result, '/w/')).toThrow(TypeError)
  })
})
