import type { BrowserContext, Page } from '@playwright/test'

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])
/** Schemes that never touch the network. */
const HOSTLESS_SCHEMES = new Set(['data:', 'blob:', 'about:'])

/** Whether a URL stays on this machine: a loopback host, or a scheme with no host at all. */
export function isLocalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (HOSTLESS_SCHEMES.has(url.protocol)) return true
  return LOCAL_HOSTS.has(url.hostname)
}

/**
 * Records every URL that the pages of the contexts it is attached to ask for: HTTP requests (documents, scripts,
 * fonts, fetches, workers' requests) and WebSocket connections, which Playwright reports apart from requests.
 */
export class RequestLog {
  readonly urls = new Set<string>()

  attach(context: BrowserContext): void {
    context.on('request', (request) => this.urls.add(request.url()))
    const watchPage = (page: Page) => page.on('websocket', (socket) => this.urls.add(socket.url()))
    context.pages().forEach(watchPage)
    context.on('page', watchPage)
  }

  /** Every recorded URL that would leave this machine. */
  remoteUrls(): string[] {
    return [...this.urls].filter((url) => !isLocalUrl(url)).sort()
  }
}
