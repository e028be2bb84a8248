import type { Option, QuestionModel, StepId } from './decision-model'

/** Options `ids` under the display group `group` (see {@link Option.group}). */
const grouped = (group: string, ...ids: string[]): Option[] => ids.map((id) => ({ id, group }))

/** `options`, with a hint under the label of those whose id is in `ids` (see {@link Option.hint}). */
const withHints = (options: Option[], ...ids: string[]): Option[] =>
  options.map((option) => (ids.includes(option.id) ? { ...option, hint: true } : option))

/** Options `ids`, with no group. */
const plain = (...ids: string[]): Option[] => ids.map((id) => ({ id }))

/**
 * The questions of the wizard, in step order, with their options in display order. What each
 * option weighs, and the article section it rests on, is in `src/model/weights.ts`, which the
 * question pages do not load.
 */
export const questionModel: QuestionModel = {
  questions: [
    {
      id: 'uses',
      selection: 'multiple',
      options: [
        ...grouped('everyday', 'chat'),
        ...grouped('writing', 'articles', 'code', 'emails', 'translation'),
        ...grouped('education', 'teaching', 'tutoring'),
        ...grouped('research', 'papers', 'data-analysis', 'lab-reports'),
        // Told apart by who answers: people helped by AI (§3, GPT-4's list) or an automated
        // assistant around the clock (§3, ChatGPT's list).
        ...withHints(
          grouped('business', 'market-analysis', 'customer-support', 'service-24-7'),
          'customer-support',
          'service-24-7',
        ),
        ...grouped('social', 'comment-replies', 'social-posts'),
        ...grouped('assistant', 'schedules', 'reminders'),
      ],
    },
    { id: 'complexity', selection: 'single', options: plain('simple', 'multi-step', 'complex') },
    {
      id: 'work-style',
      selection: 'single',
      options: plain('conversation', 'finished-piece', 'both'),
    },
    {
      id: 'abilities',
      selection: 'multiple',
      options: [
        ...plain(
          'code-generation',
          'math-reasoning',
          'multilingual',
          'logical-reasoning',
          'few-shot',
        ),
        { id: 'none', exclusive: true },
      ],
    },
    {
      id: 'priority',
      selection: 'single',
      options: plain('precise', 'natural-conversation', 'safety'),
    },
  ],
}

/** The first step of the wizard: its first question (`'uses'`). */
export const FIRST_STEP: StepId = questionModel.questions[0]?.id ?? 'result'

/** The last question, after which the result comes (`'priority'`). */
export const LAST_QUESTION: StepId =
  questionModel.questions[questionModel.questions.length - 1]?.id ?? 'result'
