import { Box, react, UserRecordType, type Editor, type TLInstancePresence, type TLUserId } from 'tldraw'
import { fitCamera, viewPageBounds, type Insets, type Rect } from '../../journey/view/fitCamera'
import { boardViewPath, matchRoute, navigate } from '../../routing/navigation'

/** tldraw's user id of a person (their presence's `userId`). */
export function toTLUserId(personId: string): TLUserId {
  return UserRecordType.createId(personId)
}

/** The person id behind tldraw's user id. */
export function toPersonId(userId: TLUserId): string {
  return userId.startsWith('user:') ? userId.slice('user:'.length) : userId
}

/** The person this viewport follows, or null. */
export function readFollowing(editor: Editor): string | null {
  const userId = editor.getInstanceState().followingUserId
  return userId ? toPersonId(userId) : null
}

/** Whether a person publishes a viewport (camera and screen size) that can be followed. */
export function canFollow(editor: Editor, personId: string): boolean {
  const userId = toTLUserId(personId)
  return editor.getCollaborators().some((presence) => presence.userId === userId && !!presence.screenBounds)
}

/**
 * Makes this viewport follow a person's (tldraw chases their camera each frame and stops by itself when this person
 * pans, zooms or scrolls). From the roadmap the canvas is shown first: following a hidden map shows nothing.
 */
export function followPerson(editor: Editor, boardId: string, personId: string): void {
  const route = matchRoute(window.location.pathname)
  if (route.page === 'board' && route.view !== 'canvas') navigate(boardViewPath(boardId, 'canvas'))
  editor.startFollowingUser(toTLUserId(personId))
}

/** How many people follow this person's viewport now (their presence says whom they follow). */
export function countFollowers(editor: Editor): number {
  const self = editor.user.getRecordId()
  return editor.getCollaborators().filter((presence) => presence.followingUserId === self).length
}

/** Calls `onChange` whenever whom this viewport follows, or who is present, changes. Returns the stop function. */
export function watchFollowing(editor: Editor, onChange: () => void): () => void {
  let first = true
  return react('cxmap follow', () => {
    // Read for the dependency: the reaction re-runs when either changes.
    void [editor.getInstanceState().followingUserId, editor.getCollaborators()]
    if (first) first = false
    else onChange()
  })
}

/** How long measured panel edges are reused while following (the chase reads them every frame). */
const INSETS_CACHE_MS = 500

/**
 * Makes this viewport, while it follows someone, show the whole of their view (the page bounds of their viewport,
 * whatever their screen size) in the part of this canvas our panels and tldraw's toolbars leave free. tldraw 5.4.2
 * fits the leader's view into the whole viewport, under the card palette and the toolbars; its follow loop and its
 * locked camera both read the private `getViewportPageBoundsForFollowing`, so this client supplies that one method
 * for its editor (tldraw is pinned to one exact version). Returns the function that restores tldraw's own.
 */
export function fitFollowedViews(editor: Editor, readInsets: (editor: Editor) => Insets): () => void {
  const target = editor as unknown as Record<typeof FOLLOW_BOUNDS_METHOD, unknown>
  if (typeof target[FOLLOW_BOUNDS_METHOD] !== 'function') return () => {}
  let cached: { insets: Insets; at: number } | null = null
  const insets = () => {
    const now = performance.now()
    if (!cached || now - cached.at > INSETS_CACHE_MS) cached = { insets: balanceInsets(readInsets(editor)), at: now }
    return cached.insets
  }
  target[FOLLOW_BOUNDS_METHOD] = () => {
    const leader = readLeaderView(editor)
    if (!leader) return null
    const screen = editor.getViewportScreenBounds()
    const camera = fitCamera(leader, { w: screen.w, h: screen.h }, insets())
    const view = viewPageBounds(camera, { w: screen.w, h: screen.h })
    return new Box(view.x, view.y, view.w, view.h)
  }
  return () => {
    delete target[FOLLOW_BOUNDS_METHOD]
  }
}

const FOLLOW_BOUNDS_METHOD = 'getViewportPageBoundsForFollowing'

/**
 * The same room on opposite edges: the centre of the leader's view stays the centre of the follower's (what is pointed
 * at stays in the middle on every screen), and no part of it is under a panel.
 */
export function balanceInsets(insets: Insets): Insets {
  const vertical = Math.max(insets.top, insets.bottom)
  const horizontal = Math.max(insets.left, insets.right)
  return { top: vertical, bottom: vertical, left: horizontal, right: horizontal }
}

/** The page bounds of the viewport of the person this viewport follows (through whom they follow), or null. */
function readLeaderView(editor: Editor): Rect | null {
  const visited = new Set<string>([editor.user.getRecordId()])
  let userId = editor.getInstanceState().followingUserId
  let leader: TLInstancePresence | null = null
  const collaborators = editor.getCollaborators()
  while (userId && !visited.has(userId)) {
    const presence = collaborators.find((candidate) => candidate.userId === userId)
    if (!presence) break
    leader = presence
    visited.add(userId)
    userId = presence.followingUserId
  }
  if (!leader?.camera || !leader.screenBounds) return null
  return viewPageBounds(leader.camera, leader.screenBounds)
}
