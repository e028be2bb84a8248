import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LOCALES, type Locale } from '../model/locale'
import { i18n, loadLocale } from '../i18n'
import { useWizard, wizardStore } from '../store/wizard-store'
import { formatSearch } from '../url/codec'
import { AppLink } from './app-link'
import { LANGUAGE_SWITCH_CLASS } from '../boot/contract'

/** Where a switch to a language whose texts were not in yet stands: loading them, or failed. */
type SwitchStatus = { readonly kind: 'switching' | 'switchFailed'; readonly locale: Locale }

/**
 * Links to each language, named in its own script ("English", "中文"). A link (not a button) so
 * it also works as a plain URL; a click switches in place once that language's texts are in, keeping
 * the step and the answers. The last link clicked wins. While the texts are on their way the switch
 * is busy and says so in a live region; if they cannot load (offline, with no copy cached) it says
 * the switch failed, until the browser is back online, and the page stays in its language.
 */
export function LanguageSwitch() {
  const { t } = useTranslation()
  const locale = useWizard((s) => s.locale)
  const step = useWizard((s) => s.step)
  const answers = useWizard((s) => s.answers)
  const [status, setStatus] = useState<SwitchStatus | null>(null)
  // The language picked last: a pick whose texts arrive after a later pick is dropped.
  const picked = useRef<Locale>(locale)
  const pick = (next: Locale) => {
    picked.current = next
    // Texts already in switch at once: a status for one frame would only be noise to a screen reader.
    setStatus(i18n.hasResourceBundle(next, 'common') ? null : { kind: 'switching', locale: next })
    // Switch once the texts are in. If they cannot load (offline), stay in the current language
    // rather than show a page whose URL and texts disagree, and say so.
    void loadLocale(next).then(
      () => {
        if (picked.current !== next) return
        setStatus(null)
        wizardStore.getState().setLocale(next)
      },
      () => {
        if (picked.current === next) setStatus({ kind: 'switchFailed', locale: next })
      },
    )
  }
  // Said while offline, the failure is stale once the browser is back online: the next click can
  // switch.
  useEffect(() => {
    if (status?.kind !== 'switchFailed') return
    const clear = () => setStatus(null)
    window.addEventListener('online', clear)
    return () => window.removeEventListener('online', clear)
  }, [status])
  const busy = status?.kind === 'switching'
  return (
    <>
      <nav className={LANGUAGE_SWITCH_CLASS} aria-label={t('language.label')} aria-busy={busy}>
        <ul>
          {LOCALES.map((l) => {
            // Fetch the texts as the person is about to pick the language.
            const preload = () => void loadLocale(l).catch(() => undefined)
            return (
              <li key={l}>
                <AppLink
                  href={formatSearch({ answers, step, locale: l })}
                  lang={l}
                  aria-current={l === locale ? 'true' : undefined}
                  onNavigate={() => pick(l)}
                  onPointerEnter={preload}
                  onFocus={preload}
                >
                  {t(`language.names.${l}`)}
                </AppLink>
              </li>
            )
          })}
        </ul>
      </nav>
      {/* Always in the page, empty when there is nothing to say, so what it says is announced. */}
      <p className="language-switch__status" role="status">
        {status && t(`language.${status.kind}`, { language: t(`language.names.${status.locale}`) })}
      </p>
    </>
  )
}
