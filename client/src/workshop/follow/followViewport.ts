import { react, UserRecordType, type Editor, type TLUserId } from 'tldraw'
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
  if (route.page === 'board' && route.view === 'roadmap') navigate(boardViewPath(boardId, 'canvas'))
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
