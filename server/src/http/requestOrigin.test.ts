import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { createMemoryStore } from '../../test/memoryStore.ts'
import { createTestConfig } from '../../test/testServer.ts'
import { createLogCapture } from '../../test/logCapture.ts'
import {
  addStrictTransportSecurity,
  readRequestOrigin,
  STRICT_TRANSPORT_SECURITY,
  type RequestOriginOptions,
} from './requestOrigin.ts'

const DIRECT: RequestOriginOptions = { publicUrl: null, trustProxy: false }
const PROXIED: RequestOriginOptions = { publicUrl: null, trustProxy: true }

/** The origin `readRequestOrigin` answers for a request to `url` with `headers`. */
async function originOf(
  options: RequestOriginOptions,
  headers: Record<string, string>,
  url = 'http://x/',
): Promise<string> {
  const app = new Hono().get('/', (c) => c.text(readRequestOrigin(c, options)))
  return (await app.request(url, { headers })).text()
}

describe('readRequestOrigin', () => {
  it('answers PUBLIC_URL whatever the request says', async () => {
    const options = { publicUrl: 'https://cx.example.com', trustProxy: true }
    const headers = { host: 'internal:3000', 'x-forwarded-proto': 'http', 'x-forwarded-host': 'evil.example' }
    expect(await originOf(options, headers)).toBe('https://cx.example.com')
  })

  it('without TRUST_PROXY: the request’s own scheme and Host, forwarded headers ignored', async () => {
    const headers = { host: 'cx.local:3000', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' }
    expect(await originOf(DIRECT, headers)).toBe('http://cx.local:3000')
    // A request that came over TLS (the URL's scheme is https) is https without any header.
    expect(await originOf(DIRECT, { host: 'cx.local' }, 'https://cx.local/')).toBe('https://cx.local')
  })

  it('with TRUST_PROXY: the first X-Forwarded-Proto and X-Forwarded-Host, the port kept', async () => {
    const headers = {
      host: '127.0.0.1:3000',
      'x-forwarded-proto': 'https, http',
      'x-forwarded-host': 'cx.example.com:8443, other.example',
    }
    expect(await originOf(PROXIED, headers)).toBe('https://cx.example.com:8443')
    expect(await originOf(PROXIED, { host: '[::1]:8080', 'x-forwarded-proto': 'HTTPS' })).toBe('https://[::1]:8080')
    expect(await originOf(PROXIED, { host: 'cxmap_app:8080' })).toBe('http://cxmap_app:8080')
  })

  it('with TRUST_PROXY and no forwarded headers: the request’s own scheme and Host', async () => {
    expect(await originOf(PROXIED, { host: 'cx.local:3000' })).toBe('http://cx.local:3000')
  })

  it('ignores forwarded values that are not an http(s) scheme or a host[:port]', async () => {
    const host = { host: 'cx.local:3000' }
    for (const proto of ['javascript', 'ftp', 'https://evil', '']) {
      expect(await originOf(PROXIED, { ...host, 'x-forwarded-proto': proto }), proto).toBe('http://cx.local:3000')
    }
    for (const forwardedHost of ['evil.example/path', 'evil.example:99999', 'evil.example:0', 'a b', 'user@evil', '']) {
      const headers = { ...host, 'x-forwarded-host': forwardedHost }
      expect(await originOf(PROXIED, headers), forwardedHost).toBe('http://cx.local:3000')
    }
  })
})

describe('Strict-Transport-Security', () => {
  async function hstsOf(options: RequestOriginOptions, headers: Record<string, string>, url = 'http://x/') {
    const app = new Hono().use(addStrictTransportSecurity(options)).get('/', (c) => c.text('ok'))
    return (await app.request(url, { headers })).headers.get('strict-transport-security')
  }

  it('is sent over https only: TLS socket, trusted X-Forwarded-Proto or an https PUBLIC_URL', async () => {
    expect(await hstsOf(DIRECT, {})).toBeNull()
    expect(await hstsOf(DIRECT, { 'x-forwarded-proto': 'https' }), 'untrusted proxy header').toBeNull()
    expect(await hstsOf(PROXIED, { 'x-forwarded-proto': 'http' })).toBeNull()
    expect(await hstsOf(PROXIED, { 'x-forwarded-proto': 'https' })).toBe(STRICT_TRANSPORT_SECURITY)
    expect(await hstsOf(DIRECT, {}, 'https://x/')).toBe(STRICT_TRANSPORT_SECURITY)
    expect(await hstsOf({ publicUrl: 'https://cx.example.com', trustProxy: false }, {})).toBe(STRICT_TRANSPORT_SECURITY)
    expect(await hstsOf({ publicUrl: 'http://localhost:3000', trustProxy: true }, {})).toBeNull()
  })

  it('the app sends it over https behind a trusted proxy, never over plain http', async () => {
    const appWith = (trustProxy: boolean) =>
      createApp({
        config: createTestConfig('/nonexistent-cxmap-test', { trustProxy }),
        store: createMemoryStore(),
        logger: createLogCapture().logger,
      }).app
    const https = { 'x-forwarded-proto': 'https' }
    const proxied = await appWith(true).request('/api/time', { headers: https })
    expect(proxied.headers.get('strict-transport-security')).toBe(STRICT_TRANSPORT_SECURITY)
    // The other security headers are still there.
    expect(proxied.headers.get('x-content-type-options')).toBe('nosniff')
    const plain = await appWith(true).request('/api/time')
    expect(plain.headers.get('strict-transport-security')).toBeNull()
    expect(plain.headers.get('x-content-type-options')).toBe('nosniff')
    const untrusted = await appWith(false).request('/api/time', { headers: https })
    expect(untrusted.headers.get('strict-transport-security')).toBeNull()
  })
})
