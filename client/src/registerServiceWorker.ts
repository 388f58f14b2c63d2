import { matchRoute } from './routing/navigation'

/**
 * Registers the service worker (client/sw/sw.js) in production builds, so that a reload while the server is down
 * opens the app and the board from its local copy. Not in development (Vite serves changing, unbundled modules), and
 * not from the print view, which the server's headless Chromium opens once per PDF.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  if (matchRoute(location.pathname).page === 'print') return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
      console.warn('[cxmap] the offline copy of the app could not be set up', error)
    })
  })
}
