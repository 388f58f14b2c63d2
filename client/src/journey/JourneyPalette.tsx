import { CARD_DEFAULT_H, CARD_DEFAULT_W, CARD_KINDS, type CardKind } from '@cxmap/shared'
import { useCallback, useRef, useState, type KeyboardEvent } from 'react'
import { useEditor, useValue } from 'tldraw'
import { CARD_LOOKS } from './cards/cardLook'
import { createJourneyCard } from './cards/createCard'
import { KindIcon } from './cards/KindIcon'
import { useCardsT } from './i18n'
import { usePaletteDrag, type PaletteDrag } from './usePaletteDrag'
import './palette.css'

/**
 * The card palette on the canvas's left edge: click (or Enter/Space) adds a card of that kind at the centre of the
 * view, dragging one onto the board drops it there; either way it snaps into the cell under it. Arrow keys move
 * between kinds. Hidden for viewers.
 */
export function JourneyPalette() {
  const editor = useEditor()
  const t = useCardsT()
  const toolbarRef = useRef<HTMLDivElement>(null)
  // The name of the kind under the pointer or focus, shown beside the palette (a native title shows too late).
  const [tip, setTip] = useState<{ kind: CardKind; left: number; top: number } | null>(null)
  const showTip = (kind: CardKind, element: HTMLElement) => {
    const rect = element.getBoundingClientRect()
    setTip({ kind, left: rect.right + 8, top: rect.top + rect.height / 2 })
  }
  const isReadonly = useValue('cxmap palette readonly', () => editor.getIsReadonly(), [editor])

  const handleDrop = useCallback(
    (kind: CardKind, point: { x: number; y: number }) => {
      createJourneyCard(editor, {
        kind,
        x: point.x - CARD_DEFAULT_W / 2,
        y: point.y - CARD_DEFAULT_H / 2,
        cellPoint: point,
      })
    },
    [editor],
  )
  const { drag, handlePointerDown, shouldIgnoreClick } = usePaletteDrag(editor, handleDrop)

  const handleClick = (kind: CardKind) => {
    if (shouldIgnoreClick()) return
    handleDrop(kind, editor.getViewportPageBounds().center)
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0
    if (!step) return
    event.preventDefault()
    const buttons = [...(toolbarRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])]
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
    buttons[(index + step + buttons.length) % buttons.length]?.focus()
  }

  if (isReadonly) return null
  return (
    <>
      <div
        ref={toolbarRef}
        className="cx-palette"
        role="toolbar"
        aria-orientation="vertical"
        aria-label={t('palette.label')}
        data-testid="card-palette"
        onKeyDown={handleKeyDown}
      >
        {CARD_KINDS.map((kind) => {
          const name = t(`kinds.${kind}`)
          return (
            <button
              key={kind}
              type="button"
              className="cx-palette__button"
              data-testid={`palette-${kind}`}
              aria-label={t('palette.add', { kind: name })}
              onPointerEnter={(event) => showTip(kind, event.currentTarget)}
              onPointerLeave={() => setTip(null)}
              onFocus={(event) => showTip(kind, event.currentTarget)}
              onBlur={() => setTip(null)}
              style={{ color: CARD_LOOKS[kind].accent, background: CARD_LOOKS[kind].background }}
              onPointerDown={(event) => handlePointerDown(kind, event)}
              onClick={() => handleClick(kind)}
            >
              <KindIcon kind={kind} size={18} />
            </button>
          )
        })}
      </div>
      {tip && !drag && (
        <div className="cx-palette__tip" style={{ left: tip.left, top: tip.top }} role="presentation">
          {t(`kinds.${tip.kind}`)}
        </div>
      )}
      {drag && <DragGhost drag={drag} label={t(`kinds.${drag.kind}`)} />}
    </>
  )
}

// What follows the pointer while a kind is dragged from the palette: a small card of that kind.
function DragGhost({ drag, label }: { drag: PaletteDrag; label: string }) {
  const look = CARD_LOOKS[drag.kind]
  return (
    <div
      className="cx-palette__ghost"
      style={{
        left: drag.clientX,
        top: drag.clientY,
        background: look.background,
        borderColor: look.border,
        color: look.accent,
      }}
      aria-hidden="true"
    >
      <KindIcon kind={drag.kind} size={14} />
      <span>{label}</span>
    </div>
  )
}
