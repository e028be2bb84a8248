import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { LOCALES, type Locale } from '../model/locale'
import { loadLocale } from '../i18n'
import { useWizard, wizardStore } from '../store/wizard-store'
import { formatSearch } from '../url/codec'
import { AppLink } from './app-link'

/**
 * Links to each language, named in its own script ("English", "中文"). A link (not a button) so
 * it also works as a plain URL; a click switches in place once that language's texts are in, keeping
 * the step and the answers. The last link clicked wins.
 */
export function LanguageSwitch() {
  const { t } = useTranslation()
  const locale = useWizard((s) => s.locale)
  const step = useWizard((s) => s.step)
  const answers = useWizard((s) => s.answers)
  // The language picked last: a pick whose texts arrive after a later pick is dropped.
  const picked = useRef<Locale>(locale)
  const pick = (next: Locale) => {
    picked.current = next
    // Switch once the texts are in (at once when preloaded). If they cannot load (offline), stay in
    // the current language rather than show a page whose URL and texts disagree.
    void loadLocale(next).then(
      () => {
        if (picked.current === next) wizardStore.getState().setLocale(next)
      },
      () => undefined,
    )
  }
  return (
    <nav className="language-switch" aria-label={t('language.label')}>
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
  )
}
