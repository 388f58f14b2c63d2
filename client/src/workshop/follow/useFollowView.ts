import { useValue } from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'
import { readParticipants } from '../../sync/presence'
import { useWorkshopBoard } from '../WorkshopContext'
import { countFollowers, readFollowing, toTLUserId } from './followViewport'

/** What the follow UI shows, live. */
export interface FollowView {
  /** Whom this viewport follows, or null. */
  following: { id: string; name: string } | null
  /** How many people follow this person's viewport. */
  followers: number
  /** How many other people are on the map (with a presence). */
  others: number
}

/** Whom this viewport follows, who follows this person, and how many others are here. */
export function useFollowView(): FollowView {
  const { editor, awareness } = useWorkshopBoard()
  const followingId = useValue('following', () => (editor ? readFollowing(editor) : null), [editor])
  const followers = useValue('followers', () => (editor ? countFollowers(editor) : 0), [editor])
  const others = useValue('others', () => (editor ? editor.getCollaborators().length : 0), [editor])
  const followingName = useValue(
    'following name',
    () => {
      if (!editor || !followingId) return ''
      const presence = editor.getCollaborators().find((entry) => entry.userId === toTLUserId(followingId))
      return presence?.userName ?? ''
    },
    [editor, followingId],
  )
  return {
    following: followingId
      ? { id: followingId, name: followingName || nameFromAwareness(awareness, followingId) }
      : null,
    followers,
    others,
  }
}

function nameFromAwareness(awareness: Awareness, personId: string): string {
  return readParticipants(awareness).find((person) => person.id === personId)?.name ?? ''
}
