import { useDeferredValue, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { scoreModels, verdictsPerUse } from '../model/score'
import { useWizard } from '../store/wizard-store'
import { addressOf } from '../url/address'
import { BackLink } from './back-link'
import { ResultDetails } from './result-details'
import { perUseText, takeawayText } from './result-sentences'
import { useStepPage } from './step-page'
import styles from './result-view.css?inline'

// The result page's styles travel inside this chunk and are adopted by the document when the chunk
// loads: a separate stylesheet would need Vite's full preload helper to fetch it, which the build
// replaces with a bare one (about 0.65 kB gzip less on every first visit; see
// scripts/lean-preload-plugin.ts, which fails the build if a lazy chunk brings a stylesheet).
// Constructed style sheets are CSSOM, allowed by the CSP's `style-src 'self'`. Browsers without
// them (none of the supported ones) get an unstyled result.
if (typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in document) {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(styles)
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
}

export { loadResultTexts } from '../i18n/result-texts'

/** Props of {@link ResultView}. */
export interface ResultViewProps {
  /** Move focus to the recommendation when shown (after the last Continue). */
  focusHeading: boolean
}

/**
 * The result page: the verdict (heading, takeaway, per-use split), then {@link ResultDetails}. The
 * verdict is painted first: the details follow in a render of their own, the next task (why:
 * docs/architecture.md), and from then on both render together.
 */
export function ResultView({ focusHeading }: ResultViewProps) {
  const { t } = useTranslation()
  const answers = useWizard((s) => s.answers)
  const urlLocale = useWizard((s) => s.locale)
  const withDetails = useDeferredValue(true, false)
  // The result's own address, not the address bar's, which follows the page a frame later.
  const address = addressOf({ answers, step: 'result', locale: urlLocale }, window.location.href)
  const result = useMemo(() => scoreModels(answers), [answers])
  const perUse = useMemo(() => verdictsPerUse(answers), [answers])

  const heading = t('result:heading', { model: t(`model:models.${result.recommended}`) })
  const headingRef = useStepPage(`${heading} – ${t('common:app.name')}`, focusHeading)

  return (
    <article className="result">
      <div className="no-print">
        <BackLink from="result" />
      </div>
      <h1 className="heading result__heading" ref={headingRef} tabIndex={-1}>
        {heading}
      </h1>
      <p className="lead">{takeawayText(t, result)}</p>
      {perUse.split && (
        <p className="per-use">{t('result:perUse', { perUse: perUseText(t, perUse.verdicts) })}</p>
      )}
      {withDetails && (
        <ResultDetails
          answers={answers}
          result={result}
          perUse={perUse}
          heading={heading}
          address={address}
        />
      )}
    </article>
  )
}
