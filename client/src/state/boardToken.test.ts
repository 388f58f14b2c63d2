import { afterEach, beforeEach, expect, test, vi } from 'vitest'

import type * as BoardTokenModule from './boardToken'
import type * as BoardsStoreModule from './boardsStore'

/** A page's address bar: `window.location` and `history.replaceState` over one URL. */
function stubAddressBar(url: string) {
  let current = new URL(url)
  const location = {
    get href() {
      return current.href
    },
    get pathname() {
      return current.pathname
    },
    get search() {
      return current.search
    },
    get hash() {
      return current.hash
    },
  }
  const replaceState = vi.fn((_state: unknown, _unused: string, next: string) => {
    current = new URL(next, current)
  })
  const events = new EventTarget()
  vi.stubGlobal('window', {
    location,
    localStorage: globalThis.localStorage,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
  })
  vi.stubGlobal('history', { state: null, replaceState })
  /** A link pasted into the address bar that differs only in its fragment: no load, a `hashchange`. */
  const paste = (next: string) => {
    current = new URL(next)
    events.dispatchEvent(new Event('hashchange'))
  }
  return { address: () => `${current.pathname}${current.search}${current.hash}`, replaceState, paste }
}

function createStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  }
}

let tabStorage: Storage

/** Loads the modules as a fresh page of the same tab does: nothing in memory, this tab's sessionStorage kept. */
async function loadPage(url: string) {
  const bar = stubAddressBar(url)
  vi.resetModules()
  const tokens: typeof BoardTokenModule = await import('./boardToken')
  const { useBoardsStore }: typeof BoardsStoreModule = await import('./boardsStore')
  return { ...bar, ...tokens, useBoardsStore }
}

function remember(
  store: (typeof BoardsStoreModule)['useBoardsStore'],
  id: string,
  role: 'facilitator' | 'viewer',
  token: string,
) {
  store.getState().rememberBoard({ id, title: 'Board', role, token, lastOpenedAt: new Date().toISOString() })
}

beforeEach(() => {
  tabStorage = createStorage()
  vi.stubGlobal('sessionStorage', tabStorage)
  vi.stubGlobal('localStorage', createStorage())
})
afterEach(() => vi.unstubAllGlobals())

test('takes the fragment once, strips it from the address at once (path and query kept), keeps it for the tab', async () => {
  const page = await loadPage('https://cx.example/b/b1/roadmap?initiative=i1#t=tok_EN-1')
  expect(page.takeBoardToken('b1')).toBe('tok_EN-1')
  expect(page.address()).toBe('/b/b1/roadmap?initiative=i1')
  expect(tabStorage.getItem('cxmap.token.b1')).toBe('tok_EN-1')
  expect(page.takeBoardToken('b1')).toBe('tok_EN-1')
  expect(page.readBoardToken('b1')).toBe('tok_EN-1')
  expect(page.replaceState).toHaveBeenCalledTimes(1)
})

test('a reload of the stripped address opens the board with this tab’s token', async () => {
  await loadPage('https://cx.example/b/b1#t=first').then((page) => page.takeBoardToken('b1'))
  const reloaded = await loadPage('https://cx.example/b/b1')
  expect(reloaded.takeBoardToken('b1')).toBe('first')
  expect(reloaded.takeBoardToken('other')).toBeNull()
  expect(reloaded.replaceState).not.toHaveBeenCalled()
})

test('a viewer link opened in this tab wins over the facilitator token remembered for the board', async () => {
  const page = await loadPage('https://cx.example/b/b1#t=viewerTok')
  remember(page.useBoardsStore, 'b1', 'facilitator', 'facTok')
  expect(page.takeBoardToken('b1')).toBe('viewerTok')
  expect(page.readBoardToken('b1')).toBe('viewerTok')
})

test('an address without a fragment opens with the remembered token, or with none', async () => {
  const page = await loadPage('https://cx.example/b/b1')
  expect(page.takeBoardToken('b1')).toBeNull()
  remember(page.useBoardsStore, 'b1', 'facilitator', 'facTok')
  expect(page.takeBoardToken('b1')).toBe('facTok')
  expect(page.address()).toBe('/b/b1')
})

test('a fragment without a token is stripped and the remembered token used', async () => {
  const page = await loadPage('https://cx.example/b/b1/print?size=a4#x=1')
  remember(page.useBoardsStore, 'b1', 'viewer', 'viewTok')
  expect(page.takeBoardToken('b1')).toBe('viewTok')
  expect(page.address()).toBe('/b/b1/print?size=a4')
})

test('a revoked token is forgotten in the tab and in "your boards"; a stronger remembered one stays', async () => {
  const page = await loadPage('https://cx.example/b/b1#t=viewerTok')
  remember(page.useBoardsStore, 'b1', 'facilitator', 'facTok')
  page.takeBoardToken('b1')
  page.forgetBoardToken('b1', 'viewerTok')
  expect(page.readBoardToken('b1')).toBe('facTok')
  page.forgetBoardToken('b1', 'facTok')
  expect(page.readBoardToken('b1')).toBeNull()
})

test('a regenerated link replaces the token in the tab and in "your boards"', async () => {
  const page = await loadPage('https://cx.example/b/b1#t=old')
  remember(page.useBoardsStore, 'b1', 'facilitator', 'old')
  page.takeBoardToken('b1')
  page.replaceBoardToken('b1', 'new')
  expect(page.readBoardToken('b1')).toBe('new')
  expect(tabStorage.getItem('cxmap.token.b1')).toBe('new')
  expect(page.useBoardsStore.getState().boards[0]?.token).toBe('new')
})

test('a link pasted into the address bar of the open board is taken, stripped and reported', async () => {
  const page = await loadPage('https://cx.example/b/b1#t=viewerTok')
  page.takeBoardToken('b1')
  const onTaken = vi.fn()
  const stop = page.watchPastedToken('b1', onTaken)
  page.paste('https://cx.example/b/b1#t=editorTok')
  expect(onTaken).toHaveBeenCalledTimes(1)
  expect(page.readBoardToken('b1')).toBe('editorTok')
  expect(page.address()).toBe('/b/b1')
  page.paste('https://cx.example/b/b1#nothing')
  expect(onTaken).toHaveBeenCalledTimes(1)
  stop()
  page.paste('https://cx.example/b/b1#t=later')
  expect(onTaken).toHaveBeenCalledTimes(1)
  expect(page.readBoardToken('b1')).toBe('editorTok')
})

test('without sessionStorage the token still serves this page', async () => {
  vi.stubGlobal('sessionStorage', {
    getItem: () => {
      throw new Error('disabled')
    },
    setItem: () => {
      throw new Error('disabled')
    },
  })
  const page = await loadPage('https://cx.example/b/b1#t=tok')
  expect(page.takeBoardToken('b1')).toBe('tok')
  expect(page.readBoardToken('b1')).toBe('tok')
  expect(page.address()).toBe('/b/b1')
})
