import { getWorkshopMap, readWorkshop } from '@cxmap/shared'
import { useEffect, useRef } from 'react'
import { useWorkshopBoard } from '../WorkshopContext'
import { decideFollow, INITIAL_FOLLOW_STATE, type FollowAction, type FollowState } from './followMachine'
import { readCanvasInsets } from '../../journey/view/fitJourneyGrids'
import { canFollow, fitFollowedViews, followPerson, readFollowing, watchFollowing } from './followViewport'

/**
 * Runs "bring everyone to me" on this client: follows the facilitator's request when one appears, stops when it ends,
 * and lets the person leave it by moving the map (see {@link decideFollow}). Esc stops any following.
 */
export function useFollowRequests(): void {
  const { editor, controlDoc, selfId, boardId } = useWorkshopBoard()
  // Survives the canvas remounting: a request left stays left.
  const stateRef = useRef<FollowState>(INITIAL_FOLLOW_STATE)

  useEffect(() => {
    if (!editor || !selfId) return
    let isApplying = false
    const evaluate = () => {
      // tldraw's own start/stop steps pass through "following nobody"; only the settled result counts.
      if (isApplying) return
      const request = readWorkshop(controlDoc).follow
      const { state, action } = decideFollow(stateRef.current, {
        request,
        selfId,
        following: readFollowing(editor),
        isLeaderPresent: request ? canFollow(editor, request.userId) : false,
      })
      stateRef.current = state
      if (action) apply(action)
    }
    const apply = (action: Exclude<FollowAction, null>) => {
      isApplying = true
      try {
        if (action.type === 'follow') followPerson(editor, boardId, action.userId)
        else editor.stopFollowingUser()
      } finally {
        isApplying = false
      }
      evaluate()
    }
    const map = getWorkshopMap(controlDoc)
    map.observe(evaluate)
    const stopWatching = watchFollowing(editor, evaluate)
    evaluate()
    return () => {
      map.unobserve(evaluate)
      stopWatching()
    }
  }, [editor, controlDoc, selfId, boardId])

  useEffect(() => (editor ? fitFollowedViews(editor, readCanvasInsets) : undefined), [editor])

  useEffect(() => {
    if (!editor) return
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && editor.getInstanceState().followingUserId) editor.stopFollowingUser()
    }
    // Capture: the canvas handles Esc itself (deselecting) and must not keep it from us.
    document.addEventListener('keydown', handleKeyDown, true)
    return () => document.removeEventListener('keydown', handleKeyDown, true)
  }, [editor])
}
