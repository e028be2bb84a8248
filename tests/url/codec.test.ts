import { describe, expect, it } from 'vitest'
import { formatSearch, lostAnything, parseSearch } from '../../src/url/codec'
import { CLEAN_REPORT } from '../fixtures/parse-report'

const complete =
  '?v=1&lang=zh-CN&step=result&uses=code,papers&complexity=complex&work-style=both&abilities=math-reasoning,logical-reasoning&priority=precise'

describe('formatSearch', () => {
  it('writes a short, readable, versioned query in a fixed order', () => {
    expect(
      formatSearch({
        answers: { complexity: ['complex'], uses: ['papers', 'code'] },
        step: 'work-style',
        locale: 'en',
      }),
    ).toBe('?v=1&lang=en&step=work-style&uses=code,papers&complexity=complex')
  })
})

describe('parseSearch', () => {
  it('reads what formatSearch writes', () => {
    const parsed = parseSearch(complete)
    expect(parsed.step).toBe('result')
    expect(parsed.locale).toBe('zh-CN')
    expect(parsed.answers).toEqual({
      uses: ['code', 'papers'],
      complexity: ['complex'],
      'work-style': ['both'],
      abilities: ['math-reasoning', 'logical-reasoning'],
      priority: ['precise'],
    })
    expect(parsed.report).toEqual(CLEAN_REPORT)
  })

  it('opens at the first step that still needs an answer when the requested one is not reachable', () => {
    expect(parseSearch('?step=result&uses=code').step).toBe('complexity')
    expect(parseSearch('?step=priority').step).toBe('uses')
    expect(parseSearch('?step=nonsense&uses=code&complexity=simple').step).toBe('work-style')
    expect(
      parseSearch('?uses=code&complexity=complex&work-style=both&abilities=none&priority=safety')
        .step,
    ).toBe('result')
  })

  it('keeps the valid answers and reports the questions it dropped something from', () => {
    const parsed = parseSearch(
      '?v=1&step=result&uses=code,hacking&complexity=extreme&work-style=both&abilities=none,few-shot&priority=precise',
    )
    expect(parsed.answers).toEqual({
      uses: ['code'],
      'work-style': ['both'],
      abilities: ['few-shot'],
      priority: ['precise'],
    })
    expect(parsed.report.droppedQuestions).toEqual(['uses', 'complexity', 'abilities'])
    expect(parsed.step).toBe('complexity')
  })

  it('ignores parameters it does not know, and they never change the result', () => {
    const withNoise = parseSearch(
      `${complete}&utm_source=wechat&fbclid=abc&from=singlemessage&isappinstalled=0`,
    )
    expect(withNoise).toEqual(parseSearch(complete))
  })

  it('takes the language from lang, matching any Chinese or English tag', () => {
    expect(parseSearch('?lang=zh').locale).toBe('zh-CN')
    expect(parseSearch('?lang=zh-TW').locale).toBe('zh-CN')
    expect(parseSearch('?lang=EN-gb').locale).toBe('en')
    expect(parseSearch('?uses=code').locale).toBeUndefined()
    const unknown = parseSearch('?lang=klingon')
    expect(unknown.locale).toBeUndefined()
    expect(unknown.report.unknownLocale).toBe(true)
  })

  it('reports an unknown version and still reads what it can', () => {
    const parsed = parseSearch('?v=99&uses=code')
    expect(parsed.report.unknownVersion).toBe(true)
    expect(parsed.answers).toEqual({ uses: ['code'] })
    expect(parseSearch('?uses=code').report.unknownVersion).toBe(false)
  })

  it('reads a link whose separators were HTML-escaped (&amp;) on the way, losing nothing', () => {
    const escaped = parseSearch(
      '?v=1&amp;lang=zh-CN&amp;step=result&amp;uses=code,papers&amp;complexity=complex&amp;work-style=both&amp;abilities=none&amp;priority=precise',
    )
    expect(escaped).toEqual(
      parseSearch(
        '?v=1&lang=zh-CN&step=result&uses=code,papers&complexity=complex&work-style=both&abilities=none&priority=precise',
      ),
    )
    expect(lostAnything(escaped.report)).toBe(false)
    expect(escaped.step).toBe('result')
  })

  it('reads option ids in any case, as a hand-edited link may carry them', () => {
    const parsed = parseSearch('?v=1&lang=en&step=complexity&uses=CODE,Papers')
    expect(parsed.answers).toEqual({ uses: ['code', 'papers'] })
    expect(parsed.step).toBe('complexity')
    expect(lostAnything(parsed.report)).toBe(false)
  })

  it('reads a fragment when the query holds nothing of ours', () => {
    expect(parseSearch('?utm_source=x', '#v=1&uses=code').answers).toEqual({ uses: ['code'] })
    expect(parseSearch('?uses=papers', '#uses=code').answers).toEqual({ uses: ['papers'] })
  })

  it('keeps the first value of a repeated one-answer key and merges repeated multi-answer keys', () => {
    const parsed = parseSearch('?complexity=simple&complexity=complex&uses=code&uses=papers')
    expect(parsed.answers).toEqual({ uses: ['code', 'papers'], complexity: ['simple'] })
    expect(parsed.report.droppedQuestions).toEqual(['complexity'])
  })

  it('never pollutes prototypes', () => {
    const parsed = parseSearch('?__proto__[polluted]=1&constructor=x&__proto__=uses&uses=code')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(parsed.answers)).toEqual(['uses'])
  })

  it('survives garbage', () => {
    for (const garbage of [
      '',
      '?',
      '#',
      '&&&',
      '?=',
      '?uses',
      '?uses=,,,',
      '%',
      '?%E0%A4%A',
      '?uses=%ZZ',
      '?\u0000',
      '?uses=\uD800',
    ]) {
      const parsed = parseSearch(garbage)
      expect(parsed.step).toBe('uses')
      expect(parsed.answers).toEqual({})
    }
  })
})

