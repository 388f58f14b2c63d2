import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { createLogCapture } from '../test/logCapture.ts'
import { warnIfLicenseMissing, watchLicenseOnBoardPages, type LicenseSettings } from './licenseWarning.ts'

const noKey: LicenseSettings = { tldrawLicenseKey: null, publicUrl: null, trustProxy: true }

function createPages(settings: LicenseSettings) {
  const capture = createLogCapture()
  const app = new Hono()
  app.use('/b/*', watchLicenseOnBoardPages(settings, capture.logger))
  app.get('/b/:id', (c) => c.text('board'))
  const open = (origin: string) => {
    const { protocol, host } = new URL(origin)
    return app.request(`http://127.0.0.1:8080/b/abc`, {
      headers: { 'x-forwarded-proto': protocol.slice(0, -1), 'x-forwarded-host': host },
    })
  }
  const warnings = () =>
    capture
      .text()
      .split('\n')
      .filter((line) => line.includes('TLDRAW_LICENSE_KEY'))
  return { open, warnings }
}

describe('the tldraw license warning', () => {
  it('warns at start when PUBLIC_URL is an https host and there is no key', () => {
    const capture = createLogCapture()
    warnIfLicenseMissing({ ...noKey, publicUrl: 'https://cx.example.com' }, capture.logger)
    warnIfLicenseMissing({ ...noKey, publicUrl: 'http://cx.example.com' }, capture.logger)
    warnIfLicenseMissing({ ...noKey, publicUrl: 'https://cx.example.com', tldrawLicenseKey: 'k' }, capture.logger)
    const lines = capture.text().trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 40, publicUrl: 'https://cx.example.com' })
  })

  it('warns once, on the first board page served at an https origin', async () => {
    const pages = createPages(noKey)
    await pages.open('http://cx.example.com')
    await pages.open('https://localhost:8443')
    expect(pages.warnings()).toEqual([])
    expect((await pages.open('https://cx.example.com')).status).toBe(200)
    await pages.open('https://other.example.com')
    expect(pages.warnings()).toHaveLength(1)
    expect(pages.warnings()[0]).toContain('"origin":"https://cx.example.com"')
  })

  it('stays silent with a key', async () => {
    const pages = createPages({ ...noKey, tldrawLicenseKey: 'tldraw-key' })
    await pages.open('https://cx.example.com')
    expect(pages.warnings()).toEqual([])
  })
})
