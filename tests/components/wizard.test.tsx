import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import en from '../../locales/en/model.json'
import zh from '../../locales/zh-CN/model.json'
import zhCommon from '../../locales/zh-CN/common.json'
import { wizardStore } from '../../src/store/wizard-store'
import { renderApp } from './render-app'

let unmount: (() => void) | undefined
afterEach(() => {
  unmount?.()
  unmount = undefined
})

async function start(
  url?: string,
  languages?: string[],
  schedule?: Parameters<typeof renderApp>[2],
) {
  const view = await renderApp(url, languages, schedule)
  unmount = view.unmount
  return userEvent.setup()
}

type Texts = typeof en
/** Ticks the options (by their visible label) and presses Continue. */
async function answer(
  user: ReturnType<typeof userEvent.setup>,
  texts: Texts,
  continueLabel: string,
  question: keyof Texts['options'],
  options: string[],
) {
  for (const option of options) {
    await user.click(
      screen.getByLabelText((texts.options[question] as Record<string, string>)[option]!),
    )
  }
  await user.click(screen.getByRole('button', { name: continueLabel }))
}

describe('the wizard, as a person uses it', () => {
  it('completes in English and recommends GPT-4 for writing code on complex problems', async () => {
    const user = await start()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Step 1 of 5')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.questions.uses.title)
    expect(screen.queryByRole('link', { name: 'Back' })).not.toBeInTheDocument()
    await answer(user, en, 'Continue', 'uses', ['code'])
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Step 2 of 5')
    expect(screen.getByRole('link', { name: 'Back' })).toBeInTheDocument()
    await answer(user, en, 'Continue', 'complexity', ['complex'])
    await answer(user, en, 'Continue', 'work-style', ['finished-piece'])
    await answer(user, en, 'Continue', 'abilities', ['code-generation', 'logical-reasoning'])
    await answer(user, en, 'See the result', 'priority', ['precise'])
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Recommended: GPT-4' }),
    ).toBeInTheDocument()
    // The rest of the page follows the verdict in a render of its own.
    expect(await screen.findByText('GPT-4: 82% of the points')).toBeInTheDocument()
    expect(screen.getAllByText(/Article §3/).length).toBeGreaterThan(0)
    expect(screen.getByRole('heading', { name: 'About the source' })).toBeInTheDocument()
    // The title follows in an effect, which React may run just after the lazily loaded view's commit.
    await waitFor(() => expect(document.title).toBe('Recommended: GPT-4 – GPT-4 or ChatGPT?'))
    expect(window.location.search).toBe(
      '?v=1&lang=en&step=result&uses=code&complexity=complex&work-style=finished-piece&abilities=code-generation,logical-reasoning&priority=precise',
    )
  })

  it('completes in Chinese and recommends ChatGPT for schedules and reminders', async () => {
    const user = await start('/', ['zh-CN'])
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('第 1 步，共 5 步')
    await answer(user, zh, '继续', 'uses', ['schedules', 'reminders'])
    await answer(user, zh, '继续', 'complexity', ['simple'])
    await answer(user, zh, '继续', 'work-style', ['conversation'])
    await answer(user, zh, '继续', 'abilities', ['none'])
    await answer(user, zh, '查看结果', 'priority', ['natural-conversation'])
    expect(
      await screen.findByRole('heading', { level: 1, name: '推荐：ChatGPT' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: '关于信息来源' })).toBeInTheDocument()
  })

  it('shows a clear error when Continue is pressed without an answer', async () => {
    const user = await start()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('There is a problem')
    expect(
      within(alert).getByRole('link', { name: 'Select at least one option' }),
    ).toBeInTheDocument()
    expect(alert).toHaveFocus()
    await waitFor(() => expect(document.title.startsWith('Error: ')).toBe(true))
    expect(
      screen.getByRole('group', { name: /What do you want to use it for/ }),
    ).toHaveAccessibleDescription(/Select all that apply .*Select at least one option/)
    await user.click(within(alert).getByRole('link'))
    expect(screen.getByLabelText(en.options.uses.chat)).toHaveFocus()
    // Ticking an option leaves the error where it is (nothing moves under the pointer) until Continue.
    await user.click(screen.getByLabelText(en.options.uses.articles))
    expect(screen.getByRole('alert')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Step 2 of 5')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    await waitFor(() => expect(document.title.startsWith('Error: ')).toBe(false))
  })

  it('moves exactly one step on a double click of Continue', async () => {
    const user = await start()
    await user.click(screen.getByLabelText(en.options.uses.code))
    await user.dblClick(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Step 2 of 5')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('keeps the answers when going Back, and focuses the question', async () => {
    const user = await start()
    await answer(user, en, 'Continue', 'uses', ['papers', 'lab-reports'])
    await answer(user, en, 'Continue', 'complexity', ['multi-step'])
    await user.click(screen.getByRole('link', { name: 'Back' }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus()
    expect(screen.getByLabelText(en.options.complexity['multi-step'])).toBeChecked()
    await user.click(screen.getByRole('link', { name: 'Back' }))
    expect(screen.getByLabelText(en.options.uses.papers)).toBeChecked()
    expect(screen.getByLabelText(en.options.uses['lab-reports'])).toBeChecked()
    expect(screen.getByLabelText(en.options.uses.code)).not.toBeChecked()
  })

  it('tells the two customer-service uses apart by who answers, in both languages', async () => {
    await start()
    expect(screen.getByLabelText(en.options.uses['customer-support'])).toHaveAccessibleDescription(
      en.optionHints.uses['customer-support'],
    )
    expect(screen.getByLabelText(en.options.uses['service-24-7'])).toHaveAccessibleDescription(
      en.optionHints.uses['service-24-7'],
    )
    unmount?.()
    await start('/', ['zh-CN'])
    expect(screen.getByLabelText(zh.options.uses['service-24-7'])).toHaveAccessibleDescription(
      '由自动助手全天候回复客户',
    )
    expect(screen.getByLabelText(zh.options.uses.code)).not.toHaveAccessibleDescription()
  })

  it('makes “None of these” exclusive', async () => {
    const user = await start('/?uses=code&complexity=simple&work-style=both&step=abilities')
    await user.click(screen.getByLabelText(en.options.abilities.multilingual))
    await user.click(screen.getByLabelText(en.options.abilities.none))
    expect(screen.getByLabelText(en.options.abilities.multilingual)).not.toBeChecked()
    await user.click(screen.getByLabelText(en.options.abilities['few-shot']))
    expect(screen.getByLabelText(en.options.abilities.none)).not.toBeChecked()
  })
})

/**
 * Queries inside the page's `<main>`: the header's language switch has a status line of its own,
 * always in the page (empty) so that what it says is announced.
 */
const inMain = () => within(screen.getByRole('main'))

const resultUrl =
  '/?v=1&lang=en&step=result&uses=papers,data-analysis&complexity=complex&work-style=both&abilities=math-reasoning,logical-reasoning&priority=precise'

describe('the result page', () => {
  it('keeps the result when the language is switched, and sets <html lang>', async () => {
    const user = await start(resultUrl)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Recommended: GPT-4' }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: '中文' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: '推荐：GPT-4' }),
    ).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(window.location.search).toBe(resultUrl.slice(1).replace('lang=en', 'lang=zh-CN'))
    await user.click(screen.getByRole('link', { name: 'English' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Recommended: GPT-4' }),
    ).toBeInTheDocument()
  })

  it('opens a step from its Change link and returns straight to the result after Continue', async () => {
    const user = await start(resultUrl)
    await screen.findByRole('heading', { level: 1, name: 'Recommended: GPT-4' })
    await user.click(screen.getByRole('link', { name: 'Change your answer to “Way of working”' }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      en.questions['work-style'].title,
    )
    expect(screen.getByLabelText(en.options['work-style'].both)).toBeChecked()
    await user.click(screen.getByLabelText(en.options['work-style'].conversation))
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'See the result' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Recommended: GPT-4' }),
    ).toHaveFocus()
    expect(
      screen.getByText(en.options['work-style'].conversation, { selector: 'dd' }),
    ).toBeInTheDocument()
  })

  it('after a Change and Back, walks the questions again in order, with Continue', async () => {
    const user = await start(resultUrl)
    await screen.findByRole('heading', { level: 1, name: 'Recommended: GPT-4' })
    await user.click(screen.getByRole('link', { name: 'Change your answer to “Way of working”' }))
    await user.click(screen.getByRole('link', { name: 'Back' }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      en.questions.complexity.title,
    )
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      en.questions['work-style'].title,
    )
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      en.questions.abilities.title,
    )
  })

  it('names the last question’s button for where it leads, in both languages', async () => {
    await start(
      '/?v=1&lang=zh-CN&step=priority&uses=code&complexity=complex&work-style=both&abilities=none',
    )
    expect(screen.getByRole('button', { name: '查看结果' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '继续' })).not.toBeInTheDocument()
  })

  it('says plainly when it is a close call, and what single change would flip it', async () => {
    await start(
      '/?v=1&lang=en&step=result&uses=code,schedules&complexity=multi-step&work-style=conversation&abilities=none&priority=precise',
    )
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Recommended: GPT-4' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/It is a close call/)).toBeInTheDocument()
    const flip = screen.getByRole('heading', {
      name: 'What would change the result',
    }).nextElementSibling
    expect(flip).toHaveTextContent(/ChatGPT would come out ahead/)
  })

  it('shows the article’s sentence behind a reason: the Chinese original and an English rendering', async () => {
    await start(resultUrl)
    await screen.findByRole('heading', { level: 1, name: 'Recommended: GPT-4' })
    const source = screen
      .getAllByText(/Article §3, Differences in applications/)[0]!
      .closest('details')!
    expect(within(source).getByText('科研：撰写论文、数据分析、实验报告。')).toHaveAttribute(
      'lang',
      'zh-CN',
    )
    expect(
      within(source).getByText('Research: writing papers, data analysis, lab reports.'),
    ).toBeInTheDocument()
  })

  it('marks the Chinese title of the article as Chinese on the English page', async () => {
    await start(resultUrl)
    await screen.findByRole('heading', { level: 1, name: 'Recommended: GPT-4' })
    const title = screen.getByText('GPT4 和 ChatGPT：揭秘两者间的惊人差距！')
    expect(title).toHaveAttribute('lang', 'zh-CN')
    expect(title.parentElement).toHaveTextContent(
      /^This recommendation follows one article only, “GPT4 和 ChatGPT：揭秘两者间的惊人差距！” \(GPT-4 and ChatGPT/,
    )
  })

  it('copies the link and announces it', async () => {
    const user = await start(resultUrl)
    await screen.findByRole('heading', { level: 1, name: 'Recommended: GPT-4' })
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await inMain().findByRole('status')).toHaveTextContent('Link copied.')
    expect(await navigator.clipboard.readText()).toBe(window.location.href)
  })

  it('copies the result’s own address while the address bar has not caught up yet', async () => {
    // As in the browser, where the address follows a change only once it is painted.
    const user = await start(resultUrl, undefined, () => undefined)
    await screen.findByRole('heading', { level: 1, name: 'Recommended: GPT-4' })
    await user.click(screen.getByRole('link', { name: '中文' }))
    await screen.findByRole('heading', { level: 1, name: '推荐：GPT-4' })
    expect(window.location.search).toContain('lang=en')
    await user.click(screen.getByRole('button', { name: '复制链接' }))
    expect(await navigator.clipboard.readText()).toBe(
      window.location.href.replace('lang=en', 'lang=zh-CN'),
    )
  })

  it('copies a plain-text summary with the verdict, shares, reasons with § and the link', async () => {
    const user = await start(resultUrl.replace('lang=en', 'lang=zh-CN'))
    await screen.findByRole('heading', { level: 1, name: '推荐：GPT-4' })
    await user.click(screen.getByRole('button', { name: '复制摘要' }))
    const text = await navigator.clipboard.readText()
    expect(text).toContain('推荐：GPT-4')
    expect(text).toContain('得分占 ')
    expect(text).toContain('（原文第 3 节')
    // The answers and what would change the result travel with it.
    expect(text).toContain('你的回答：')
    expect(text).toContain('- 用途：')
    expect(text).toContain('换个回答，结果会变吗：')
    expect(text).toContain(window.location.href)
  })

  it('says at the top which model fits each use when the uses point to different models, in both languages', async () => {
    const mixed =
      '/?v=1&lang=en&step=result&uses=papers,reminders&complexity=multi-step&work-style=both&abilities=none&priority=precise'
    let user = await start(mixed)
    await screen.findByRole('heading', { level: 1, name: 'Recommended: GPT-4' })
    const english =
      'Your uses point to different models. Given your other answers: GPT-4 for writing papers; ChatGPT for setting reminders.'
    expect(screen.getByText(english)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Copy summary' }))
    expect(await navigator.clipboard.readText()).toContain(
      'Per use: GPT-4 for writing papers; ChatGPT for setting reminders.',
    )
    unmount?.()
    user = await start(mixed.replace('lang=en', 'lang=zh-CN'))
    await screen.findByRole('heading', { level: 1, name: '推荐：GPT-4' })
    expect(
      screen.getByText(
        '你的几种用途指向不同的模型。结合你的其他回答：撰写论文更适合用 GPT-4；设置提醒更适合用 ChatGPT。',
      ),
    ).toBeInTheDocument()
  })

  it('has no per-use sentence when every use points the same way', async () => {
    await start(resultUrl)
    await screen.findByRole('heading', { level: 1, name: 'Recommended: GPT-4' })
    expect(screen.queryByText(/Your uses point to different models/)).not.toBeInTheDocument()
  })

  it('falls back to a selectable link where the Clipboard API is missing', async () => {
    const user = await start(resultUrl)
    await screen.findByRole('heading', { level: 1, name: 'Recommended: GPT-4' })
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await inMain().findByRole('status')).toHaveTextContent(
      'Copying is not available here. Select the link and copy it yourself.',
    )
    expect(screen.getByLabelText('Link to this result')).toHaveValue(window.location.href)
  })

  it('offers the summary to copy by hand where the Clipboard API is missing', async () => {
    const user = await start(resultUrl)
    await screen.findByRole('heading', { level: 1, name: 'Recommended: GPT-4' })
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
    await user.click(screen.getByRole('button', { name: 'Copy summary' }))
    expect(await inMain().findByRole('status')).toHaveTextContent(
      'Copying is not available here. Select the summary and copy it yourself.',
    )
    const summary = screen.getByLabelText<HTMLTextAreaElement>('Summary of this result')
    expect(summary.value).toContain('Recommended: GPT-4')
    expect(summary.value).toContain('(Article §3, Differences in applications and use cases)')
  })

  it('states which part of the tie rule decided a tie', async () => {
    await start(
      '/?v=1&lang=en&step=result&uses=code,schedules&complexity=multi-step&work-style=both&abilities=none&priority=natural-conversation',
    )
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Recommended: GPT-4' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/your uses lean to neither/)).toBeInTheDocument()
  })

  it('starts again from the first step, keeping the language', async () => {
    const user = await start(resultUrl)
    await screen.findByRole('heading', { level: 1, name: 'Recommended: GPT-4' })
    await user.click(screen.getByRole('link', { name: 'Start again' }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Step 1 of 5')
    expect(wizardStore.getState().answers).toEqual({})
  })
})

describe('the next question, prepared while the person answers', () => {
  /** The `<h1>` of every question in the DOM, shown or not (the prepared one is hidden). */
  const headingsInDom = (container: HTMLElement) => [...container.querySelectorAll('h1')]

  it('is hidden from sight and from assistive technology, and is the very page Continue shows', async () => {
    const user = await start()
    const main = screen.getByRole('main')
    await waitFor(() => expect(headingsInDom(main)).toHaveLength(2))
    const prepared = headingsInDom(main)[1]!
    expect(prepared).toHaveTextContent(en.questions.complexity.title)
    expect(prepared).not.toBeVisible()
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(screen.getAllByRole('button', { name: 'Continue' })).toHaveLength(1)
    expect(screen.getByLabelText(en.options.complexity.simple)).not.toBeVisible()
    await answer(user, en, 'Continue', 'uses', ['code'])
    expect(screen.getByRole('heading', { level: 1 })).toBe(prepared)
    expect(prepared).toBeVisible()
    expect(prepared).toHaveFocus()
    await waitFor(() =>
      expect(document.title).toBe(
        `${en.questions.complexity.title} – Step 2 of 5 – GPT-4 or ChatGPT?`,
      ),
    )
    // And the one after it is prepared in turn.
    await waitFor(() =>
      expect(headingsInDom(main).map((h) => h.textContent)).toEqual([
        expect.stringContaining(en.questions.complexity.title),
        expect.stringContaining(en.questions['work-style'].title),
      ]),
    )
  })

  it('shows in the language picked after it was prepared', async () => {
    const user = await start()
    await waitFor(() => expect(headingsInDom(screen.getByRole('main'))).toHaveLength(2))
    await user.click(screen.getByRole('link', { name: '中文' }))
    await answer(user, zh, '继续', 'uses', ['code'])
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      `第 2 步，共 5 步 – ${zh.questions.complexity.title}`,
    )
    expect(screen.getByLabelText(zh.options.complexity.simple)).toBeVisible()
  })

  it('comes without the error of an earlier visit', async () => {
    const user = await start()
    await answer(user, en, 'Continue', 'uses', ['code'])
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByRole('alert')).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Back' }))
    await waitFor(() => expect(headingsInDom(screen.getByRole('main'))).toHaveLength(2))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      en.questions.complexity.title,
    )
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('has a Back link that carries the answers given since it was prepared', async () => {
    const user = await start()
    await waitFor(() => expect(headingsInDom(screen.getByRole('main'))).toHaveLength(2))
    await answer(user, en, 'Continue', 'uses', ['code', 'papers'])
    // As soon as the step is shown: what assistive technology's list of links reads.
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      '?v=1&lang=en&step=uses&uses=code,papers',
    )
    await user.click(screen.getByLabelText(en.options.complexity.simple))
    await user.hover(screen.getByRole('link', { name: 'Back' }))
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      '?v=1&lang=en&step=uses&uses=code,papers&complexity=simple',
    )
  })
})

describe('a URL that lost something', () => {
  it('says what was dropped in one sentence and opens the first step that needs an answer', async () => {
    await start('/?v=1&lang=en&step=result&uses=code,hacking&complexity=extreme')
    expect(inMain().getByRole('status')).toHaveTextContent(
      'Parts of the link could not be read and were left out (in: Uses, Task complexity).',
    )
    expect(inMain().getByRole('status')).toHaveTextContent(
      'The link does not hold all the answers yet',
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      en.questions.complexity.title,
    )
    expect(window.location.search).toBe('?v=1&lang=en&step=complexity&uses=code')
  })

  it('says so when the link names a page the wizard does not have, and opens where its answers lead', async () => {
    await start('/?v=1&lang=zh-CN&step=summary&uses=code')
    expect(inMain().getByRole('status')).toHaveTextContent(zhCommon.notices.unknownStep)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      zh.questions.complexity.title,
    )
    expect(window.location.search).toBe('?v=1&lang=zh-CN&step=complexity&uses=code')
  })

  it('once dismissed, is gone and leaves focus on the question, not on the page', async () => {
    const user = await start('/?v=1&lang=fr&step=uses')
    await user.click(within(inMain().getByRole('status')).getByRole('button', { name: 'Dismiss' }))
    expect(inMain().queryByRole('status')).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus()
  })

  it('shows no raw text from the URL', async () => {
    await start('/?lang=<b>x</b>&uses=<img src=x onerror=alert(1)>&step=<script>')
    expect(document.body.innerHTML).not.toContain('<img src=x')
    expect(document.body.innerHTML).not.toContain('<script>')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.questions.uses.title)
  })
})

describe('render errors', () => {
  it('are caught with a friendly page in the current language, the address left on the failing step', async () => {
    await start('/?v=1&lang=zh-CN&uses=code')
    const errors = console.error
    console.error = () => undefined
    try {
      act(() => {
        // An answer the model cannot score reaches the views only through a bug; simulate one.
        wizardStore.setState({ step: 'result', answers: { uses: ['no-such-option'] } })
      })
      expect(await screen.findByRole('heading', { level: 1, name: '出错了' })).toBeInTheDocument()
    } finally {
      console.error = errors
    }
    expect(screen.getByRole('link', { name: '重新开始' })).toHaveAttribute(
      'href',
      '?v=1&lang=zh-CN&step=uses',
    )
    // The error page moves nowhere itself: the address still names the step and language the
    // error happened on (a reload tries that step again); only Start again leads to the start.
    const params = new URLSearchParams(window.location.search)
    expect(params.get('step')).toBe('result')
    expect(params.get('lang')).toBe('zh-CN')
  })
})
