import { Component, type ErrorInfo, type ReactNode } from 'react'
import type { i18n as I18n } from 'i18next'
import { formatSearch } from '../url/codec'
import { matchLocale, DEFAULT_LOCALE } from '../model/locale'
import { FIRST_STEP } from '../model/questions'

/** Props of {@link ErrorBoundary}. */
export interface ErrorBoundaryProps {
  i18n: I18n
  children: ReactNode
}

/**
 * Catches an unexpected render error and shows a friendly page in the current language with
 * "Start again" and "Reload". The address bar is left as it is, so the answers in it are not lost.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The wizard failed to render', error, info.componentStack)
  }

  render(): ReactNode {
    if (!this.state.failed) return this.props.children
    const t = this.props.i18n.getFixedT(null, 'common')
    const locale = matchLocale(this.props.i18n.language) ?? DEFAULT_LOCALE
    const start = formatSearch({ answers: {}, step: FIRST_STEP, locale })
    return (
      <main className="page" id="main">
        <h1 className="heading">{t('fallback.title')}</h1>
        <p>{t('fallback.body')}</p>
        <p>
          <a href={window.location.href}>{t('fallback.reload')}</a>
        </p>
        <p>
          <a href={start}>{t('actions.startAgain')}</a>
        </p>
      </main>
    )
  }
}
