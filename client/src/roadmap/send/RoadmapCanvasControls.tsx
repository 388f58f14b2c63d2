import { useCallback, useState } from 'react'
import { useEditor, useValue, type Box, type Editor } from 'tldraw'
import { isJourneyCard } from '../../journey/cards/cardShape'
import { boardViewPath, navigate } from '../../routing/navigation'
import { useRoadmapT } from '../i18n'
import { useRoadmapUiStore } from '../roadmapUiStore'
import { placeFloatingButton, type ScreenRect } from './floatingPlace'
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

/** Height of the app's top bar over the canvas, in screen px: the button never hides under it. */
const TOP_INSET = 56
/** The panels over the canvas the button must not cover: tldraw's toolbar, menus and zoom, the card palette, reactions. */
const CHROME_SELECTOR =
  '.tlui-main-toolbar__inner, .tlui-menu-zone, .tlui-navigation-panel, .tlui-helper-buttons, .tlui-style-panel__wrapper, ' +
  '.cx-palette, .cx-reactions-control'
/** The button's size before it is first measured (its label in either language fits). */
const ESTIMATED_SIZE = { w: 170, h: 32 }

/**
 * "Send N cards to roadmap", floating next to the selection while nothing moves: outside the selection and off
 * the other cards and their controls, on the side with room (see `placeFloatingButton`).
 */
function SelectionSendButton() {
  const t = useRoadmapT()
  const editor = useEditor()
  const cards = useSelectedCards()
  const openDialog = useSendStore((state) => state.openDialog)
  const [size, setSize] = useState(ESTIMATED_SIZE)
  const measure = useCallback((button: HTMLButtonElement | null) => {
    if (!button) return
    const w = Math.ceil(button.offsetWidth)
    const h = Math.ceil(button.offsetHeight)
    setSize((old) => (old.w === w && old.h === h ? old : { w, h }))
  }, [])
  // A string, so that the button re-renders only when its place changes.
  const placeKey = useValue('cxmap send button place', () => getSendButtonPlace(editor, size), [editor, size])
  if (cards.length === 0 || !placeKey) return null
  const [x, y] = placeKey.split(',').map(Number)
  return (
    <button
      ref={measure}
      type="button"
      className="send-button"
      style={{ left: x, top: y }}
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

function getSendButtonPlace(editor: Editor, size: { w: number; h: number }): string {
  if (!editor.isIn('select.idle')) return ''
  const bounds = editor.getSelectionRotatedPageBounds()
  if (!bounds) return ''
  const selected = new Set(editor.getSelectedShapeIds())
  const viewport = editor.getViewportPageBounds()
  const toScreen = (box: Box): ScreenRect => {
    const corner = editor.pageToViewport({ x: box.minX, y: box.minY })
    const zoom = editor.getZoomLevel()
    return { x: corner.x, y: corner.y, w: box.w * zoom, h: box.h * zoom }
  }
  const obstacles = editor
    .getCurrentPageShapes()
    .filter((shape) => isJourneyCard(shape) && !selected.has(shape.id))
    .flatMap((shape) => {
      const box = editor.getShapePageBounds(shape)
      return box && box.collides(viewport) ? [toScreen(box)] : []
    })
  const screen = editor.getViewportScreenBounds()
  const chrome = [...editor.getContainer().querySelectorAll(CHROME_SELECTOR)].map((element) => {
    const rect = element.getBoundingClientRect()
    return { x: rect.x - screen.x, y: rect.y - screen.y, w: rect.width, h: rect.height }
  })
  const place = placeFloatingButton(toScreen(bounds), size, obstacles, {
    w: screen.w,
    h: screen.h,
    topInset: TOP_INSET,
    chrome,
  })
  return `${place.x},${place.y}`
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
