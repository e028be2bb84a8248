import { renderToStaticMarkup, renderToString } from 'react-dom/server'
import enBoot from '../../locales/en/boot.json'
import zhBoot from '../../locales/zh-CN/boot.json'
import { applyLocale, i18n, loadLocale } from '../i18n'
import type { Locale } from '../model/locale'
import { Root } from '../root'
import { initialWizardState, wizardStore } from '../store/wizard-store'
import { BootShell, NoScriptMessage, type BootTexts } from './boot-shell'

/** The boot shell's and no-script texts of each language, read at build time only. */
const BOOT_TEXTS: Record<Locale, BootTexts> = { en: enBoot, 'zh-CN': zhBoot }

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

/**
 * The boot shell of `locale` ({@link BootShell}): header and loading status, shown by the boot
 * script for any link that does not open the fresh first question. Static markup, never hydrated.
 * @throws when the locale's texts cannot be loaded, which fails the build.
 */
export async function renderBootShell(locale: Locale): Promise<string> {
  await loadLocale(locale)
  return renderToStaticMarkup(
    <BootShell appName={i18n.getFixedT(locale)('app.name')} texts={BOOT_TEXTS[locale]} />,
  )
}

/** The no-script message in every language (`<noscript>`'s content), static markup. */
export function renderNoScript(): string {
  return renderToStaticMarkup(<NoScriptMessage texts={BOOT_TEXTS} />)
}
