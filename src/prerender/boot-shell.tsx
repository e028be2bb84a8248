import { SHELL } from '../boot/contract'

/** The texts of the boot shell and the no-script message: `locales/{locale}/boot.json`. */
export interface BootTexts {
  readonly loading: { readonly result: string; readonly step: string }
  readonly failed: { readonly title: string; readonly body: string; readonly retry: string }
  readonly noscript: string
}

/** Props of {@link BootShell}. */
export interface BootShellProps {
  /** The app's name in this language, as the app's own header shows it. */
  readonly appName: string
  readonly texts: BootTexts
}

/**
 * What `#root` shows for any link but the fresh first question until the app has rendered: the
 * app's header (with the same classes, so nothing moves when the app replaces it) and a status line,
 * announced (`role="status"`). The failure message is in the same live region, hidden until the boot
 * script reveals it, so the change from one to the other is read out. Rendered at build time only
 * (static markup, never hydrated).
 */
export function BootShell({ appName, texts }: BootShellProps) {
  return (
    <>
      <header className="header">
        <div className="header__inner">
          <p className="header__name">{appName}</p>
        </div>
      </header>
      <main className="page">
        <div className={SHELL.status} role="status">
          <p className={SHELL.loading} data-for="result">
            {texts.loading.result}
          </p>
          <p className={SHELL.loading} data-for="step">
            {texts.loading.step}
          </p>
          <div className={SHELL.failed} hidden>
            <h1 className="heading">{texts.failed.title}</h1>
            <p>{texts.failed.body}</p>
            <button type="button" className={`button ${SHELL.retry}`}>
              {texts.failed.retry}
            </button>
          </div>
        </div>
      </main>
    </>
  )
}

/**
 * The message for a browser with JavaScript off, in every language at once (the boot script that
 * would pick one does not run), each paragraph marked with its language. Goes inside `<noscript>`.
 */
export function NoScriptMessage({ texts }: { readonly texts: Record<string, BootTexts> }) {
  return (
    <div className="noscript" role="note">
      {Object.entries(texts).map(([locale, t]) => (
        <p key={locale} lang={locale}>
          {t.noscript}
        </p>
      ))}
    </div>
  )
}
