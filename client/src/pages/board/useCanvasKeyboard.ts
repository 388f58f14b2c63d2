import { useEffect } from 'react'
import type { Editor } from 'tldraw'
import type { BoardView } from '../../routing/navigation'

/**
 * Gives the canvas the keyboard and the wheel only while it is the view on screen. Under the roadmap it is blurred
 * (Delete would delete its selection); back on the map it is focused again, because tldraw never refocuses a blurred
 * editor by itself: its shortcuts and wheel panning would stay dead until a reload. A pointer press on the canvas also
 * gives the focus back, whatever took it.
 */
export function useCanvasKeyboard(editor: Editor | null, view: BoardView): void {
  useEffect(() => {
    if (!editor) return
    if (view !== 'canvas') {
      editor.blur()
      return
    }
    // Focus the container only when nothing else holds the keyboard (a dialog or a field the person is typing in).
    const active = document.activeElement
    const isElsewhere = active instanceof HTMLElement && active !== document.body && isTextField(active)
    editor.focus({ focusContainer: !isElsewhere })
    const container = editor.getContainer()
    const handlePointerDown = () => {
      if (!editor.getIsFocused()) editor.focus({ focusContainer: false })
    }
    container.addEventListener('pointerdown', handlePointerDown, true)
    return () => container.removeEventListener('pointerdown', handlePointerDown, true)
  }, [editor, view])
}

function isTextField(element: HTMLElement): boolean {
  return element.isContentEditable || element.matches('input, textarea, select')
}
