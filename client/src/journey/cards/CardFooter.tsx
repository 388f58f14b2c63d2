import type { CardKind } from '@cxmap/shared'
import type { PointerEvent, ReactNode } from 'react'
import { useEditor, type TLShapeId } from 'tldraw'
import { useCardsT } from '../i18n'
import { useCardSlots } from './cardSlots'
import { getMoreIndex, type CardControlsPlan } from './cardTargets'

const stopPointer = (event: PointerEvent) => event.stopPropagation()

interface FooterParts {
  cardId: TLShapeId
  kind: CardKind
  chip: ReactNode
  /** The severity or score control as it fits the plan (compact in the strip). */
  rating: ReactNode
  authorName: string
  isPrivate: boolean
}

/**
 * The footer of a card at 100 % and more: department, author, then the vote and roadmap badges; what does not fit
 * wraps onto the next line (the author, then the badges) rather than squeeze the department or author into an
 * ellipsis.
 */
export function CardFooter({ cardId, kind, chip, authorName, isPrivate }: Omit<FooterParts, 'rating'>) {
  const { Votes, RoadmapBadge, PrivateMark } = useCardSlots()
  return (
    <div className="cx-card__footer">
      {chip}
      {authorName && (
        <span className="cx-card__author" title={authorName}>
          {authorName}
        </span>
      )}
      {isPrivate && <PrivateMark />}
      <span className="cx-card__badges">
        <Votes cardId={cardId} kind={kind} />
        <RoadmapBadge cardId={cardId} />
      </span>
    </div>
  )
}

/**
 * A zoomed-out card's controls: one row, counter-scaled to stay 24 px targets on screen (`zoom: var(--cx-ui)` in
 * cards.css), holding what the plan fits; the rest wait behind "⋯", which brings the card to 100 %.
 */
export function CardControlStrip({ plan, cardId, kind, chip, rating }: FooterParts & { plan: CardControlsPlan }) {
  const { Votes, RoadmapBadge } = useCardSlots()
  const isShown = (control: CardControlsPlan['shown'][number]) => plan.shown.includes(control)
  const before = plan.shown.slice(0, getMoreIndex(plan.shown))
  return (
    <div className="cx-card__strip" data-testid="card-strip">
      {before.includes('chip') && chip}
      {before.includes('rating') && rating}
      {before.includes('badge') && <RoadmapBadge cardId={cardId} isCompact />}
      <span className="cx-card__strip-end">
        {plan.hasMore && <MoreButton cardId={cardId} />}
        <Votes cardId={cardId} kind={kind} isCompact showBack={isShown('back')} showAdd={isShown('add')} />
      </span>
    </div>
  )
}

function MoreButton({ cardId }: { cardId: TLShapeId }) {
  const editor = useEditor()
  const t = useCardsT()
  const handleClick = () => {
    const bounds = editor.getShapePageBounds(cardId)
    if (bounds) editor.zoomToBounds(bounds, { targetZoom: 1, animation: { duration: 220 } })
  }
  return (
    <button
      type="button"
      className="cx-card__more"
      data-testid="card-more"
      aria-label={t('card.more')}
      title={t('card.more')}
      onPointerDown={stopPointer}
      onClick={handleClick}
    >
      ⋯
    </button>
  )
}
