import type { CSSProperties } from 'react'
import { createPortal } from 'react-dom'
import { useValue, type Editor } from 'tldraw'
import type { Burst } from './reactionState'
import './reactions.css'

/** Offsets of the small copies that fly out of a burst (px), so a reaction reads as a burst, not a sticker. */
const SPARKS = [
  { dx: -34, dy: -46 },
  { dx: 30, dy: -52 },
  { dx: -12, dy: -70 },
  { dx: 44, dy: -20 },
] as const

/**
 * The reactions on screen, each at the page point it was sent from (the sender's cursor), following this screen's
 * camera; drawn over the canvas in the editor's container and never catching the pointer.
 */
export function ReactionsLayer({ editor, bursts }: { editor: Editor; bursts: readonly Burst[] }) {
  const points = useValue(
    'cx reaction points',
    () => bursts.map((burst) => editor.pageToViewport({ x: burst.x, y: burst.y })),
    [editor, bursts],
  )
  if (bursts.length === 0) return null
  return createPortal(
    <div className="cx-reactions" aria-hidden="true" data-testid="reactions-layer">
      {bursts.map((burst, index) => (
        <div
          key={burst.key}
          className="cx-reaction"
          style={{ left: points[index]?.x ?? 0, top: points[index]?.y ?? 0 }}
          data-testid="reaction-burst"
          data-emoji={burst.emoji}
          data-client-id={burst.clientId}
          data-page-x={burst.x}
          data-page-y={burst.y}
        >
          <span className="cx-reaction__main">{burst.emoji}</span>
          {SPARKS.map((spark, i) => (
            <span
              key={i}
              className="cx-reaction__spark"
              style={{ '--dx': `${spark.dx}px`, '--dy': `${spark.dy}px` } as CSSProperties}
            >
              {burst.emoji}
            </span>
          ))}
        </div>
      ))}
    </div>,
    editor.getContainer(),
  )
}
