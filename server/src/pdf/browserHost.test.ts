import { EventEmitter } from 'node:events'
import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { createLogCapture } from '../../test/logCapture.ts'
import { BrowserHost, BrowserLaunchError } from './browserHost.ts'

/** A stand-in for Playwright's Browser: it can be closed, or crash (emit `disconnected`). */
class FakeBrowser extends EventEmitter {
  isClosed = false
  version = () => '131.0'
  async close() {
    this.isClosed = true
    this.emit('disconnected')
  }
  crash() {
    this.emit('disconnected')
  }
}

function createLauncher(failures = 0) {
  const launched: FakeBrowser[] = []
  let failuresLeft = failures
  const launch = async (path: string) => {
    if (failuresLeft-- > 0) throw new Error(`spawn ${path} ENOENT\n  at stack`)
    const browser = new FakeBrowser()
    launched.push(browser)
    return browser as unknown as Browser
  }
  return { launched, launch }
}

describe('BrowserHost', () => {
  it('launches one browser on first use and shares it', async () => {
    const { launched, launch } = createLauncher()
    const host = new BrowserHost(createLogCapture().logger, launch)
    expect(launched).toHaveLength(0)
    const [a, b] = await Promise.all([host.acquire('/usr/bin/chromium'), host.acquire('/usr/bin/chromium')])
    expect(a).toBe(b)
    expect(await host.acquire('/usr/bin/chromium')).toBe(a)
    expect(launched).toHaveLength(1)
  })

  it('launches again after the browser crashed', async () => {
    const { launched, launch } = createLauncher()
    const logs = createLogCapture()
    const host = new BrowserHost(logs.logger, launch)
    const first = await host.acquire('/usr/bin/chromium')
    launched[0]?.crash()
    const second = await host.acquire('/usr/bin/chromium')
    expect(second).not.toBe(first)
    expect(launched).toHaveLength(2)
    expect(logs.text()).toContain('Chromium went away')
  })

  it('reports a failed launch and tries again on the next export', async () => {
    const { launched, launch } = createLauncher(1)
    const host = new BrowserHost(createLogCapture().logger, launch)
    const failure = host.acquire('/opt/broken/chrome')
    await expect(failure).rejects.toBeInstanceOf(BrowserLaunchError)
    await expect(failure).rejects.toThrow(
      'Chromium at /opt/broken/chrome could not start: spawn /opt/broken/chrome ENOENT',
    )
    await host.acquire('/opt/broken/chrome')
    expect(launched).toHaveLength(1)
  })

  it('closes the browser with the server and starts no other', async () => {
    const { launched, launch } = createLauncher()
    const host = new BrowserHost(createLogCapture().logger, launch)
    await host.acquire('/usr/bin/chromium')
    await host.close()
    expect(launched[0]?.isClosed).toBe(true)
    await expect(host.acquire('/usr/bin/chromium')).rejects.toThrow('shutting down')
    expect(launched).toHaveLength(1)
    await new BrowserHost(createLogCapture().logger, launch).close()
  })

  it('closes a browser whose launch finished after the server began shutting down', async () => {
    let finishLaunch: (browser: Browser) => void = () => {}
    const late = new FakeBrowser()
    const host = new BrowserHost(
      createLogCapture().logger,
      () => new Promise<Browser>((resolve) => (finishLaunch = resolve)),
    )
    const acquired = host.acquire('/usr/bin/chromium')
    const closed = host.close()
    finishLaunch(late as unknown as Browser)
    await closed
    await expect(acquired).rejects.toThrow('shutting down')
    expect(late.isClosed).toBe(true)
  })
})
