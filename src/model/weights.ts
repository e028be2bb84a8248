import type {
  DecisionModel,
  QuestionId,
  QuoteId,
  ScoredQuestion,
  SourceSection,
  Weight,
} from './decision-model'
import { questionModel } from './questions'

/** GPT-4 named as the better fit (0…3 scale): 3 for GPT-4, 1 for ChatGPT. */
const FAVOURS_GPT4: Weight = { 'gpt-4': 3, chatgpt: 1 }
/** ChatGPT named as the better fit: 1 for GPT-4, 3 for ChatGPT. */
const FAVOURS_CHATGPT: Weight = { 'gpt-4': 1, chatgpt: 3 }
/** Both can, with an edge for GPT-4: 3 against 2. */
const LEANS_GPT4: Weight = { 'gpt-4': 3, chatgpt: 2 }
/** Both can, with an edge for ChatGPT: 2 against 3. */
const LEANS_CHATGPT: Weight = { 'gpt-4': 2, chatgpt: 3 }
/** Says nothing about either model ("None of these"). */
const NEUTRAL: Weight = { 'gpt-4': 0, chatgpt: 0 }

/** What an option counts for: its weight, and the article section and quoted sentence it rests on. */
type Scoring = readonly [weight: Weight, section: SourceSection, quote: QuoteId]

/** Per question, how much it counts and what each of its options (by id) counts for. */
const SCORING: Readonly<
  Record<
    QuestionId,
    { readonly importance: number; readonly options: Readonly<Record<string, Scoring>> }
  >
> = {
  uses: {
    importance: 5,
    options: {
      // §3, GPT-4: 内容创作：撰写文章、生成代码、撰写邮件等。
      articles: [FAVOURS_GPT4, 3, 's3-gpt4-content'],
      code: [FAVOURS_GPT4, 3, 's3-gpt4-content'],
      emails: [FAVOURS_GPT4, 3, 's3-gpt4-content'],
      // §3, GPT-4: 教育：辅助教学、提供学习辅导。
      teaching: [FAVOURS_GPT4, 3, 's3-gpt4-education'],
      tutoring: [FAVOURS_GPT4, 3, 's3-gpt4-education'],
      // §3, GPT-4: 科研：撰写论文、数据分析、实验报告。
      papers: [FAVOURS_GPT4, 3, 's3-gpt4-research'],
      'data-analysis': [FAVOURS_GPT4, 3, 's3-gpt4-research'],
      'lab-reports': [FAVOURS_GPT4, 3, 's3-gpt4-research'],
      // §3, GPT-4: 商业应用：市场分析、客户支持、智能客服等。
      'market-analysis': [FAVOURS_GPT4, 3, 's3-gpt4-business'],
      // On GPT-4's list (§3), but §7: ChatGPT 在对话交互和客户服务方面则更具优势。
      'customer-support': [LEANS_CHATGPT, 7, 's7-conclusion'],
      // §3, ChatGPT: 智能客服：提供24/7的客户服务。 (also on GPT-4's list, hence only a lean)
      'service-24-7': [LEANS_CHATGPT, 3, 's3-chatgpt-service'],
      // §3, ChatGPT: 社交媒体互动：自动回复评论、生成内容。
      'comment-replies': [FAVOURS_CHATGPT, 3, 's3-chatgpt-social'],
      'social-posts': [FAVOURS_CHATGPT, 3, 's3-chatgpt-social'],
      // §3, ChatGPT: 虚拟助手：帮助用户管理日程、设置提醒等。
      schedules: [FAVOURS_CHATGPT, 3, 's3-chatgpt-assistant'],
      reminders: [FAVOURS_CHATGPT, 3, 's3-chatgpt-assistant'],
    },
  },
  complexity: {
    importance: 2,
    options: {
      // §5: ChatGPT … 能够理解用户的问题并进行有效回应。
      simple: [FAVOURS_CHATGPT, 5, 's5-chatgpt-answers'],
      // §4: GPT4 在处理复杂、多变的任务时具有更强的适应性和灵活性。
      'multi-step': [LEANS_GPT4, 4, 's4-gpt4-adapt'],
      // §2: 尤其是在处理复杂、多层、跨领域的任务时，其 [ChatGPT] 表现不如 GPT4。
      complex: [FAVOURS_GPT4, 2, 's2-chatgpt-limits'],
    },
  },
  'work-style': {
    importance: 2,
    options: {
      // §2: ChatGPT 在对话交互方面表现尤为突出
      conversation: [FAVOURS_CHATGPT, 2, 's2-chatgpt-dialogue'],
      // §3: 内容创作：撰写文章、生成代码、撰写邮件等。 (GPT-4's list)
      'finished-piece': [FAVOURS_GPT4, 3, 's3-gpt4-content'],
      // §5: GPT4 … 在交互过程中保持上下文连贯性 — both dialogue and finished work.
      both: [LEANS_GPT4, 5, 's5-gpt4-coherent'],
    },
  },
  abilities: {
    importance: 2,
    options: {
      // §2: GPT4 在代码生成、数学推理、多语言理解、逻辑推理等复杂任务上也表现出更强的性能。
      'code-generation': [FAVOURS_GPT4, 2, 's2-gpt4-abilities'],
      'math-reasoning': [FAVOURS_GPT4, 2, 's2-gpt4-abilities'],
      multilingual: [FAVOURS_GPT4, 2, 's2-gpt4-abilities'],
      'logical-reasoning': [FAVOURS_GPT4, 2, 's2-gpt4-abilities'],
      // §4: FewShot Learning … 使得模型在面对新任务时能够更快地适应和学习。
      'few-shot': [FAVOURS_GPT4, 4, 's4-gpt4-adapt'],
      none: [NEUTRAL, 2, 's2-gpt4-abilities'],
    },
  },
  priority: {
    importance: 2,
    options: {
      // §5: 用户在使用 GPT4 时，可以得到更精准、更符合语境的回答
      precise: [FAVOURS_GPT4, 5, 's5-gpt4-precise'],
      // §2: ChatGPT 在对话交互方面表现尤为突出
      'natural-conversation': [FAVOURS_CHATGPT, 2, 's2-chatgpt-dialogue'],
      // §6: GPT4 在训练过程中采用了更严格的伦理审查机制
      safety: [FAVOURS_GPT4, 6, 's6-gpt4-ethics'],
    },
  },
}

/**
 * The decision model of the wizard, built from the source article: the questions of
 * `src/model/questions.ts`, each with its importance and its options' weights and sources.
 *
 * - `uses` (importance 5): the two scenario lists of §3. Every use on GPT-4's list favours GPT-4,
 *   every use on ChatGPT's list favours ChatGPT. Customer service stands on both lists; §7 gives
 *   ChatGPT the edge there, so both customer-service options lean to ChatGPT.
 * - `complexity`, `work-style`, `abilities`, `priority` (importance 2 each): §2, §4, §5, §6.
 *
 * With these numbers a clear verdict of the uses (all uses from one list: a lead of 10 points)
 * outweighs any single later answer (at most 4 points) and any two (8), while three later answers
 * that all point the other way (12) can overturn it. `tests/model/score.test.ts` checks this.
 *
 * @throws Error when the module loads, if a question's options and its scoring here do not name the
 *   same option ids (so no option goes unscored and no weight is left over).
 */
export const decisionModel: DecisionModel = {
  closeCallThreshold: 10,
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
        const [weight, section, quote] = options[option.id]!
        return { ...option, weight, source: { section, quote } }
      }),
    }
  }),
}
