import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createChromiumSearch, findChromium, type ChromiumSearch } from './findChromium.ts'

function fakeSearch(executables: string[], options: Partial<ChromiumSearch> = {}): ChromiumSearch {
  return {
    configuredPath: null,
    isExecutable: (path) => executables.includes(path),
    bundledPath: async () => '/home/cx/.cache/ms-playwright/chromium-1200/chrome-linux/chrome',
    ...options,
  }
}

describe('findChromium', () => {
  it('uses CHROMIUM_PATH when it is set and executable', async () => {
    const search = fakeSearch(['/opt/chrome/chrome', '/usr/bin/chromium'], { configuredPath: '/opt/chrome/chrome' })
    expect(await findChromium(search)).toEqual({ ok: true, path: '/opt/chrome/chrome', source: 'configured' })
  })

  it('never falls back from a CHROMIUM_PATH that points nowhere', async () => {
    const search = fakeSearch(['/usr/bin/chromium'], { configuredPath: '/nowhere/chrome' })
    const lookup = await findChromium(search)
    expect(lookup.ok).toBe(false)
    if (!lookup.ok) expect(lookup.problem).toContain('CHROMIUM_PATH is set to "/nowhere/chrome"')
  })

  it('prefers the system’s Chromium, in the listed order', async () => {
    expect(await findChromium(fakeSearch(['/usr/bin/google-chrome', '/usr/bin/chromium-browser']))).toEqual({
      ok: true,
      path: '/usr/bin/chromium-browser',
      source: 'system',
    })
  })

  it('takes Playwright’s bundled build when the system has none, only if it is installed', async () => {
    const bundled = '/home/cx/.cache/ms-playwright/chromium-1200/chrome-linux/chrome'
    expect(await findChromium(fakeSearch([bundled]))).toEqual({ ok: true, path: bundled, source: 'playwright' })
    expect(await findChromium(fakeSearch([]))).toEqual({ ok: false, problem: 'No Chromium was found on this server.' })
    expect((await findChromium(fakeSearch([], { bundledPath: async () => null }))).ok).toBe(false)
  })
})

describe('createChromiumSearch', () => {
  it('accepts executable files only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cxmap-chromium-'))
    try {
      const executable = join(dir, 'chrome')
      const plain = join(dir, 'readme')
      await writeFile(executable, '#!/bin/sh\n', { mode: 0o755 })
      await writeFile(plain, 'text', { mode: 0o644 })
      const search = createChromiumSearch(executable)
      expect(search.isExecutable(executable)).toBe(true)
      expect(search.isExecutable(dir)).toBe(false)
      expect(search.isExecutable(join(dir, 'missing'))).toBe(false)
      // root may execute anything with an x bit; a file without any is refused even to root.
      expect(search.isExecutable(plain)).toBe(false)
      expect(await findChromium(search)).toEqual({ ok: true, path: executable, source: 'configured' })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
