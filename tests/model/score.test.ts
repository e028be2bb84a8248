import { describe, expect, it } from 'vitest'
import {
  MODEL_IDS,
  QUESTION_IDS,
  type Answers,
  type DecisionModel,
} from '../../src/model/decision-model'
import { decisionModel } from '../../src/model/weights'
import { findSmallestFlip, reasonsFor, scoreModels } from '../../src/model/score'
import fc from 'fast-check'
import { CANONICAL_CASES } from '../fixtures/canonical-cases'
import { completeAnswersArbitrary } from '../url/arbitraries'

/** The canonical cases of PRODUCT.md, answers in step order. */
const canonical: readonly { name: string; answers: Answers; verdict: 'gpt-4' | 'chatgpt' }[] =
  CANONICAL_CASES

const question = (id: (typeof QUESTION_IDS)[number]) =>
  decisionModel.questions.find((q) => q.id === id)!
const optionIds = (id: (typeof QUESTION_IDS)[number]) => question(id).options.map((o) => o.id)

describe('the decision model data', () => {
  it('asks the five questions of PRODUCT.md in order', () => {
    expect(decisionModel.questions.map((q) => q.id)).toEqual([...QUESTION_IDS])
  })

  it('gives every option a weight for each model (0…3) and an article section with a quote', () => {
    for (const q of decisionModel.questions) {
      for (const o of q.options) {
        for (const m of MODEL_IDS) {
          expect(o.weight[m], `${q.id}.${o.id} ${m}`).toBeGreaterThanOrEqual(0)
          expect(o.weight[m], `${q.id}.${o.id} ${m}`).toBeLessThanOrEqual(3)
        }
        expect([2, 3, 4, 5, 6, 7]).toContain(o.source.section)
        expect(o.source.quote.startsWith(`s${o.source.section}-`), `${q.id}.${o.id}`).toBe(true)
      }
    }
  })

  it('uses URL-safe, unique ids', () => {
    for (const q of decisionModel.questions) {
      expect(q.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(new Set(optionIds(q.id)).size).toBe(q.options.length)
      for (const id of optionIds(q.id)) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })

  it('offers the uses listed in §3 and lets the customer-service uses lean to ChatGPT (§7)', () => {
    expect(optionIds('uses')).toHaveLength(15)
    for (const id of ['customer-support', 'service-24-7']) {
      const o = question('uses').options.find((x) => x.id === id)!
      expect(o.weight.chatgpt).toBeGreaterThan(o.weight['gpt-4'])
    }
  })
})

describe('scoreModels', () => {
  it.each(canonical)('gives the article’s verdict: $name → $verdict', ({ answers, verdict }) => {
    const result = scoreModels(answers)
    expect(result.recommended).toBe(verdict)
    expect(result.closeCall).toBe(false)
    expect(result.missing).toBeUndefined()
  })

  it('sums the chosen options’ weights × importance, dividing among the options of one question', () => {
    const result = scoreModels({ uses: ['code', 'schedules'], complexity: ['complex'] })
    // uses: (3 + 1) / 2 × 5 = 10 for GPT-4, (1 + 3) / 2 × 5 = 10 for ChatGPT; complex: 3 × 2 = 6 and 1 × 2 = 2
    expect(result.points).toEqual({ 'gpt-4': 16, chatgpt: 12 })
  })

  it('gives shares in whole percent that sum to 100', () => {
    for (const { answers } of canonical) {
      const { share, exactShare } = scoreModels(answers)
      expect(share['gpt-4'] + share.chatgpt).toBe(100)
      expect(Number.isInteger(share['gpt-4'])).toBe(true)
      expect(exactShare['gpt-4'] + exactShare.chatgpt).toBeCloseTo(100)
    }
    // 15 + 6 + 6 = 27 points against 5 + 4 + 2 = 11: 71.05 % → 71
    expect(
      scoreModels({ uses: ['code'], complexity: ['multi-step'], priority: ['safety'] }).share,
    ).toEqual({ 'gpt-4': 71, chatgpt: 29 })
    expect(scoreModels({}).share).toEqual({ 'gpt-4': 50, chatgpt: 50 })
  })

  it('is deterministic: equal inputs give equal outputs, whatever the key order', () => {
    const a = canonical[0]!.answers
    const reordered: Answers = Object.fromEntries(Object.entries(a).reverse())
    expect(scoreModels(reordered)).toEqual(scoreModels(a))
    expect(scoreModels(a)).toEqual(scoreModels(a))
  })

  it('lists contributions largest first, each with its section, summing to the points', () => {
    const result = scoreModels(canonical[3]!.answers)
    const leans = result.contributions.map((c) => Math.abs(c.lean))
    expect(leans).toEqual([...leans].sort((x, y) => y - x))
    expect(result.contributions[0]).toMatchObject({ question: 'uses', source: { section: 3 } })
    const sum = result.contributions.reduce((s, c) => s + c.points['gpt-4'], 0)
    expect(sum).toBe(result.points['gpt-4'])
  })

  it('reports which steps are answered and which required one is missing', () => {
    const result = scoreModels({ uses: ['code'], 'work-style': ['both'] })
    expect(result.answered).toEqual(['uses', 'work-style'])
    expect(result.missing).toBe('complexity')
  })

  it('throws RangeError on ids it does not know', () => {
    expect(() => scoreModels({ uses: ['nope'] })).toThrow(RangeError)
    expect(() => scoreModels({ nope: ['code'] } as unknown as Answers)).toThrow(RangeError)
  })
})

describe('the weight of the uses (PRODUCT.md: they decide unless later answers lean together)', () => {
  const gpt4Uses = question('uses')
    .options.filter((o) => o.weight['gpt-4'] === 3)
    .map((o) => o.id)
  const chatgptUses = question('uses')
    .options.filter((o) => o.weight.chatgpt === 3 && o.weight['gpt-4'] === 1)
    .map((o) => o.id)
  const later = QUESTION_IDS.filter((q) => q !== 'uses')

  it('decides when the later answers lean neither way', () => {
    expect(scoreModels({ uses: ['articles'], abilities: ['none'] }).recommended).toBe('gpt-4')
    expect(scoreModels({ uses: ['reminders'], abilities: ['none'] }).recommended).toBe('chatgpt')
  })

  it('is not overturned by any single later answer', () => {
    for (const [uses, verdict] of [
      [gpt4Uses, 'gpt-4'],
      [chatgptUses, 'chatgpt'],
    ] as const) {
      for (const q of later) {
        for (const o of question(q).options) {
          const answers: Answers = { uses: [uses[0]!], [q]: [o.id] }
          expect(scoreModels(answers).recommended, `${uses[0]} + ${q}=${o.id}`).toBe(verdict)
        }
      }
    }
  })

  it('can be overturned by three later answers that agree', () => {
    expect(
      scoreModels({
        uses: ['code'],
        complexity: ['simple'],
        'work-style': ['conversation'],
        priority: ['natural-conversation'],
      }).recommended,
    ).toBe('chatgpt')
    expect(
      scoreModels({
        uses: ['reminders'],
        complexity: ['complex'],
        'work-style': ['finished-piece'],
        priority: ['precise'],
      }).recommended,
    ).toBe('gpt-4')
  })
})

describe('close calls and ties', () => {
  /** A two-question model whose shares are set by the weights: lets the threshold be tested exactly. */
  const tiny = (gpt4: number, chatgpt: number): DecisionModel => ({
    closeCallThreshold: 10,
    questions: [
      {
        id: 'uses',
        selection: 'single',
        importance: 1,
        options: [
          {
            id: 'x',
            weight: { 'gpt-4': gpt4, chatgpt },
            source: { section: 3, quote: 's3-gpt4-content' },
          },
        ],
      },
    ],
  })

  it('calls 54.9 % against 45.1 % close, and 55 % against 45 % not', () => {
    expect(scoreModels({ uses: ['x'] }, tiny(0.549, 0.451)).closeCall).toBe(true)
    expect(scoreModels({ uses: ['x'] }, tiny(0.55, 0.45)).closeCall).toBe(false)
    expect(scoreModels({ uses: ['x'] }, tiny(0.45, 0.55)).closeCall).toBe(false)
    expect(scoreModels({ uses: ['x'] }, tiny(0.451, 0.549)).closeCall).toBe(true)
  })

  it('names a leader within the threshold', () => {
    const answers: Answers = {
      uses: ['code', 'schedules'],
      complexity: ['multi-step'],
      'work-style': ['conversation'],
      abilities: ['none'],
      priority: ['precise'],
    }
    const result = scoreModels(answers)
    expect(result.closeCall).toBe(true)
    expect(result.tie).toBe(false)
    expect(result.recommended).toBe('gpt-4')
  })

  it('breaks an exact tie by the uses, then for GPT-4', () => {
    const leansChatgpt = scoreModels({
      uses: ['articles', 'code', 'comment-replies', 'schedules', 'reminders'],
      complexity: ['multi-step'],
      abilities: ['none'],
    })
    expect(leansChatgpt.points['gpt-4']).toBe(leansChatgpt.points.chatgpt)
    expect(leansChatgpt.tie).toBe(true)
    expect(leansChatgpt.recommended).toBe('chatgpt')

    const neutralUses = scoreModels({
      uses: ['code', 'schedules'],
      complexity: ['multi-step'],
      'work-style': ['both'],
      abilities: ['none'],
      priority: ['natural-conversation'],
    })
    expect(neutralUses.tie).toBe(true)
    expect(neutralUses.recommended).toBe('gpt-4')
    expect(neutralUses.other).toBe('chatgpt')
  })
})

describe('findSmallestFlip', () => {
  it('finds the single change that flips a close result, and it does flip', () => {
    const answers: Answers = {
      uses: ['code', 'schedules'],
      complexity: ['multi-step'],
      'work-style': ['conversation'],
      abilities: ['none'],
      priority: ['precise'],
    }
    const flip = findSmallestFlip(answers)!
    expect(flip).toBeDefined()
    expect(flip.recommended).toBe('chatgpt')
    expect(scoreModels(flip.answers).recommended).toBe('chatgpt')
    // the answers differ in exactly one question
    const changed = QUESTION_IDS.filter(
      (q) => JSON.stringify(flip.answers[q]) !== JSON.stringify(answers[q]),
    )
    expect(changed).toEqual([flip.change.question])
  })

  it('picks the flip that moves the score least', () => {
    const answers: Answers = {
      uses: ['code', 'schedules'],
      complexity: ['multi-step'],
      'work-style': ['conversation'],
      abilities: ['none'],
      priority: ['precise'],
    }
    const now = scoreModels(answers)
    const flip = findSmallestFlip(answers)!
    const move = (a: Answers) => {
      const s = scoreModels(a)
      return Math.abs(
        s.points['gpt-4'] - s.points.chatgpt - (now.points['gpt-4'] - now.points.chatgpt),
      )
    }
    // every other single replacement that flips moves at least as much
    for (const q of decisionModel.questions.filter((x) => x.selection === 'single')) {
      for (const o of q.options) {
        const alt = { ...answers, [q.id]: [o.id] }
        if (scoreModels(alt).recommended !== now.recommended)
          expect(move(alt)).toBeGreaterThanOrEqual(move(flip.answers))
      }
    }
  })

  it('says no single change flips a clear result', () => {
    expect(findSmallestFlip(canonical[0]!.answers)).toBeUndefined()
  })

  it('describes replacements with the option replaced', () => {
    const flip = findSmallestFlip({
      uses: ['code', 'schedules'],
      complexity: ['simple'],
      'work-style': ['both'],
      abilities: ['none'],
      priority: ['precise'],
    })
    expect(flip).toBeDefined()
    if (flip!.change.kind === 'replace') expect(flip!.change.from).toBeDefined()
  })
})

describe('reasonsFor', () => {
  it('groups the options resting on one sentence into one reason, largest first', () => {
    const result = scoreModels({
      uses: ['articles', 'code', 'emails'],
      complexity: ['complex'],
      'work-style': ['conversation'],
      abilities: ['none'],
      priority: ['precise'],
    })
    const reasons = reasonsFor(result.contributions, 'gpt-4')
    expect(reasons[0]!.source.quote).toBe('s3-gpt4-content')
    expect(reasons[0]!.options.map((o) => o.option)).toEqual(['articles', 'code', 'emails'])
    expect(reasons.every((r) => r.lean > 0)).toBe(true)
    expect(reasonsFor(result.contributions, 'chatgpt').map((r) => r.source.quote)).toEqual([
      's2-chatgpt-dialogue',
    ])
    expect(reasonsFor(result.contributions, 'gpt-4', 1)).toHaveLength(1)
  })

  it('leaves out answers that lean to neither model', () => {
    const result = scoreModels({ uses: ['code'], abilities: ['none'] })
    const all = [
      ...reasonsFor(result.contributions, 'gpt-4'),
      ...reasonsFor(result.contributions, 'chatgpt'),
    ]
    expect(all.flatMap((r) => r.options.map((o) => o.option))).not.toContain('none')
  })
})

describe('flips from “None of these”', () => {
  it('are replacements, since ticking an ability clears “None of these”', () => {
    const flip = findSmallestFlip({
      uses: ['emails'],
      complexity: ['simple'],
      'work-style': ['conversation'],
      abilities: ['none'],
      priority: ['natural-conversation'],
    })
    // 21 against 23 points for ChatGPT; one ability instead of none adds 6 to GPT-4 and 2 to ChatGPT.
    expect(flip?.change).toEqual({
      kind: 'replace',
      question: 'abilities',
      option: 'code-generation',
      from: 'none',
    })
    expect(flip?.recommended).toBe('gpt-4')
  })
})

describe('the tie rule says which part decided', () => {
  it('uses, or the default', () => {
    expect(
      scoreModels({
        uses: ['articles', 'code', 'comment-replies', 'schedules', 'reminders'],
        complexity: ['multi-step'],
        abilities: ['none'],
      }).tieBreak,
    ).toBe('uses')
    expect(
      scoreModels({
        uses: ['code', 'schedules'],
        complexity: ['multi-step'],
        'work-style': ['both'],
        abilities: ['none'],
        priority: ['natural-conversation'],
      }).tieBreak,
    ).toBe('default')
    expect(scoreModels({ uses: ['code'] }).tieBreak).toBeUndefined()
  })
})

describe('what would change the result, for the right reason', () => {
  it('never suggests adding a ChatGPT-leaning use to reach GPT-4', () => {
    const flip = findSmallestFlip({
      uses: ['comment-replies', 'social-posts'],
      complexity: ['multi-step'],
      'work-style': ['finished-piece'],
      abilities: ['none'],
      priority: ['precise'],
    })
    expect(flip?.change).not.toMatchObject({ kind: 'add', option: 'customer-support' })
  })

  it('prefers changing an answer given to adding a use', () => {
    const flip = findSmallestFlip({
      uses: ['code'],
      complexity: ['simple'],
      'work-style': ['conversation'],
      abilities: ['code-generation'],
      priority: ['natural-conversation'],
    })
    expect(flip?.change).toEqual({
      kind: 'replace',
      question: 'abilities',
      option: 'none',
      from: 'code-generation',
    })
  })

  it('holds on 2,000 generated complete answers: every flip flips, and leans the right way', () => {
    fc.assert(
      fc.property(completeAnswersArbitrary, (answers) => {
        const now = scoreModels(answers)
        const flip = findSmallestFlip(answers)
        if (!flip) return
        expect(scoreModels(flip.answers).recommended).toBe(flip.recommended)
        expect(flip.recommended).not.toBe(now.recommended)
        const q = decisionModel.questions.find((x) => x.id === flip.change.question)!
        const w = q.options.find((o) => o.id === flip.change.option)!.weight
        const lean = (weight: typeof w, to: 'gpt-4' | 'chatgpt') =>
          weight[to] - weight[to === 'gpt-4' ? 'chatgpt' : 'gpt-4']
        if (flip.change.kind === 'remove') expect(lean(w, now.recommended)).toBeGreaterThan(0)
        else if (lean(w, flip.recommended) <= 0) {
          // a neutral option ("None of these") in place of one leaning to the current winner
          expect(lean(w, now.recommended)).toBe(0)
          expect(
            lean(q.options.find((o) => o.id === flip.change.from)!.weight, now.recommended),
          ).toBeGreaterThan(0)
        }
      }),
      { numRuns: 2_000 },
    )
  })
})

describe('the shares as the page writes them (shownShare)', () => {
  it('never writes a tie the points do not have: 28.5 against 28 points is 50.4% against 49.6%, not 50% against 50%', () => {
    const answers: Answers = {
      uses: ['code', 'customer-support'],
      complexity: ['multi-step'],
      'work-style': ['conversation'],
      abilities: ['code-generation'],
      priority: ['natural-conversation'],
    }
    const result = scoreModels(answers)
    expect(result.points).toEqual({ 'gpt-4': 28.5, chatgpt: 28 })
    expect(result.share).toEqual({ 'gpt-4': 50, chatgpt: 50 })
    expect(result.shownShare).toEqual({ 'gpt-4': 50.4, chatgpt: 49.6 })
  })

  it('counts points equal on paper as a tie, whatever the last bits of their float sums', () => {
    const result = scoreModels({
      uses: ['code', 'data-analysis', 'lab-reports', 'social-posts', 'schedules', 'reminders'],
      complexity: ['multi-step'],
      'work-style': ['both'],
      abilities: ['none'],
      priority: ['natural-conversation'],
    })
    expect(result.points['gpt-4']).toBeCloseTo(result.points.chatgpt, 9)
    expect(result.tie).toBe(true)
    expect(result.tieBreak).toBeDefined()
    expect(result.shownShare).toEqual({ 'gpt-4': 50, chatgpt: 50 })
  })

  it('is the whole percent otherwise, sums to 100, and writes shares a thousandth of a percent apart as apart, the right way round', () => {
    fc.assert(
      fc.property(completeAnswersArbitrary, (answers) => {
        const result = scoreModels(answers)
        const { 'gpt-4': gpt4, chatgpt } = result.shownShare
        expect(gpt4 + chatgpt).toBeCloseTo(100, 9)
        if (result.share['gpt-4'] !== 50 || result.tie)
          expect(result.shownShare).toEqual(result.share)
        // Shares apart by a thousandth of a percent or more are written apart, the right way round.
        const apart = result.exactShare['gpt-4'] - result.exactShare.chatgpt
        if (Math.abs(apart) >= 0.002) expect(Math.sign(gpt4 - chatgpt)).toBe(Math.sign(apart))
        else expect(gpt4).toBe(chatgpt)
      }),
      { numRuns: 2000 },
    )
  })
})
