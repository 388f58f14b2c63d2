import { expect, test } from '../support/fixtures.ts'
import { isLocalUrl, RequestLog } from '../support/requestLog.ts'

// Checks of the harness itself: a guard that records nothing would pass every test.
test.describe('the localhost-only guard', () => {
  test('tells local URLs from remote ones', () => {
    for (const url of [
      'http://127.0.0.1:8080/a',
      'ws://localhost:1/sync/x',
      'http://[::1]:3000/',
      'data:,x',
      'blob:x',
    ]) {
      expect(isLocalUrl(url), url).toBe(true)
    }
    for (const url of [
      'https://cdn.tldraw.com/fonts/a.woff2',
      'wss://sync.example.com/',
      'http://10.0.0.1/',
      'nonsense',
    ]) {
      expect(isLocalUrl(url), url).toBe(false)
    }
  })

  test('records HTTP requests and WebSockets of a page', async ({ browser }) => {
    const context = await browser.newContext()
    const log = new RequestLog()
    log.attach(context)
    // Nothing may actually leave: every HTTP request is aborted before it goes out.
    await context.route(/.*/, (route) => route.abort())
    const page = await context.newPage()
    const failed = page.waitForEvent('requestfailed')
    await page.setContent(`<img src="https://cdn.example.com/a.png">`)
    await failed
    await page.evaluate(() => {
      new WebSocket('ws://127.0.0.1:9/probe')
    })
    await expect.poll(() => [...log.urls].sort()).toEqual(['https://cdn.example.com/a.png', 'ws://127.0.0.1:9/probe'])
    expect(log.remoteUrls()).toEqual(['https://cdn.example.com/a.png'])
    await context.close()
  })
})
