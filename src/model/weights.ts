import type {
  ArticleTension,
  DecisionModel,
  QuestionId,
  QuoteId,
  ScoredQuestion,
  SourceSection,
  Support,
  Weight,
} from './decision-model'
import { questionModel } from './questions'

/** Leans on the 0…3 scale of {@link Weight}: one model only, so every option is monotone. */
const GPT4 = (strength: 1 | 2 | 3): Weight => ({ 'gpt-4': strength, chatgpt: 0 })
const CHATGPT = (strength: 1 | 2 | 3): Weight => ({ 'gpt-4': 0, chatgpt: strength })
/** The article draws no line between the models for this option. */
const NEITHER: Weight = { 'gpt-4': 0, chatgpt: 0 }

/** What an option counts for: its weight, and the section, sentence and kind of support behind it. */
type Scoring = readonly [weight: Weight, section: SourceSection, quote: QuoteId, support: Support]

/**
 * Per question, how much it counts and what each of its options (by id) counts for. Every line
 * quotes the sentence it rests on; `result:quotes.<id>` holds it whole, in both languages.
 */
const SCORING: Readonly<
  Record<
    QuestionId,
    { readonly importance: number; readonly options: Readonly<Record<string, Scoring>> }
  >
> = {
  uses: {
    importance: 3,
    options: {
      // §2: ChatGPT 在对话交互方面表现尤为突出，它能够理解并回应用户的问题 — not on §3's lists, but
      // the use §3 gives ChatGPT in general ("ChatGPT 更适合对话类应用"): a lean.
      chat: [CHATGPT(2), 2, 's2-chatgpt-dialogue', 'compared'],
      // §3, GPT-4's list: 内容创作：撰写文章、生成代码、撰写邮件等。 Listed only: a lean.
      articles: [GPT4(2), 3, 's3-gpt4-content', 'listed'],
      code: [GPT4(2), 3, 's3-gpt4-content', 'listed'],
      emails: [GPT4(2), 3, 's3-gpt4-content', 'listed'],
      // §2: GPT4 在……多语言理解……等复杂任务上也表现出更强的性能。
      translation: [GPT4(2), 2, 's2-gpt4-abilities', 'compared'],
      // §3, GPT-4's list: 教育：辅助教学、提供学习辅导。
      teaching: [GPT4(2), 3, 's3-gpt4-education', 'listed'],
      tutoring: [GPT4(2), 3, 's3-gpt4-education', 'listed'],
      // §3, GPT-4's list: 科研：撰写论文、数据分析、实验报告。
      papers: [GPT4(2), 3, 's3-gpt4-research', 'listed'],
      'data-analysis': [GPT4(2), 3, 's3-gpt4-research', 'listed'],
      'lab-reports': [GPT4(2), 3, 's3-gpt4-research', 'listed'],
      // §3, GPT-4's list: 商业应用：市场分析、客户支持、智能客服等。
      'market-analysis': [GPT4(2), 3, 's3-gpt4-business', 'listed'],
      // On GPT-4's list (§3), yet §7: ChatGPT 在对话交互和客户服务方面则更具优势. The conclusion
      // has the last word, so a slight lean to ChatGPT, and the result names the contradiction.
      'customer-support': [CHATGPT(1), 7, 's7-conclusion', 'conflicting'],
      // §3, ChatGPT's own list: 智能客服：提供24/7的客户服务。 and §7's edge in customer service:
      // two sentences agree.
      'service-24-7': [CHATGPT(3), 3, 's3-chatgpt-service', 'listed'],
      // §3, ChatGPT's list: 社交媒体互动：自动回复评论、生成内容。
      'comment-replies': [CHATGPT(2), 3, 's3-chatgpt-social', 'listed'],
      'social-posts': [CHATGPT(2), 3, 's3-chatgpt-social', 'listed'],
      // §3, ChatGPT's list: 虚拟助手：帮助用户管理日程、设置提醒等。
      schedules: [CHATGPT(2), 3, 's3-chatgpt-assistant', 'listed'],
      reminders: [CHATGPT(2), 3, 's3-chatgpt-assistant', 'listed'],
    },
  },
  complexity: {
    importance: 1,
    options: {
      // §5: ChatGPT 在对话交互方面也表现出色，能够理解用户的问题并进行有效回应。 "也": GPT-4 does
      // well too, and the limit that follows is about complex questions: a slight lean.
      simple: [CHATGPT(1), 5, 's5-chatgpt-answers', 'also'],
      // §3: GPT4 的能力更为全面，能够胜任更多复杂任务 — a general claim, not about steps: slight.
      'multi-step': [GPT4(1), 3, 's3-gpt4-all-round', 'compared'],
      // §2: 尤其是在处理复杂、多层、跨领域的任务时，其 [ChatGPT] 表现不如 GPT4; §5 says it again and
      // §6 calls GPT-4 "更优选择" for complex tasks: three sentences agree.
      complex: [GPT4(3), 2, 's2-chatgpt-limits', 'compared'],
    },
  },
  'work-style': {
    importance: 1,
    options: {
      // §6: 如果需要进行对话交互，ChatGPT 也是不错的选择 — "also a good choice", against GPT-4's
      // "更优选择" for complex tasks; §5 credits GPT-4 with multi-turn dialogue too: a slight lean.
      conversation: [CHATGPT(1), 6, 's6-dialogue', 'also'],
      // The article never contrasts one-shot work with conversation (§3: 两者都能在各自领域发挥重要作用).
      'finished-piece': [NEITHER, 3, 's3-both', 'neither'],
      both: [NEITHER, 3, 's3-both', 'neither'],
    },
  },
  abilities: {
    importance: 1,
    options: {
      // §2: GPT4 在代码生成、数学推理、多语言理解、逻辑推理等复杂任务上也表现出更强的性能。
      'code-generation': [GPT4(2), 2, 's2-gpt4-abilities', 'compared'],
      'math-reasoning': [GPT4(2), 2, 's2-gpt4-abilities', 'compared'],
      multilingual: [GPT4(2), 2, 's2-gpt4-abilities', 'compared'],
      'logical-reasoning': [GPT4(2), 2, 's2-gpt4-abilities', 'compared'],
      // §4: FewShot Learning 等，使得模型在面对新任务时能够更快地适应和学习 — and ChatGPT 也在……
      // 优化策略上进行了改进: a slight lean. (§4's training-set size is not used.)
      'few-shot': [GPT4(1), 4, 's4-gpt4-few-shot', 'also'],
      none: [NEITHER, 3, 's3-both', 'neither'],
    },
  },
  priority: {
    importance: 1,
    options: {
      // §5: 用户在使用 GPT4 时，可以得到更精准、更符合语境的回答
      precise: [GPT4(2), 5, 's5-gpt4-precise', 'compared'],
      // §2: ChatGPT 在对话交互方面表现尤为突出; but §5 says GPT-4 too 生成自然流畅的文本 and holds
      // multi-turn dialogue: a slight lean.
      'natural-conversation': [CHATGPT(1), 2, 's2-chatgpt-dialogue', 'also'],
      // §6: GPT4 …… 采用了更严格的伦理审查机制 …… 而 ChatGPT 也在不断优化其内容生成策略: slight.
      safety: [GPT4(1), 6, 's6-safety', 'also'],
    },
  },
}

