import { buildBoardLink, parseBoardLink, visibleLinkRoles, type BoardLinks, type Role } from '@cxmap/shared'

/** A role's shareable link, built on this page's origin (the server may sit behind a proxy with another). */
export interface ShareLink {
  role: Role
  url: string
}

/** The links a holder of `role` may share, strongest first: its own (from its token) and the weaker ones. */
export function getShareLinks(
  origin: string,
  boardId: string,
  role: Role,
  token: string,
  links: BoardLinks,
): ShareLink[] {
  return visibleLinkRoles(role).flatMap((linkRole) => {
    const linkToken = linkRole === role ? token : parseBoardLink(links[linkRole] ?? '')?.token
    return linkToken ? [{ role: linkRole, url: buildBoardLink(origin, boardId, linkToken) }] : []
  })
}
