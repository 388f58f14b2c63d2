import { parseBoardLink } from '@cxmap/shared'
import { replaceBoardToken } from '../../state/boardToken'

/**
 * After the facilitator regenerated their own link: keeps the new token for this tab and in "your boards" and
 * reloads, so that every part of the page (both sockets, API calls, links) starts over with it.
 */
export function reopenWithLink(boardId: string, link: string | undefined): void {
  const token = link ? parseBoardLink(link)?.token : null
  if (!token) throw new Error('The server answered no facilitator link')
  replaceBoardToken(boardId, token)
  window.location.reload()
}
