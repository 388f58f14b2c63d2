import { react, type Editor } from 'tldraw'
import { fitJourneyGrids } from '../../journey/view/fitJourneyGrids'

/**
 * The first view of the map on each page load: all the journey grids, fitted into the part of the canvas our panels
 * and tldraw's toolbars leave free. Until the person moves the map, a change of the canvas's size (the session dock
 * appearing, the window resized) fits again. Returns the stop function.
 */
export function showFirstView(editor: Editor): () => void {
  let fitted: { x: number; y: number; z: number } | null = null
  let frame = 0
  let isDone = false
  // Following someone is moving the map too: a fit must never overwrite the followed view.
  const isFollowing = () => editor.getInstanceState().followingUserId !== null
  const fit = () => {
    frame = 0
    // The camera may have moved between the request and this frame (a follow, a person's pan): then it is theirs.
    if (isDone || !isUntouched() || isFollowing()) {
      isDone = true
      return
    }
    if (!fitJourneyGrids(editor)) return
    const { x, y, z } = editor.getCamera()
    fitted = { x, y, z }
  }
  const isUntouched = () => {
    if (!fitted) return true
    const camera = editor.getCamera()
    return camera.x === fitted.x && camera.y === fitted.y && camera.z === fitted.z
  }
  // After a frame, so that the palette and tldraw's toolbars are laid out and their edges can be measured.
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(fit)
  }
  const stopReacting = react('cxmap first view', () => {
    const { w, h } = editor.getViewportScreenBounds()
    // Shapes count only until the first fit: later edits must not move the view of someone who is working.
    if (isDone || w === 0 || h === 0 || (!fitted && editor.getCurrentPageShapeIds().size === 0)) return
    if (isUntouched() && !isFollowing()) schedule()
    else isDone = true
  })
  return () => {
    stopReacting()
    if (frame) cancelAnimationFrame(frame)
  }
}
