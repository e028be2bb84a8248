/**
 * What react-i18next imports from `use-sync-external-store/shim` (the hook's stand-in for React 17),
 * taken from React 19 itself, which has the hook: `vite.config.ts` points that import here. The
 * package's own main entry does the same but warns in development builds that it is not supported.
 */
export { useSyncExternalStore } from 'react'
