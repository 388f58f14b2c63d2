import { useEffect, useMemo, useRef } from 'react'
import { useEditor, type Editor } from 'tldraw'
import { useDismiss } from '../../components/useDismiss'
import { useWorkshopT } from '../i18n'
import { useOptionalWorkshopBoard } from '../WorkshopContext'
import { createReactionPublisher } from './reactionPublisher'
import { REACTION_EMOJI, type ReactionEmoji } from './reactionState'
import { ReactionsLayer } from './ReactionsLayer'
import { useReactionFeed } from './useReactionFeed'
import { useReactionKeys } from './useReactionKeys'
import { useReactionPickerStore } from './reactionsUi'
import { useToolbarAnchor } from './useToolbarAnchor'
import './reactions.css'

const EMOJI_NAMES = ['thumbsUp', 'heart', 'party', 'laugh', 'thinking', 'thumbsDown'] as const

/**
 * Reactions next to tldraw's toolbar: a button opening a picker of six emoji (Shift+R, then 1–6), each sent as a
 * short burst at this person's cursor to everyone on the board through awareness, never stored; and everyone's
 * bursts drawn over the canvas. Viewers react too.
 */
export function ReactionsControl() {
  const editor = useEditor()
  const awareness = useOptionalWorkshopBoard()?.awareness ?? null
  const bursts = useReactionFeed(awareness)
  const publisher = useMemo(() => (awareness ? createReactionPublisher(awareness) : null), [awareness])
  useEffect(() => () => publisher?.stop(), [publisher])
  const { isOpen, setOpen } = useReactionPickerStore()
  useEffect(() => () => useReactionPickerStore.getState().setOpen(false), [])
  const react = (emoji: ReactionEmoji) => publisher?.react(emoji, readCursorPoint(editor))
  useReactionKeys(editor, isOpen, react)
  if (!publisher) return null
  return (
    <>
      <ReactionPicker editor={editor} isOpen={isOpen} onOpenChange={setOpen} onReact={react} />
      <ReactionsLayer editor={editor} bursts={bursts} />
    </>
  )
}

function ReactionPicker({
  editor,
  isOpen,
  onOpenChange,
  onReact,
}: {
  editor: Editor
  isOpen: boolean
  onOpenChange: (isOpen: boolean) => void
  onReact: (emoji: ReactionEmoji) => void
}) {
  const t = useWorkshopT()
  const rootRef = useRef<HTMLDivElement>(null)
  useDismiss(isOpen, rootRef, () => onOpenChange(false))
  const anchor = useToolbarAnchor(editor, rootRef)
  return (
    <div
      className="cx-reactions-control"
      ref={rootRef}
      style={anchor ?? undefined}
      data-beside-toolbar={anchor !== null || undefined}
    >
      {isOpen && (
        <div
          className="cx-reactions-picker"
          role="group"
          aria-label={t('reactions.pickerLabel')}
          data-testid="reactions-picker"
        >
          <div className="cx-reactions-picker__row">
            {REACTION_EMOJI.map((emoji, index) => (
              <button
                key={emoji}
                type="button"
                className="cx-reactions-picker__emoji"
                aria-label={t(`reactions.emoji.${EMOJI_NAMES[index]!}`)}
                title={`${t(`reactions.emoji.${EMOJI_NAMES[index]!}`)} (${index + 1})`}
                data-testid="reaction-emoji"
                data-emoji={emoji}
                onClick={() => onReact(emoji)}
              >
                {emoji}
                <span className="cx-reactions-picker__key" aria-hidden="true">
                  {index + 1}
                </span>
              </button>
            ))}
          </div>
          <p className="cx-reactions-picker__hint">{t('reactions.pickerHint')}</p>
        </div>
      )}
      <button
        type="button"
        className="cx-reactions-button"
        aria-label={t('reactions.button')}
        aria-expanded={isOpen}
        title={t('reactions.buttonTitle')}
        data-testid="reactions-button"
        onClick={() => onOpenChange(!isOpen)}
      >
        <SmileIcon />
      </button>
    </div>
  )
}

/** Where this person's cursor is on the page, as others see it; the middle of the view when it is not over it. */
function readCursorPoint(editor: Editor): { x: number; y: number } {
  const point = editor.inputs.getCurrentPagePoint()
  const view = editor.getViewportPageBounds()
  const isInView = point.x >= view.minX && point.x <= view.maxX && point.y >= view.minY && point.y <= view.maxY
  return isInView ? { x: point.x, y: point.y } : { x: view.midX, y: view.midY }
}

function SmileIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <circle cx="12" cy="12" r="9" stroke="currentColor" strokeWidth="2" />
      <path d="M8 14.5c1 1.3 2.3 2 4 2s3-.7 4-2" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <circle cx="9" cy="10" r="1.2" fill="currentColor" />
      <circle cx="15" cy="10" r="1.2" fill="currentColor" />
    </svg>
  )
}
