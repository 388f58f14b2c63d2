import { useSyncExternalStore } from 'react'

/** The views of a board over one session: its canvas (`/b/:id`), roadmap (`/b/:id/roadmap`), strategy (`/b/:id/strategy`). */
export type BoardView = 'canvas' | 'roadmap' | 'strategy'

/** The page a path shows. */
export type Route =
  | { page: 'home' }
  | { page: 'board'; boardId: string; view: BoardView }
  | { page: 'print'; boardId: string }
  | { page: 'admin' }
  | { page: 'notFound' }

const NAVIGATE_EVENT = 'cxmap:navigate'

/** Reads the route from a path (`/`, `/b/:id`, `/b/:id/roadmap`, `/b/:id/strategy`, `/b/:id/print` or `/admin`). */
export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' }
  if (/^\/admin\/?$/.test(pathname)) return { page: 'admin' }
  const board = /^\/b\/([A-Za-z0-9_-]+)(?:\/(roadmap|strategy))?\/?$/.exec(pathname)
  if (board?.[1]) return { page: 'board', boardId: board[1], view: (board[2] as BoardView | undefined) ?? 'canvas' }
  const print = /^\/b\/([A-Za-z0-9_-]+)\/print\/?$/.exec(pathname)
  if (print?.[1]) return { page: 'print', boardId: print[1] }
  return { page: 'notFound' }
}

/**
 * The address of a board's view, with `?initiative=` when an initiative is to be opened; no fragment: the token stays
 * out of the address bar (`state/boardToken.ts`).
 */
export function boardViewPath(boardId: string, view: BoardView, { initiativeId }: { initiativeId?: string } = {}) {
  const path = view === 'canvas' ? `/b/${boardId}` : `/b/${boardId}/${view}`
  const search = initiativeId ? `?initiative=${encodeURIComponent(initiativeId)}` : ''
  return `${path}${search}`
}

/** Goes to a same-origin path (with its fragment) without reloading the page. */
export function navigate(path: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', path)
  else history.pushState(null, '', path)
  window.dispatchEvent(new Event(NAVIGATE_EVENT))
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(NAVIGATE_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(NAVIGATE_EVENT, onChange)
  }
}

/** The current path (without fragment), re-rendering on navigation. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname)
}

/** Handles a click on a same-origin link without a reload, keeping modified clicks (new tab) native. */
export function handleLinkClick(event: React.MouseEvent<HTMLAnchorElement>): void {
  if (event.defaultPrevented || event.button !== 0) return
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  navigate(event.currentTarget.getAttribute('href') ?? '/')
}
