import { describe, expect, it } from 'vitest'
import { isTldrawProductionOrigin } from './tldrawLicense.ts'

const at = (url: string) => {
  const { protocol, hostname } = new URL(url)
  return { protocol, hostname }
}

describe('isTldrawProductionOrigin', () => {
  it('follows tldraw: https off loopback is production, plain http and loopback are not', () => {
    expect(isTldrawProductionOrigin(at('https://cx.example.com/b/x'))).toBe(true)
    expect(isTldrawProductionOrigin(at('https://10.0.0.5:8443/'))).toBe(true)
    expect(isTldrawProductionOrigin(at('http://cx.example.com/'))).toBe(false)
    expect(isTldrawProductionOrigin(at('http://192.168.1.20:8080/'))).toBe(false)
    expect(isTldrawProductionOrigin(at('https://localhost:8443/'))).toBe(false)
    expect(isTldrawProductionOrigin(at('https://127.0.0.1/'))).toBe(false)
    expect(isTldrawProductionOrigin(at('https://[::1]:8443/'))).toBe(false)
  })

  it('treats *.localhost names as production, as a production build of tldraw does', () => {
    expect(isTldrawProductionOrigin(at('http://cx.localhost:8080/'))).toBe(true)
  })
})