/** The contradictions of the article that a result names (see {@link ArticleTension}). */
const TENSIONS: readonly ArticleTension[] = [
  {
    // §3 lists 客户支持、智能客服 for GPT-4 and 智能客服 for ChatGPT; §7 gives ChatGPT the edge.
    id: 'customer-service',
    sections: [3, 7],
    options: [
      { question: 'uses', option: 'customer-support' },
      { question: 'uses', option: 'service-24-7' },
    ],
  },
  {
    // §1: ChatGPT 在对话交互、上下文理解等方面表现更佳; §5: GPT4 …… 更符合语境的回答.
    id: 'context',
    sections: [1, 5],
    options: [
      { question: 'work-style', option: 'conversation' },
      { question: 'priority', option: 'natural-conversation' },
      { question: 'priority', option: 'precise' },
    ],
  },
]

/**
 * The decision model of the wizard, built from the source article: the questions of
 * `src/model/questions.ts`, each with its importance and its options' one-sided weights and sources.
 *
 * - `uses` (importance 3): §3's two scenario lists, §2's dialogue and multilingual sentences. A
 *   listed use is a lean (2); round-the-clock customer service is on ChatGPT's list and has §7's
 *   edge (3); customer support is on GPT-4's list but §7 gives ChatGPT the edge (1, named).
 * - `complexity`, `work-style`, `abilities`, `priority` (importance 1): §2–§6, mostly slight leans,
 *   because the article says the other model "also" does well; "complex" is the one claim three
 *   sections agree on (3).
 * - Each model starts with 4 points (§3: both serve their own fields).
 *
 * With these numbers one listed use (6 points) outweighs any single later answer (at most 4: the
 * abilities, all ticked) while two later answers together can overturn it; the tests check this
 * over the whole answer space.
 *
 * @throws Error when the module loads, if a question's options and its scoring here do not name the
 *   same option ids, or a weight is not one-sided.
 */
export const decisionModel: DecisionModel = {
  basePoints: 4,
  closeCallThreshold: 10,
  tensions: TENSIONS,
  questions: questionModel.questions.map((question): ScoredQuestion => {
    const { importance, options } = SCORING[question.id]
    const ids = question.options.map((o) => o.id)
    if (
      ids.length !== Object.keys(options).length ||
      ids.some((id) => !Object.hasOwn(options, id))
    ) {
      throw new Error(
        `The scoring of question ${question.id} does not name its options: ${ids.join(', ')}`,
      )
    }
    return {
      ...question,
      importance,
      options: question.options.map((option) => {
        const [weight, section, quote, support] = options[option.id]!
        if (weight['gpt-4'] > 0 && weight.chatgpt > 0)
          throw new Error(`The weight of ${question.id}=${option.id} is not one-sided`)
        return { ...option, weight, source: { section, quote, support } }
      }),
    }
  }),
}
