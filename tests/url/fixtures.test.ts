import { describe, expect, it } from 'vitest'
import fixtures from '../fixtures/urls-v1.json'
import { scoreModels } from '../../src/model/score'
import { formatSearch, parseSearch } from '../../src/url/codec'
import { CLEAN_REPORT } from '../fixtures/parse-report'

describe('URLs made by version 1 keep opening the same result', () => {
  it.each(fixtures.urls)('$name', ({ url, step, locale, recommended, share }) => {
    const parsed = parseSearch(url)
    expect(parsed.report).toEqual(CLEAN_REPORT)
    expect(parsed.step).toBe(step)
    expect(parsed.locale).toBe(locale)
    expect(
      formatSearch({ answers: parsed.answers, step: parsed.step, locale: parsed.locale! }),
    ).toBe(url)
    if (recommended) {
      const result = scoreModels(parsed.answers)
      expect(result.recommended).toBe(recommended)
      expect(result.share).toEqual(share)
    }
  })
})
