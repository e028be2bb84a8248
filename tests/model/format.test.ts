import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../src/model/locale'
import { formatPoints, roundRowsToTotal } from '../../src/model/format'
import { scoreModels } from '../../src/model/score'

const intl = Object.fromEntries(
  LOCALES.map((l) => [l, new Intl.NumberFormat(l, { maximumFractionDigits: 1 })]),
)

describe('formatPoints (the numbers in the result table)', () => {
  it.each([
    [0, '0'],
    [2, '2'],
    [2.04, '2'],
    [1.15, '1.2'],
    [1.25, '1.3'],
    [0.625, '0.6'],
    [15 / 7, '2.1'],
    [9.96, '10'],
    [1234.5, '1,234.5'],
    [1e-7, '0'],
    [-0.04, '-0'],
    [-2.25, '-2.3'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, '∞'],
  ])('writes %d as %j', (points, text) => {
    expect(formatPoints(points)).toBe(text)
  })

  it('writes every number as Intl.NumberFormat does in both interface languages', () => {
    const points = fc.oneof(
      // What the scoring adds up: weight 0…3 × importance 2 or 5 ÷ options chosen, summed.
      fc
        .array(
          fc.record({
            weight: fc.integer({ min: 0, max: 3 }),
            importance: fc.constantFrom(2, 5),
            chosen: fc.integer({ min: 1, max: 15 }),
          }),
          { maxLength: 12 },
        )
        .map((parts) => parts.reduce((sum, p) => sum + (p.weight * p.importance) / p.chosen, 0)),
      // Halves at the rounding digit, where binary and decimal disagree most.
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
      fc.double({ noNaN: true }),
    )
    fc.assert(
      fc.property(points, (p) => {
        for (const locale of LOCALES) expect(formatPoints(p)).toBe(intl[locale]!.format(p))
      }),
      { numRuns: 20_000 },
    )
  })
})

/** Tenths of a number shown by formatPoints (`"1,234.5"` → 12345). */
const shownTenths = (n: number) => Math.round(Number(formatPoints(n).replace(/,/g, '')) * 10)

describe('roundRowsToTotal (the rows of the result table)', () => {
  it('makes the rows add up to the total as shown', () => {
    expect(roundRowsToTotal([1 / 3, 1 / 3, 1 / 3], 1)).toEqual([0.4, 0.3, 0.3])
    expect(roundRowsToTotal([5 / 3, 5 / 3, 5 / 3], 5)).toEqual([1.7, 1.7, 1.6])
    expect(roundRowsToTotal([0.25, 0.25], 0.5)).toEqual([0.3, 0.2])
    expect(roundRowsToTotal([2, 0, 1.5], 3.5)).toEqual([2, 0, 1.5])
    expect(roundRowsToTotal([], 0)).toEqual([])
  })

  it('keeps every row within a tenth of its points, and the rows’ sum equal to the shown total (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 3000 }).map((n) => n / 30),
          { maxLength: 20 },
        ),
        (rows) => {
          const total = rows.reduce((a, b) => a + b, 0)
          const rounded = roundRowsToTotal(rows, total)
          expect(rounded).toHaveLength(rows.length)
          rounded.forEach((r, i) => expect(Math.abs(r - rows[i]!)).toBeLessThan(0.1 + 1e-9))
          expect(rounded.reduce((sum, r) => sum + shownTenths(r), 0)).toBe(shownTenths(total))
        },
      ),
      { numRuns: 5_000 },
    )
  })

  it('adds up on the result a tester found off by a tenth in both columns', () => {
    const result = scoreModels({
      uses: ['code', 'comment-replies', 'schedules'],
      complexity: ['complex'],
      'work-style': ['both'],
      abilities: ['math-reasoning', 'multilingual', 'few-shot'],
      priority: ['natural-conversation'],
    })
    for (const model of ['gpt-4', 'chatgpt'] as const) {
      const rows = roundRowsToTotal(
        result.contributions.map((c) => c.points[model]),
        result.points[model],
      )
      expect(rows.reduce((sum, r) => sum + shownTenths(r), 0)).toBe(
        shownTenths(result.points[model]),
      )
    }
  })
})
