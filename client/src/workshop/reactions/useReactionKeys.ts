import { useEffect, useRef } from 'react'
import type { Editor } from 'tldraw'
import { REACTION_EMOJI, type ReactionEmoji } from './reactionState'

/** Whether a key press belongs to text being typed (a field, a card being edited), not to the board. */
function isTyping(event: KeyboardEvent, editor: Editor): boolean {
  const target = event.target as HTMLElement | null
  if (target?.isContentEditable) return true
  const tag = target?.tagName
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || editor.getEditingShapeId() !== null
}

const hasModifier = (event: KeyboardEvent) => event.ctrlKey || event.metaKey || event.altKey

/**
 * The reactions' keys while the picker is open: 1…6 send the picker's emoji at the cursor (tldraw binds no bare digit).
 * Shift+R, which opens and closes it, is a tldraw action (`reactionsUiOverrides`), so the shortcuts dialog lists it.
 */
export function useReactionKeys(editor: Editor, isOpen: boolean, react: (emoji: ReactionEmoji) => void): void {
  const latest = useRef({ isOpen, react })
  latest.current = { isOpen, react }
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || hasModifier(event) || isTyping(event, editor)) return
      const { isOpen, react } = latest.current
      if (!isOpen || event.shiftKey) return
      const digit = /^(?:Digit|Numpad)([1-6])$/.exec(event.code)
      if (!digit) return
      event.preventDefault()
      event.stopPropagation()
      react(REACTION_EMOJI[Number(digit[1]) - 1]!)
    }
    window.addEventListener('keydown', handleKeyDown, true)
    return () => window.removeEventListener('keydown', handleKeyDown, true)
  }, [editor])
}
