/**
 * Registers the service worker (`sw.js`, generated at build time by vite-plugin-pwa with Workbox),
 * which precaches the whole app so that, after one visit, the wizard finishes, switches language
 * and reopens a result with no network. Call it once the first page is usable: it waits for the
 * browser to be idle, so the worker and the files it precaches never compete with the first visit.
 * Does nothing in the dev server (no worker is built there) or where the browser has no service
 * workers; a failed registration is only a missed offline copy, never an error on the page.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const register = () =>
    void navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined)
  // Idle, or after 2 s at the latest: a page that stays busy still gets its offline copy.
  if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 2000 })
  else setTimeout(register, 2000)
}
