// The browser the tests drive: Playwright's own disabled features are kept (Chromium keeps only the
// last `--disable-features` of its command line, and ours comes last), and the browser's omnibox
// pop-up pages, which would load in every new context alongside the page under test, are off.
import { expect, test } from '@playwright/test'

test('the last --disable-features keeps every feature an earlier one disables, and no omnibox pop-up page loads', async ({
  browser,
  page,
}) => {
  await page.goto('chrome://version')
  const args = (await page.locator('#command_line').textContent())?.split(/\s+/) ?? []
  const lists = args
    .filter((a) => a.startsWith('--disable-features='))
    .map((a) => a.slice('--disable-features='.length).split(','))
  expect(lists.length).toBeGreaterThan(1) // Playwright's, then ours
  const effective = lists[lists.length - 1]
  for (const list of lists) expect(effective).toEqual(expect.arrayContaining(list))
  const cdp = await browser.newBrowserCDPSession()
  try {
    const { targetInfos } = await cdp.send('Target.getTargets')
    expect(
      targetInfos.map((t) => t.url).filter((url) => url.startsWith('chrome://omnibox-popup')),
    ).toEqual([])
  } finally {
    await cdp.detach()
  }
})
