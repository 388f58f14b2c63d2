import { describe, expect, it } from 'vitest'
import { needsLicenseKey } from './licenseState'

const at = (url: string) => {
  const { protocol, hostname } = new URL(url)
  return { protocol, hostname }
}

describe('needsLicenseKey', () => {
  it('asks for a key only in a production build on a production origin without one', () => {
    const production = at('https://cx.example.com/')
    expect(needsLicenseKey(null, production, true)).toBe(true)
    expect(needsLicenseKey('tldraw-key', production, true)).toBe(false)
    expect(needsLicenseKey(null, production, false)).toBe(false)
    expect(needsLicenseKey(null, at('http://cx.example.com/'), true)).toBe(false)
  })
})
