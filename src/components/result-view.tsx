import { useEffect, useMemo, useState, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { MODEL_IDS, type ModelId } from '../model/decision-model'
import { formatPoints, roundRowsToTotal } from '../model/format'
import { FIRST_STEP } from '../model/questions'
import {
  findSmallestFlip,
  reasonsFor,
  scoreModels,
  type Flip,
  type Reason,
  type ScoreResult,
} from '../model/score'
import { useWizard, wizardStore } from '../store/wizard-store'
import { formatSearch } from '../url/codec'
import { addressOf } from '../url/address'
import { AnswersSummary } from './answers-summary'
import { BackLink } from './back-link'
import { useStepPage } from './step-page'
import styles from './result-view.css?inline'
import { isPlainClick } from './app-link'

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

/** The sentence under the heading: a clear lead, a close call, or a tie and which rule decided it. */
function verdictText(t: TFunction, result: ScoreResult): string {
  const values = {
    model: t(`model:models.${result.recommended}`),
    other: t(`model:models.${result.other}`),
    share: result.shownShare[result.recommended],
    otherShare: result.shownShare[result.other],
  }
  if (result.tie)
    return t(result.tieBreak === 'uses' ? 'result:tieByUses' : 'result:tieDefault', values)
  return t(result.closeCall ? 'result:closeCall' : 'result:clear', values)
}

/** The plain-text summary copied by "Copy summary": verdict, shares, reasons with §, the link. */
export function summaryText(
  t: TFunction,
  result: ScoreResult,
  reasons: readonly Reason[],
  url: string,
): string {
  const models = Object.fromEntries(MODEL_IDS.map((m) => [m, t(`model:models.${m}`)])) as Record<
    ModelId,
    string
  >
  return [
    t('common:app.name'),
    t('result:heading', { model: models[result.recommended] }),
    verdictText(t, result),
    t('result:summaryShares', {
      gpt4: models['gpt-4'],
      chatgpt: models.chatgpt,
      gpt4Share: result.shownShare['gpt-4'],
      chatgptShare: result.shownShare.chatgpt,
    }),
    t('result:summaryReasons'),
    ...reasons.map(
      (r) =>
        `- ${t(`result:reasons.${r.source.quote}`)}${t('result:summarySource', {
          source: t('result:source', {
            section: r.source.section,
            title: t(`result:sections.s${r.source.section}`),
          }),
        })}`,
    ),
    t('result:summaryLink', { url }),
  ].join('\n')
}

/** Copies text with the Clipboard API; false where it is missing or refused (the view then shows the link to copy by hand). */
async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

function ReasonList({
  reasons,
  t,
  locale,
}: {
  reasons: readonly Reason[]
  t: TFunction
  locale: string
}) {
  return (
    <ol className="reasons">
      {reasons.map((reason) => (
        <li key={reason.source.quote} className="reason">
          <p className="reason__text">{t(`result:reasons.${reason.source.quote}`)}</p>
          <p className="reason__answers">
            {t('result:reasonAnswers', {
              options: reason.options
                .map(({ question, option }) =>
                  t('result:quotedOption', { option: t(`model:options.${question}.${option}`) }),
                )
                .join(t('common:list.separator')),
            })}
          </p>
          <details className="reason__source">
            <summary>
              <cite>
                {t('result:source', {
                  section: reason.source.section,
                  title: t(`result:sections.s${reason.source.section}`),
                })}
              </cite>
              <span className="visually-hidden"> – </span>{' '}
              <span className="reason__more">{t('result:showQuote')}</span>
            </summary>
            {locale === 'zh-CN' ? (
              <blockquote lang="zh-CN">{t(`result:quotes.${reason.source.quote}`)}</blockquote>
            ) : (
              <>
                <p className="quote-label">{t('result:originalLabel')}</p>
                <blockquote lang="zh-CN">
                  {t(`result:quotes.${reason.source.quote}`, { lng: 'zh-CN' })}
                </blockquote>
                <p className="quote-label">{t('result:renderingLabel')}</p>
                <blockquote>{t(`result:quotes.${reason.source.quote}`)}</blockquote>
              </>
            )}
          </details>
        </li>
      ))}
    </ol>
  )
}

function flipText(t: TFunction, flip: Flip): string {
  const { change } = flip
  const values = {
    question: t(`model:questions.${change.question}.summary`),
    option: t(`model:options.${change.question}.${change.option}`),
    from: change.from ? t(`model:options.${change.question}.${change.from}`) : '',
    outcome: t(flip.tie ? 'result:flipTie' : 'result:flipAhead', {
      model: t(`model:models.${flip.recommended}`),
      share: flip.share,
    }),
  }
  const key =
    change.kind === 'replace'
      ? 'result:flipReplace'
      : change.kind === 'add'
        ? 'result:flipAdd'
        : 'result:flipRemove'
  return t(key, values)
}

/** Inline SVG bar: CSP-safe (no style attribute), scales to its box. `percent` is 0…100. */
function Bar({
  percent,
  model,
  align = 'start',
}: {
  percent: number
  model: ModelId
  align?: 'start' | 'end'
}) {
  const width = Math.max(0, Math.min(100, percent))
  return (
    <svg
      className="bar"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="bar__track" x="0" y="0" width="100" height="10" />
      <rect
        className={`bar__fill bar__fill--${model}`}
        x={align === 'start' ? 0 : 100 - width}
        y="0"
        width={width}
        height="10"
      />
    </svg>
  )
}

/** The result page: recommendation, shares, reasons with sources, breakdown, what would change it, answers, sharing. */
export function ResultView({ focusHeading }: ResultViewProps) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const answers = useWizard((s) => s.answers)
  const urlLocale = useWizard((s) => s.locale)
  // The result's own address, not the address bar's, which follows the page a frame later.
  const address = addressOf({ answers, step: 'result', locale: urlLocale }, window.location.href)
  const result = useMemo(() => scoreModels(answers), [answers])
  const flip = useMemo(() => findSmallestFlip(answers), [answers])
  const reasons = useMemo(() => reasonsFor(result.contributions, result.recommended, 3), [result])
  const otherReasons = useMemo(() => reasonsFor(result.contributions, result.other, 3), [result])
  // A key, not a text: the announcement follows a language switch.
  const [status, setStatus] = useState<
    'linkCopied' | 'summaryCopied' | 'copyLinkFailed' | 'copySummaryFailed' | undefined
  >()
  // Where copying fails, the text to copy by hand: the link, or the whole summary.
  const [manualCopy, setManualCopy] = useState<'link' | 'summary' | undefined>()
  useEffect(() => {
    if (status !== 'linkCopied' && status !== 'summaryCopied') return
    const timer = window.setTimeout(() => setStatus(undefined), 8000)
    return () => window.clearTimeout(timer)
  }, [status])

  const model = (m: ModelId) => t(`model:models.${m}`)
  const heading = t('result:heading', { model: model(result.recommended) })
  const headingRef = useStepPage(`${heading} – ${t('common:app.name')}`, focusHeading)
  const maxPoints = Math.max(
    ...result.contributions.map((c) => Math.max(c.points['gpt-4'], c.points.chatgpt)),
    1,
  )
  // The table's points per model, rounded so that the rows add up to the total row.
  const rowPoints = useMemo(
    () =>
      Object.fromEntries(
        MODEL_IDS.map((m) => [
          m,
          roundRowsToTotal(
            result.contributions.map((c) => c.points[m]),
            result.points[m],
          ),
        ]),
      ) as Record<ModelId, number[]>,
    [result],
  )

  // The article's title is Chinese on either page, so it is marked as such (for screen readers).
  const [beforeTitle, afterTitle = ''] = t('result:about.article', { title: '\u0000' }).split(
    '\u0000',
  )

  const onCopyLink = async () => {
    const ok = await copyText(address)
    setManualCopy(ok ? undefined : 'link')
    setStatus(ok ? 'linkCopied' : 'copyLinkFailed')
  }
  const onCopySummary = async () => {
    const ok = await copyText(summaryText(t, result, reasons, address))
    setManualCopy(ok ? undefined : 'summary')
    setStatus(ok ? 'summaryCopied' : 'copySummaryFailed')
  }
  const canShare = typeof navigator.share === 'function'
  const onShare = () => {
    navigator
      .share({ title: heading, text: t('common:app.name'), url: address })
      .catch(() => undefined)
  }
  const onStartAgain = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return
    event.preventDefault()
    wizardStore.getState().reset()
  }

  return (
    <article className="result">
      <div className="no-print">
        <BackLink from="result" />
      </div>
      <h1 className="heading result__heading" ref={headingRef} tabIndex={-1}>
        {heading}
      </h1>
      <p className="lead">{verdictText(t, result)}</p>

      <section aria-labelledby="shares-heading" className="section">
        <h2 id="shares-heading">{t('result:sharesHeading')}</h2>
        <ul className="shares">
          {MODEL_IDS.map((m) => (
            <li key={m} className={m === result.recommended ? 'share share--leader' : 'share'}>
              <span className="share__label">
                {t('result:shareLabel', { model: model(m), share: result.shownShare[m] })}
              </span>
              <Bar percent={result.share[m]} model={m} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="reasons-heading" className="section">
        <h2 id="reasons-heading">
          {t('result:reasonsHeading', { model: model(result.recommended) })}
        </h2>
        <ReasonList reasons={reasons} t={t} locale={locale} />
        <h3>{t('result:otherReasonsHeading', { model: model(result.other) })}</h3>
        {otherReasons.length > 0 ? (
          <ReasonList reasons={otherReasons} t={t} locale={locale} />
        ) : (
          <p>{t('result:noOtherReasons', { model: model(result.other) })}</p>
        )}
      </section>

      <section aria-labelledby="flip-heading" className="section">
        <h2 id="flip-heading">{t('result:flipHeading')}</h2>
        <p>{flip ? flipText(t, flip) : t('result:flipNone')}</p>
      </section>

      <section aria-labelledby="breakdown-heading" className="section no-print">
        <h2 id="breakdown-heading">{t('result:breakdownHeading')}</h2>
        <div className="table-wrap" role="region" aria-labelledby="breakdown-caption" tabIndex={0}>
          <table className="breakdown">
            <caption id="breakdown-caption">{t('result:breakdownCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('result:columnAnswer')}</th>
                {MODEL_IDS.map((m) => (
                  <th scope="col" className="num" key={m}>
                    {t('result:columnPoints', { model: model(m) })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.contributions.map((c, row) => {
                const leanTo: ModelId | undefined =
                  c.lean > 0 ? 'gpt-4' : c.lean < 0 ? 'chatgpt' : undefined
                return (
                  <tr key={`${c.question}-${c.option}`}>
                    <th scope="row">
                      <span className="breakdown__question">
                        {t(`model:questions.${c.question}.summary`)}
                      </span>
                      {t(`model:options.${c.question}.${c.option}`)}
                      <span className="diverging" aria-hidden="true">
                        <Bar
                          percent={c.lean > 0 ? (c.lean / maxPoints) * 100 : 0}
                          model="gpt-4"
                          align="end"
                        />
                        <Bar
                          percent={c.lean < 0 ? (-c.lean / maxPoints) * 100 : 0}
                          model="chatgpt"
                        />
                      </span>
                      <span className="breakdown__lean-text">
                        {leanTo
                          ? t('result:leanModel', {
                              model: model(leanTo),
                              points: formatPoints(Math.abs(c.lean)),
                            })
                          : t('result:leanNeither')}
                      </span>
                    </th>
                    <td className="num">{formatPoints(rowPoints['gpt-4'][row]!)}</td>
                    <td className="num">{formatPoints(rowPoints.chatgpt[row]!)}</td>
                  </tr>
                )
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('result:total')}</th>
                <td className="num">{formatPoints(result.points['gpt-4'])}</td>
                <td className="num">{formatPoints(result.points.chatgpt)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      <AnswersSummary />

      <section aria-labelledby="share-heading" className="section no-print">
        <h2 id="share-heading">{t('result:shareHeading')}</h2>
        <div className="button-group">
          <button type="button" className="button" onClick={onCopyLink}>
            {t('common:actions.copyLink')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCopySummary}>
            {t('common:actions.copySummary')}
          </button>
          {canShare && (
            <button type="button" className="button button--secondary" onClick={onShare}>
              {t('common:actions.share')}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('common:actions.print')}
          </button>
        </div>
        <p className="status" role="status">
          {status && t(`result:${status}`)}
        </p>
        {manualCopy === 'link' && (
          <p>
            <label htmlFor="result-link">{t('result:linkLabel')}</label>
            <input
              id="result-link"
              className="input"
              readOnly
              value={address}
              onFocus={(e) => e.target.select()}
            />
          </p>
        )}
        {manualCopy === 'summary' && (
          <p>
            <label htmlFor="result-summary">{t('result:summaryLabel')}</label>
            <textarea
              id="result-summary"
              className="input"
              readOnly
              rows={8}
              value={summaryText(t, result, reasons, address)}
              onFocus={(e) => e.target.select()}
            />
          </p>
        )}
      </section>

      <p className="print-only">{t('result:summaryLink', { url: address })}</p>

      <section aria-labelledby="about-heading" className="section about">
        <h2 id="about-heading">{t('result:about.heading')}</h2>
        <p>
          {beforeTitle}
          <span lang="zh-CN">{t('result:about.articleTitle')}</span>
          {afterTitle}
        </p>
        <p>{t('result:about.chatgpt')}</p>
        <p>{t('result:about.unused')}</p>
        <p>{t('result:about.limits')}</p>
      </section>

      <p className="no-print">
        <a
          href={formatSearch({
            answers: {},
            step: FIRST_STEP,
            locale: wizardStore.getState().locale,
          })}
          onClick={onStartAgain}
        >
          {t('common:actions.startAgain')}
        </a>
      </p>
    </article>
  )
}
