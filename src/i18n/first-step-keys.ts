/**
 * The `common` texts (dotted key paths) that the first question and the page around it can show
 * before the other steps' texts have loaded: header, intro, progress, Continue, the error for an
 * unanswered multiple-choice question and the loading status. (The error page, rarely needed,
 * fetches every text first: `ErrorBoundary`'s `loadTexts`.) The build keeps only
 * these, and the first question's `model` texts, in each language's first-step chunk
 * (`scripts/first-step-texts-plugin.ts`); `tests/i18n/first-step-texts.test.tsx` renders the first
 * step and its error state with nothing more and fails on any missing text.
 */
export const FIRST_STEP_COMMON_KEYS = [
  'app',
  'progress',
  'actions.continue',
  'errors.summaryTitle',
  'errors.selectSome',
  'errors.titlePrefix',
  'language',
  'status',
] as const
