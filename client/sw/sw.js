// CX Map's service worker: the app opens, and a board opens from its local copy, when the server cannot be reached.
// Its build manifest (`self.__CXMAP_BUILD__`: a version and the built files) is prepended at build time by
// serviceWorkerPlugin.ts, so each build is a new worker whose install caches that build and whose activation deletes
// the caches of older ones.

const BUILD = self.__CXMAP_BUILD__
const CACHE_PREFIX = 'cxmap-shell-'
const CACHE = `${CACHE_PREFIX}${BUILD.version}`
const SHELL_URL = '/'
/** Live data is never cached: the REST API, the sync sockets, the health check. */
const NETWORK_ONLY = /^\/(api|sync|healthz)(\/|$)/

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([SHELL_URL, ...BUILD.files.map((file) => `/${file}`)]))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin || NETWORK_ONLY.test(url.pathname)) return
  if (request.mode === 'navigate') {
    event.respondWith(navigate(request))
    return
  }
  // Built files are hashed, so a cached one is never stale; a file of this build not cached yet is fetched.
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((cached) => cached ?? fetch(request)))
})

/** Network first, so a running server always serves the newest app; the cached shell when it cannot be reached. */
async function navigate(request) {
  try {
    return await fetch(request)
  } catch {
    const shell = await caches.match(SHELL_URL, { cacheName: CACHE })
    if (shell) return shell
    return new Response(renderOfflinePage(), {
      status: 503,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
}

const OFFLINE_TEXT = {
  en: {
    lang: 'en',
    title: 'CX Map is offline',
    body: 'The server cannot be reached and this browser has no copy of the app yet. Check the connection, then try again.',
    retry: 'Try again',
  },
  ru: {
    lang: 'ru',
    title: 'CX Map недоступна',
    body: 'Сервер не отвечает, а в этом браузере ещё нет копии приложения. Проверьте подключение и попробуйте ещё раз.',
    retry: 'Попробовать снова',
  },
}

/** The app's own offline page, in the browser's language (Russian for any `ru*`, English otherwise). */
function renderOfflinePage() {
  const text = /^ru\b/i.test(self.navigator.language || '') ? OFFLINE_TEXT.ru : OFFLINE_TEXT.en
  return `<!doctype html>
<html lang="${text.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text.title}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;color:#1f2933;background:#f5f7fa;display:grid;place-items:center;min-height:100vh;margin:0}
main{max-width:28rem;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.08)}
button{font:inherit;padding:.5rem 1rem;border-radius:8px;border:0;background:#2f80ed;color:#fff;cursor:pointer}</style>
</head>
<body><main data-testid="offline-page"><h1>${text.title}</h1><p>${text.body}</p>
<button type="button" onclick="location.reload()">${text.retry}</button></main></body>
</html>`
}
