import { useEditor, useValue } from 'tldraw'
import { boardViewPath, navigate } from '../../routing/navigation'
import { useRoadmapT } from '../i18n'
import { useRoadmapUiStore } from '../roadmapUiStore'
import { SendToRoadmapDialogHost } from './SendToRoadmapDialog'
import { useSendStore } from './sendStore'
import { useSelectedCards } from './useSelectedCards'
import './send.css'

/** The roadmap's controls on the canvas: the send button over selected cards, its dialog and its notice. */
export function RoadmapCanvasControls({ boardId }: { boardId: string }) {
  return (
    <>
      <SelectionSendButton />
      <SendToRoadmapDialogHost />
      <SendNotice boardId={boardId} />
    </>
  )
}

const GAP = 12
const BUTTON_H = 32
const TOP_MARGIN = 56

/** "Send N cards to roadmap", floating above the selection (below it when there is no room) while nothing moves. */
function SelectionSendButton() {
  const t = useRoadmapT()
  const editor = useEditor()
  const cards = useSelectedCards()
  const openDialog = useSendStore((state) => state.openDialog)
  const place = useValue(
    'cxmap send button place',
    () => {
      if (!editor.isIn('select.idle')) return null
      const bounds = editor.getSelectionRotatedPageBounds()
      if (!bounds) return null
      const top = editor.pageToViewport({ x: bounds.midX, y: bounds.minY })
      const bottom = editor.pageToViewport({ x: bounds.midX, y: bounds.maxY })
      const above = top.y - GAP - BUTTON_H
      return { x: Math.round(top.x), y: Math.round(above >= TOP_MARGIN ? above : bottom.y + GAP) }
    },
    [editor],
  )
  if (cards.length === 0 || !place) return null
  return (
    <button
      type="button"
      className="send-button"
      style={{ left: place.x, top: place.y }}
      title={t('send.buttonCount', { count: cards.length })}
      data-testid="send-to-roadmap"
      onPointerDown={(event) => event.stopPropagation()}
      onClick={() => openDialog(cards.map((card) => card.id))}
    >
      <RoadmapIcon />
      {t('send.button')}
    </button>
  )
}

/** What the last send created, with a way to the roadmap. */
function SendNotice({ boardId }: { boardId: string }) {
  const t = useRoadmapT()
  const notice = useSendStore((state) => state.notice)
  const dismiss = () => useSendStore.getState().showNotice(null)
  if (!notice) return null
  return (
    <div className="send-notice" role="status" data-testid="send-notice">
      <span>{t('send.created', { count: notice.count })}</span>
      <button
        type="button"
        className="send-notice__action"
        onClick={() => {
          dismiss()
          useRoadmapUiStore.getState().setTab('waves')
          navigate(boardViewPath(boardId, 'roadmap'))
        }}
      >
        {t('send.openRoadmap')}
      </button>
      <button type="button" className="icon-button send-notice__close" aria-label={t('send.dismiss')} onClick={dismiss}>
        ×
      </button>
    </div>
  )
}

/** A small roadmap glyph: three steps rising (the waves). */
export function RoadmapIcon({ size = 16 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" fill="none" aria-hidden="true">
      <path
        d="M2 13h4v-3h4V7h4V3"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <path d="M11.5 3H14v2.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}
