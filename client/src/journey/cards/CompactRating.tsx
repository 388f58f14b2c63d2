import { useEffect, useLayoutEffect, useRef, useState, type PointerEvent, type SyntheticEvent } from 'react'
import { createPortal } from 'react-dom'
import { useCardsT } from '../i18n'
import { FaceIcon, ScoreControl, SeverityControl } from './CardControls'
import { SCORE_COLORS, SEVERITY_COLORS } from './cardLook'
import { SCORE_MIN } from '@cxmap/shared'

const stopPointer = (event: PointerEvent) => event.stopPropagation()
const stopPropagation = (event: SyntheticEvent) => event.stopPropagation()

/** Screen px between the button and its popover, and the popover's height (one row of 24 px targets). */
const POPOVER_GAP = 4
const POPOVER_H = 40

/**
 * A zoomed-out card's severity or score as one 24 px button showing the current value; a click opens the five
 * choices in a popover at screen size (not scaled with the canvas, not covered by other shapes).
 */
export function CompactRating({
  rating,
  value,
  isReadonly,
  onChange,
}: {
  rating: 'severity' | 'score'
  value: number
  isReadonly: boolean
  onChange: (value: number) => void
}) {
  const t = useCardsT()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const label =
    rating === 'severity' ? t('card.severityValue', { value }) : t(`card.scoreValues.${value}` as 'card.scoreValues.0')
  return (
    <>
      <button
        type="button"
        className="cx-card__rating"
        data-testid={`card-${rating}-compact`}
        aria-label={label}
        title={label}
        aria-haspopup="true"
        aria-expanded={anchor !== null}
        disabled={isReadonly}
        style={{ color: rating === 'severity' ? SEVERITY_COLORS[value - 1] : SCORE_COLORS[value - SCORE_MIN] }}
        onPointerDown={stopPointer}
        onClick={(event) => setAnchor(anchor ? null : event.currentTarget)}
      >
        {rating === 'severity' ? (
          <span className="cx-card__rating-value">{value}</span>
        ) : (
          <FaceIcon score={value} isOn />
        )}
      </button>
      {anchor && (
        <RatingPopover anchor={anchor} onClose={() => setAnchor(null)}>
          {rating === 'severity' ? (
            <SeverityControl value={value} isReadonly={isReadonly} onChange={(v) => (onChange(v), setAnchor(null))} />
          ) : (
            <ScoreControl value={value} isReadonly={isReadonly} onChange={(v) => (onChange(v), setAnchor(null))} />
          )}
        </RatingPopover>
      )}
    </>
  )
}

function RatingPopover({
  anchor,
  onClose,
  children,
}: {
  anchor: HTMLElement
  onClose: () => void
  children: React.ReactNode
}) {
  const ref = useRef<HTMLDivElement>(null)
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null)

  useLayoutEffect(() => {
    const rect = anchor.getBoundingClientRect()
    const below = rect.bottom + POPOVER_GAP + POPOVER_H < window.innerHeight
    setPosition({
      left: Math.max(4, Math.min(rect.left, window.innerWidth - 180)),
      top: below ? rect.bottom + POPOVER_GAP : rect.top - POPOVER_GAP - POPOVER_H,
    })
  }, [anchor])

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus()
    const handlePointerDown = (event: globalThis.PointerEvent) => {
      const target = event.target as Node
      if (!ref.current?.contains(target) && !anchor.contains(target)) onClose()
    }
    document.addEventListener('pointerdown', handlePointerDown, true)
    return () => document.removeEventListener('pointerdown', handlePointerDown, true)
  }, [anchor, onClose, position])

  if (!position) return null
  return createPortal(
    <div
      ref={ref}
      className="cx-rating-popover"
      data-testid="card-rating-popover"
      style={position}
      onKeyDown={(event) => {
        event.stopPropagation()
        if (event.key === 'Escape') {
          onClose()
          anchor.focus()
        }
      }}
      // A portal's events bubble through the React tree: keep them from the card and the canvas around it.
      onPointerDown={stopPropagation}
      onPointerUp={stopPropagation}
      onClick={stopPropagation}
      onDoubleClick={stopPropagation}
      onWheel={stopPropagation}
    >
      {children}
    </div>,
    document.body,
  )
}
