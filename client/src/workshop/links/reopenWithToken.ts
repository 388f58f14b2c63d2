import { parseBoardLink } from '@cxmap/shared'
import { useBoardsStore } from '../../state/boardsStore'

/**
 * After the facilitator regenerated their own link: remembers the new token in "your boards", puts it in the address
 * bar and reloads, so that every part of the page (both sockets, API calls, links) starts over with it.
 */
export function reopenWithLink(boardId: string, link: string | undefined): void {
  const token = link ? parseBoardLink(link)?.token : null
  if (!token) throw new Error('The server answered no facilitator link')
  useBoardsStore.getState().replaceToken(boardId, token)
  const { pathname, search } = window.location
  history.replaceState(history.state, '', `${pathname}${search}#t=${encodeURIComponent(token)}`)
  window.location.reload()
}
