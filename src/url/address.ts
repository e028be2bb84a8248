import { formatSearch, type WizardLocation } from './codec'

/**
 * The absolute address of a wizard location, as the address bar shows it once the app has written
 * it: `base` with its query and fragment replaced by the canonical query of `location` (see
 * {@link formatSearch}); the origin and the path (the app's sub-path) are kept. The result page's
 * links to copy and share use it, rather than the address bar, which the app updates only just
 * after a change is painted (see `UrlSyncOptions.schedule`).
 *
 * @param base an absolute URL, usually `location.href`.
 * @throws TypeError when `base` is not an absolute URL.
 */
export function addressOf(location: WizardLocation, base: string): string {
  return new URL(formatSearch(location), base).href
}
