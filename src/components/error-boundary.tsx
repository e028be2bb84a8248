import { Component, createRef, type ReactNode } from 'react'
import type { i18n as I18n } from 'i18next'
import { formatSearch } from '../url/codec'
import { matchLocale, DEFAULT_LOCALE, type Locale } from '../model/locale'
import { FIRST_STEP } from '../model/questions'

/** Props of {@link ErrorBoundary}. */
export interface ErrorBoundaryProps {
  i18n: I18n
  /**
   * Loads every text of a language, the error page's included (a first visit starts with the first
   * question's texts only); called on an error when the page's texts are not in yet.
   */
  loadTexts?: (locale: Locale) => Promise<void>
  /**
   * Whether the error page is the page's `<main>` (the boundary around the whole app), or sits
   * inside the app's own `<main>`, under its header (the boundary around the step). Default true.
   */
  landmark?: boolean
  children: ReactNode
}

/**
 * Catches an unexpected render error and shows a friendly page in the current language with
 * "Start again" and "Reload", its heading focused and in the tab's title. The address bar is left
 * as it is, so the answers in it are not lost. The browser's Back or Forward leaves that page: the
 * app renders the step of that history entry again (so a result view that could not be fetched is
 * tried again there). When the browser is offline as the page appears, the page says that
 * instead, with no link (a reload or Start again would meet the browser's own offline page where no
 * service worker holds the app), and the app tries again by itself once the browser is back online.
 */
export class ErrorBoundary extends Component<
  ErrorBoundaryProps,
  { failed: boolean; loading: boolean }
> {
  state = { failed: false, loading: false }
  private readonly heading = createRef<HTMLHeadingElement>()
  // Runs after the URL sync's own listener (added at start-up), so the store already holds the step.
  private readonly tryAgain = () => {
    if (this.state.failed) this.setState({ failed: false, loading: false })
  }

  componentDidMount(): void {
    window.addEventListener('popstate', this.tryAgain)
    window.addEventListener('online', this.tryAgain)
  }

  componentWillUnmount(): void {
    window.removeEventListener('popstate', this.tryAgain)
    window.removeEventListener('online', this.tryAgain)
  }

  // When the error page appears: its heading takes focus and names the tab.
  componentDidUpdate(
    _props: ErrorBoundaryProps,
    previous: { failed: boolean; loading: boolean },
  ): void {
    const heading = this.heading.current
    if (heading && (!previous.failed || previous.loading)) {
      document.title = heading.textContent ?? document.title
      heading.focus()
    }
  }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  // React itself logs the error to the console.
  componentDidCatch(): void {
    const { i18n, loadTexts } = this.props
    if (loadTexts && !i18n.exists('common:fallback.title')) {
      // Shown once the texts are in; if they cannot load, shown with what there is.
      this.setState({ loading: true })
      const done = () => this.setState({ loading: false })
      loadTexts(matchLocale(i18n.language) ?? DEFAULT_LOCALE).then(done, done)
    }
  }

  render(): ReactNode {
    if (!this.state.failed) return this.props.children
    if (this.state.loading) return null
    const t = this.props.i18n.getFixedT(null, 'common')
    const locale = matchLocale(this.props.i18n.language) ?? DEFAULT_LOCALE
    const start = formatSearch({ answers: {}, step: FIRST_STEP, locale })
    const offline = !navigator.onLine
    const content = (
      <>
        <h1 className="heading" tabIndex={-1} ref={this.heading}>
          {t(offline ? 'fallback.offlineTitle' : 'fallback.title')}
        </h1>
        {offline ? (
          <p>{t('fallback.offline')}</p>
        ) : (
          <>
            <p>{t('fallback.body')}</p>
            <p>
              <a href={window.location.href}>{t('fallback.reload')}</a>
            </p>
            <p>
              <a href={start}>{t('actions.startAgain')}</a>
            </p>
          </>
        )}
      </>
    )
    return this.props.landmark === false ? content : <main className="page">{content}</main>
  }
}
