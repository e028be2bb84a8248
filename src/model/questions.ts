import type { DecisionModel, Option, QuoteId, SourceSection, StepId, Weight } from './decision-model'

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

function option(id: string, weight: Weight, section: SourceSection, quote: QuoteId, group?: string): Option {
  return group ? { id, weight, source: { section, quote }, group } : { id, weight, source: { section, quote } }
}

/**
 * The decision model of the wizard, built from the source article.
 *
 * - `uses` (importance 5): the two scenario lists of §3. Every use on GPT-4's list favours GPT-4,
 *   every use on ChatGPT's list favours ChatGPT. Customer service stands on both lists; §7 gives
 *   ChatGPT the edge there, so both customer-service options lean to ChatGPT.
 * - `complexity`, `work-style`, `abilities`, `priority` (importance 2 each): §2, §4, §5, §6.
 *
 * With these numbers a clear verdict of the uses (all uses from one list: a lead of 10 points)
 * outweighs any single later answer (at most 4 points) and any two (8), while three later answers
 * that all point the other way (12) can overturn it. `tests/model/score.test.ts` checks this.
 */
export const decisionModel: DecisionModel = {
  closeCallThreshold: 10,
  questions: [
    {
      id: 'uses',
      selection: 'multiple',
      importance: 5,
      options: [
        // §3, GPT-4: 内容创作：撰写文章、生成代码、撰写邮件等。
        option('articles', FAVOURS_GPT4, 3, 's3-gpt4-content', 'writing'),
        option('code', FAVOURS_GPT4, 3, 's3-gpt4-content', 'writing'),
        option('emails', FAVOURS_GPT4, 3, 's3-gpt4-content', 'writing'),
        // §3, GPT-4: 教育：辅助教学、提供学习辅导。
        option('teaching', FAVOURS_GPT4, 3, 's3-gpt4-education', 'education'),
        option('tutoring', FAVOURS_GPT4, 3, 's3-gpt4-education', 'education'),
        // §3, GPT-4: 科研：撰写论文、数据分析、实验报告。
        option('papers', FAVOURS_GPT4, 3, 's3-gpt4-research', 'research'),
        option('data-analysis', FAVOURS_GPT4, 3, 's3-gpt4-research', 'research'),
        option('lab-reports', FAVOURS_GPT4, 3, 's3-gpt4-research', 'research'),
        // §3, GPT-4: 商业应用：市场分析、客户支持、智能客服等。
        option('market-analysis', FAVOURS_GPT4, 3, 's3-gpt4-business', 'business'),
        // On GPT-4's list (§3), but §7: ChatGPT 在对话交互和客户服务方面则更具优势。
        option('customer-support', LEANS_CHATGPT, 7, 's7-conclusion', 'business'),
        // §3, ChatGPT: 智能客服：提供24/7的客户服务。 (also on GPT-4's list, hence only a lean)
        option('service-24-7', LEANS_CHATGPT, 3, 's3-chatgpt-service', 'business'),
        // §3, ChatGPT: 社交媒体互动：自动回复评论、生成内容。
        option('comment-replies', FAVOURS_CHATGPT, 3, 's3-chatgpt-social', 'social'),
        option('social-posts', FAVOURS_CHATGPT, 3, 's3-chatgpt-social', 'social'),
        // §3, ChatGPT: 虚拟助手：帮助用户管理日程、设置提醒等。
        option('schedules', FAVOURS_CHATGPT, 3, 's3-chatgpt-assistant', 'assistant'),
        option('reminders', FAVOURS_CHATGPT, 3, 's3-chatgpt-assistant', 'assistant'),
      ],
    },
    {
      id: 'complexity',
      selection: 'single',
      importance: 2,
      options: [
        // §5: ChatGPT … 能够理解用户的问题并进行有效回应。
        option('simple', FAVOURS_CHATGPT, 5, 's5-chatgpt-answers'),
        // §4: GPT4 在处理复杂、多变的任务时具有更强的适应性和灵活性。
        option('multi-step', LEANS_GPT4, 4, 's4-gpt4-adapt'),
        // §2: 尤其是在处理复杂、多层、跨领域的任务时，其 [ChatGPT] 表现不如 GPT4。
        option('complex', FAVOURS_GPT4, 2, 's2-chatgpt-limits'),
      ],
    },
    {
      id: 'work-style',
      selection: 'single',
      importance: 2,
      options: [
        // §2: ChatGPT 在对话交互方面表现尤为突出
        option('conversation', FAVOURS_CHATGPT, 2, 's2-chatgpt-dialogue'),
        // §3: 内容创作：撰写文章、生成代码、撰写邮件等。 (GPT-4's list)
        option('finished-piece', FAVOURS_GPT4, 3, 's3-gpt4-content'),
        // §5: GPT4 … 在交互过程中保持上下文连贯性 — both dialogue and finished work.
        option('both', LEANS_GPT4, 5, 's5-gpt4-coherent'),
      ],
    },
    {
      id: 'abilities',
      selection: 'multiple',
      importance: 2,
      options: [
        // §2: GPT4 在代码生成、数学推理、多语言理解、逻辑推理等复杂任务上也表现出更强的性能。
        option('code-generation', FAVOURS_GPT4, 2, 's2-gpt4-abilities'),
        option('math-reasoning', FAVOURS_GPT4, 2, 's2-gpt4-abilities'),
        option('multilingual', FAVOURS_GPT4, 2, 's2-gpt4-abilities'),
        option('logical-reasoning', FAVOURS_GPT4, 2, 's2-gpt4-abilities'),
        // §4: FewShot Learning … 使得模型在面对新任务时能够更快地适应和学习。
        option('few-shot', FAVOURS_GPT4, 4, 's4-gpt4-adapt'),
        { ...option('none', NEUTRAL, 2, 's2-gpt4-abilities'), exclusive: true },
      ],
    },
    {
      id: 'priority',
      selection: 'single',
      importance: 2,
      options: [
        // §5: 用户在使用 GPT4 时，可以得到更精准、更符合语境的回答
        option('precise', FAVOURS_GPT4, 5, 's5-gpt4-precise'),
        // §2: ChatGPT 在对话交互方面表现尤为突出
        option('natural-conversation', FAVOURS_CHATGPT, 2, 's2-chatgpt-dialogue'),
        // §6: GPT4 在训练过程中采用了更严格的伦理审查机制
        option('safety', FAVOURS_GPT4, 6, 's6-gpt4-ethics'),
      ],
    },
  ],
}

/** The first step of the wizard: its first question (`'uses'`). */
export const FIRST_STEP: StepId = decisionModel.questions[0]?.id ?? 'result'

/** The last question, after which the result comes (`'priority'`). */
export const LAST_QUESTION: StepId = decisionModel.questions[decisionModel.questions.length - 1]?.id ?? 'result'
