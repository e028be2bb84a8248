import { renderToString } from 'react-dom/server'
import { applyLocale, i18n, loadLocale } from '../i18n'
import type { Locale } from '../model/locale'
import { Root } from '../root'
import { initialWizardState, wizardStore } from '../store/wizard-store'

/** The first question as pre-rendered at build time for one language. */
export interface PrerenderedStep {
  /** The markup of `#root`, exactly what `<Root />` renders for a fresh start (React's server HTML). */
  readonly html: string
  /** The page's title until the app sets its own: the app's name in that language. */
  readonly title: string
}

/**
 * Renders the first step as a fresh visit in `locale` sees it, with the app's own tree, store and
 * texts, so the browser can hydrate it. Runs in Node at build time (`scripts/prerender-plugin.ts`);
 * calls for different locales must not overlap (they share the app's i18n instance and store).
 * @throws when the locale's texts cannot be loaded, which fails the build.
 */
export async function renderFirstStep(locale: Locale): Promise<PrerenderedStep> {
  await loadLocale(locale)
  applyLocale(locale, { documentElement: {} } as Document)
  wizardStore.setState({ ...initialWizardState, locale })
  return { html: renderToString(<Root />), title: i18n.t('app.name') }
}
