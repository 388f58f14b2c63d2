import { JOURNEY_CARD_TYPE } from '@cxmap/shared'
import { useCallback, useEffect, type ChangeEvent, type FocusEvent, type KeyboardEvent } from 'react'
import { useEditablePlainText, useEditor, type Editor } from 'tldraw'
import { createCardInTargetCell } from '../grid/gridUiActions'
import type { JourneyCardShape } from './cardShape'

/**
 * Grows the card by however much its text overflows the text area, as a local change (so it syncs, and the lane
 * under it grows in turn). Sizes inside a shape are page units whatever the zoom, since tldraw scales the layer.
 */
function growCardToFit(editor: Editor, id: JourneyCardShape['id'], input: HTMLTextAreaElement): void {
  const overflow = input.scrollHeight - input.clientHeight
  const card = editor.getShape<JourneyCardShape>(id)
  if (overflow <= 1 || !card) return
  editor.updateShape<JourneyCardShape>({
    id,
    type: JOURNEY_CARD_TYPE,
    props: { h: Math.ceil(card.props.h + overflow) },
  })
}

/** Tab or Ctrl/Cmd+Enter while editing: the next card in the same cell (Esc still just ends editing). */
function isNextCardKey(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
  if (event.nativeEvent.isComposing) return false
  const isTab = event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey
  return isTab || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))
}

/**
 * A card's text: plain text when idle, a textarea styled like it while editing (double-click or Enter starts, Esc or
 * leaving the field ends; Tab or Ctrl+Enter goes on with a new card in the same cell). While the textarea has focus
 * tldraw's shortcuts are off, so typing is only typing.
 */
export function CardText({
  shape,
  placeholder,
  label,
}: {
  shape: JourneyCardShape
  placeholder: string
  label: string
}) {
  const editor = useEditor()
  const { text } = shape.props
  const { rInput, isEditing, handleChange, handleKeyDown, handleInputPointerDown, handlePaste, handleDoubleClick } =
    useEditablePlainText(shape.id, JOURNEY_CARD_TYPE, text)

  // Editing starts with the caret after the text (Enter, a new card from the palette, a double-click).
  useEffect(() => {
    const input = rInput.current
    if (isEditing && input) input.setSelectionRange(input.value.length, input.value.length)
  }, [isEditing, rInput])

  const handleBlur = useCallback(
    (event: FocusEvent<HTMLTextAreaElement>) => {
      const container = editor.getContainer()
      // Leaving the window is not leaving the card.
      if (!container.ownerDocument.hasFocus()) return
      const next = event.relatedTarget as HTMLElement | null
      const isCanvas = !next || next === container || !!next.closest('.tl-canvas')
      requestAnimationFrame(() => {
        if (editor.getEditingShapeId() !== shape.id) return
        // A press on the canvas passes the focus to tldraw's container for a moment: keep typing in the card.
        // Focus that moved to anything else (a panel, the top bar) ends the editing and stays where it went
        // (`complete()` would take it back to the canvas).
        if (isCanvas) rInput.current?.focus()
        else editor.setEditingShape(null)
      })
    },
    [editor, shape.id, rInput],
  )

  if (!isEditing) {
    return (
      <div className={text ? 'cx-card__text' : 'cx-card__text cx-card__text--empty'} dir="auto">
        {text || placeholder}
      </div>
    )
  }
  return (
    <textarea
      ref={rInput}
      className="cx-card__text cx-card__input"
      aria-label={label}
      dir="auto"
      spellCheck
      autoComplete="off"
      defaultValue={text}
      onChange={(event: ChangeEvent<HTMLTextAreaElement>) => {
        handleChange({ plaintext: event.target.value })
        growCardToFit(editor, shape.id, event.target)
      }}
      onKeyDown={(event: KeyboardEvent<HTMLTextAreaElement>) => {
        if (isNextCardKey(event) && createCardInTargetCell(editor)) {
          event.preventDefault()
          event.stopPropagation()
          return
        }
        handleKeyDown(event.nativeEvent)
      }}
      onPointerDown={handleInputPointerDown}
      onPaste={handlePaste}
      onDoubleClick={handleDoubleClick}
      onBlur={handleBlur}
      onContextMenu={(event) => event.stopPropagation()}
    />
  )
}
