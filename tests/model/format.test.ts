import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../src/model/locale'
import { formatPoints } from '../../src/model/format'

const intl = Object.fromEntries(LOCALES.map((l) => [l, new Intl.NumberFormat(l, { maximumFractionDigits: 1 })]))

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
      fc.array(fc.record({ weight: fc.integer({ min: 0, max: 3 }), importance: fc.constantFrom(2, 5), chosen: fc.integer({ min: 1, max: 15 }) }), { maxLength: 12 }).map((parts) =>
        parts.reduce((sum, p) => sum + (p.weight * p.importance) / p.chosen, 0),
      ),
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
