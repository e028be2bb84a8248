/**
 * Number formatting for the result page, without `Intl`: the first `Intl.NumberFormat` a page
 * builds loads the browser's locale data, which blocked the step to the result for 40–120 ms on a
 * slow machine. Both interface locales (`en`, `zh-CN`) write numbers the same way (Western digits,
 * `.` before the decimals, `,` between thousands), so one formatter serves both; the tests check it
 * against `Intl.NumberFormat` in both locales.
 */

/**
 * Points with at most one decimal, as `Intl.NumberFormat(locale, { maximumFractionDigits: 1 })`
 * writes them in `en` and `zh-CN`: rounded half away from zero on the number's shortest decimal
 * form (`1.15` → `"1.2"`, `2.04` → `"2"`), no trailing zero, thousands grouped (`"1,234.5"`).
 *
 * @param points any number; the scoring gives finite points ≥ 0. Negative numbers get a leading
 *   `-` unless they round to zero (`-0.04` → `"-0"`, as Intl writes it). Fallback: `NaN` →
 *   `"NaN"`, ±Infinity → `"∞"` / `"-∞"`. Never throws.
 */
export function formatPoints(points: number): string {
  if (Number.isNaN(points)) return 'NaN'
  const sign = points < 0 || Object.is(points, -0) ? '-' : ''
  if (!Number.isFinite(points)) return `${sign}∞`
  const tenths = roundedTenths(Math.abs(points))
  const wholePart = (tenths / 10n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const decimal = tenths % 10n
  return `${sign}${wholePart}${decimal === 0n ? '' : `.${decimal}`}`
}

/** `value` (finite, ≥ 0) in tenths, rounded as {@link formatPoints} rounds it (`1.15` → `12n`). */
function roundedTenths(value: number): bigint {
  // The shortest decimal form that reads back as the same number: what Intl rounds, too.
  const [whole = '0', fraction = ''] = decimalString(value).split('.')
  return BigInt(whole) * 10n + BigInt(fraction[0] ?? '0') + ((fraction[1] ?? '0') >= '5' ? 1n : 0n)
}

/**
 * The rows of a table column rounded to tenths so that, shown with {@link formatPoints}, they add
 * up to its total shown the same way (`[1/3, 1/3, 1/3]` with total 1 → `[0.4, 0.3, 0.3]`, not three
 * 0.3 against a total of 1). Each row is rounded down to tenths; the tenths still missing go to the
 * rows with the largest remainders, the earlier row first on a tie (the largest-remainder method);
 * should the rows hold more than the total, the rows with the smallest remainders give one back.
 *
 * @param rows finite points ≥ 0, in table order.
 * @param total the column's exact total (normally the rows' sum), finite and ≥ 0.
 * @returns the rounded rows, same order, each a multiple of 0.1 within 0.1 of its exact value.
 */
export function roundRowsToTotal(rows: readonly number[], total: number): number[] {
  const floors = rows.map((row) => {
    const rounded = roundedTenths(row)
    // Rounded down: one tenth less when rounding went up.
    return Number(rounded) / 10 > row ? rounded - 1n : rounded
  })
  const byRemainder = rows
    .map((row, i) => ({ i, remainder: row * 10 - Number(floors[i]) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i)
  let missing = roundedTenths(total) - floors.reduce((sum, f) => sum + f, 0n)
  for (const { i } of byRemainder) {
    if (missing <= 0n) break
    floors[i]! += 1n
    missing -= 1n
  }
  for (const { i } of byRemainder.reverse()) {
    if (missing >= 0n) break
    if (floors[i]! > 0n) {
      floors[i]! -= 1n
      missing += 1n
    }
  }
  return floors.map((f) => Number(f) / 10)
}

/** `value` (finite, ≥ 0) in positional notation, shortest form (`1e-7` → `"0.0000001"`). */
function decimalString(value: number): string {
  const text = String(value)
  if (!text.includes('e')) return text
  const [mantissa = '0', exponentText = '0'] = text.split('e')
  const exponent = Number(exponentText)
  const [int = '0', frac = ''] = mantissa.split('.')
  const digits = int + frac
  const point = int.length + exponent
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length)
  return `${digits.slice(0, point)}.${digits.slice(point)}`
}
