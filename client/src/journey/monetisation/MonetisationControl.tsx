import { JOURNEY_CARD_TYPE, type JourneyCardProps } from '@cxmap/shared'
import { useState, type PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useEditor, useValue, type TLShapeId } from 'tldraw'
import { MonetisationPopover } from './MonetisationPopover'
import { formatRevenueFull, formatRevenueShort, hasMonetisation, MONETISED_KINDS } from './revenue'
import { useMonetisationT } from './strings'
import './monetisation.css'

const stopPointer = (event: PointerEvent) => event.stopPropagation()

/**
 * A touchpoint's or monetisation card's revenue estimate as a small chip in its header (a coin when only words are
 * filled in); an editor clicks it to fill in value created / captured, paid service and revenue. `isCorner`: the card
 * is zoomed out and has no header, the chip sits in its corner at a readable size, and only when something is filled.
 */
export function MonetisationControl({
  cardId,
  isReadonly,
  isCorner = false,
}: {
  cardId: TLShapeId
  isReadonly: boolean
  isCorner?: boolean
}) {
  const editor = useEditor()
  const t = useMonetisationT()
  const { i18n } = useTranslation()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const props = useValue(
    'cxmap card monetisation',
    () => editor.getShape(cardId)?.props as JourneyCardProps | undefined,
    [editor, cardId],
  )
  if (!props || !MONETISED_KINDS.includes(props.kind)) return null
  const isFilled = hasMonetisation(props)
  if ((isReadonly || isCorner) && !isFilled) return null
  // Short on the card (the coin says money, the hover text says per month): the kind's name keeps its room.
  const label = props.revenue > 0 ? formatRevenueShort(props.revenue, i18n.language) : ''
  const title =
    props.revenue > 0 ? t('summary', { value: formatRevenueFull(props.revenue, i18n.language) }) : t('button')

  const update = (patch: Partial<JourneyCardProps>) => {
    if (editor.getIsReadonly()) return
    editor.markHistoryStoppingPoint('update card monetisation')
    editor.updateShape({ id: cardId, type: JOURNEY_CARD_TYPE, props: patch })
  }

  return (
    <>
      <button
        type="button"
        className={['cx-money', !isFilled && 'cx-money--empty', isCorner && 'cx-money--corner']
          .filter(Boolean)
          .join(' ')}
        data-testid="card-monetisation"
        data-revenue={props.revenue}
        title={title}
        aria-label={title}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        onPointerDown={stopPointer}
        onClick={(event) => setAnchor(anchor ? null : event.currentTarget)}
      >
        <CoinIcon />
        {label && <span className="cx-money__value">{label}</span>}
      </button>
      {anchor && (
        <MonetisationPopover
          anchor={anchor}
          fields={props}
          isReadonly={isReadonly}
          onChange={update}
          onClose={() => setAnchor(null)}
        />
      )}
    </>
  )
}

/** A coin: the monetisation mark on cards, the palette and the heat map's layer switch. */
export function CoinIcon({ size = 14 }: { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <ellipse cx="12" cy="7" rx="7" ry="3" />
      <path d="M5 7v5c0 1.7 3.1 3 7 3s7-1.3 7-3V7" />
      <path d="M5 12v5c0 1.7 3.1 3 7 3s7-1.3 7-3v-5" />
    </svg>
  )
}