describe('parseSearch reports', () => {
  it('a step the answers do not reach yet, and a step that names no page, but not a missing one', () => {
    expect(parseSearch('?step=result&uses=code').report.stepUnreachable).toBe(true)
    expect(parseSearch('?uses=code').report.stepUnreachable).toBe(false)
    expect(parseSearch('?step=nonsense').report.stepUnreachable).toBe(false)
    expect(parseSearch('?step=nonsense').report.unknownStep).toBe(true)
    expect(parseSearch('?step=nonsense').step).toBe('uses')
    expect(parseSearch('?step=Result&uses=code').report.unknownStep).toBe(true)
    expect(parseSearch('?step=complexity&uses=code').report.unknownStep).toBe(false)
    expect(parseSearch('?step=result&uses=code').report.unknownStep).toBe(false)
    expect(parseSearch('?step=&uses=code').report.unknownStep).toBe(false)
    expect(parseSearch('?step=complexity&uses=code').report.stepUnreachable).toBe(false)
  })

  it('no language for an empty lang', () => {
    expect(parseSearch('?lang=').report.unknownLocale).toBe(false)
    expect(parseSearch('?lang=').locale).toBeUndefined()
  })
})

describe('lostAnything', () => {
  it('is true when any part of the URL was lost, false for a clean one', () => {
    expect(lostAnything(parseSearch(complete).report)).toBe(false)
    expect(lostAnything(parseSearch('?uses=code,hacking').report)).toBe(true)
    expect(lostAnything(parseSearch('?lang=fr').report)).toBe(true)
    expect(lostAnything(parseSearch('?v=9').report)).toBe(true)
    // Empty parameters lose nothing: they hold nothing.
    expect(parseSearch('?v=&lang=&step=&uses=').report).toEqual(CLEAN_REPORT)
    expect(lostAnything(parseSearch('?step=result&uses=code').report)).toBe(true)
  })
})
