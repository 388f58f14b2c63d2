import type { JourneyCardProps } from '@cxmap/shared'
import { useEffect, useId, useLayoutEffect, useRef, useState, type SyntheticEvent } from 'react'
import { createPortal } from 'react-dom'
import { useLiveText } from '../../components/useLiveText'
import { parseRevenue, type MonetisationFields } from './revenue'
import { useMonetisationT } from './strings'

const POPOVER_W = 300
const POPOVER_H = 330

interface MonetisationPopoverProps {
  anchor: HTMLElement
  fields: MonetisationFields
  isReadonly: boolean
  onChange: (patch: Partial<JourneyCardProps>) => void
  onClose: () => void
}

/**
 * The monetisation fields of a card, in a portal at screen position (not scaled with the canvas): text fields write
 * after a pause and on blur; the revenue only when it is a valid number. Esc or a press outside closes it.
 */
export function MonetisationPopover({ anchor, fields, isReadonly, onChange, onClose }: MonetisationPopoverProps) {
  const t = useMonetisationT()
  const rootRef = useRef<HTMLDivElement>(null)
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null)
  const id = useId()
  const valueCreated = useLiveText(fields.valueCreated, (value) => onChange({ valueCreated: value }))
  const valueCaptured = useLiveText(fields.valueCaptured, (value) => onChange({ valueCaptured: value }))
  const paidService = useLiveText(fields.paidService, (value) => onChange({ paidService: value }))
  const revenue = useLiveText(fields.revenue > 0 ? String(fields.revenue) : '', (value) => {
    const parsed = parseRevenue(value)
    if (parsed !== null) onChange({ revenue: parsed })
  })
  const isRevenueValid = parseRevenue(revenue.value) !== null

  useLayoutEffect(() => {
    const rect = anchor.getBoundingClientRect()
    const below = rect.bottom + 6 + POPOVER_H < window.innerHeight
    setPosition({
      left: Math.max(8, Math.min(rect.left, window.innerWidth - POPOVER_W - 8)),
      top: below ? rect.bottom + 6 : Math.max(8, rect.top - 6 - POPOVER_H),
    })
  }, [anchor])

  useEffect(() => {
    if (position && !isReadonly) rootRef.current?.querySelector<HTMLElement>('textarea, input')?.focus()
  }, [position, isReadonly])

  useEffect(() => {
    const handlePointerDown = (event: globalThis.PointerEvent) => {
      const target = event.target as Node
      if (!rootRef.current?.contains(target) && !anchor.contains(target)) onClose()
    }
    document.addEventListener('pointerdown', handlePointerDown, true)
    return () => document.removeEventListener('pointerdown', handlePointerDown, true)
  }, [anchor, onClose])

  if (!position) return null
  return createPortal(
    <div
      ref={rootRef}
      className="cx-money-popover"
      role="dialog"
      aria-labelledby={`${id}-title`}
      data-testid="monetisation-popover"
      style={{ ...position, width: POPOVER_W }}
      onKeyDown={(event) => {
        event.stopPropagation()
        if (event.key === 'Escape') {
          onClose()
          anchor.focus()
        }
      }}
      // React bubbles a portal's events through the React tree: without this the card and the canvas around it
      // would take a press in the popover for one on the canvas.
      onPointerDown={stopPropagation}
      onPointerUp={stopPropagation}
      onClick={stopPropagation}
      onDoubleClick={stopPropagation}
      onWheel={stopPropagation}
    >
      <h3 className="cx-money-popover__title" id={`${id}-title`}>
        {t('title')}
      </h3>
      <label className="cx-money-popover__label" htmlFor={`${id}-created`}>
        {t('valueCreated')}
      </label>
      <textarea
        id={`${id}-created`}
        className="cx-money-popover__input"
        rows={2}
        readOnly={isReadonly}
        maxLength={2000}
        placeholder={isReadonly ? '' : t('valueCreatedPlaceholder')}
        data-testid="monetisation-value-created"
        {...valueCreated}
      />
      <label className="cx-money-popover__label" htmlFor={`${id}-captured`}>
        {t('valueCaptured')}
      </label>
      <textarea
        id={`${id}-captured`}
        className="cx-money-popover__input"
        rows={2}
        readOnly={isReadonly}
        maxLength={2000}
        placeholder={isReadonly ? '' : t('valueCapturedPlaceholder')}
        data-testid="monetisation-value-captured"
        {...valueCaptured}
      />
      <label className="cx-money-popover__label" htmlFor={`${id}-service`}>
        {t('paidService')}
      </label>
      <input
        id={`${id}-service`}
        className="cx-money-popover__input"
        readOnly={isReadonly}
        maxLength={500}
        placeholder={isReadonly ? '' : t('paidServicePlaceholder')}
        data-testid="monetisation-paid-service"
        {...paidService}
      />
      <label className="cx-money-popover__label" htmlFor={`${id}-revenue`}>
        {t('revenue')}
      </label>
      <input
        id={`${id}-revenue`}
        className="cx-money-popover__input cx-money-popover__revenue"
        inputMode="decimal"
        readOnly={isReadonly}
        placeholder={t('revenuePlaceholder')}
        aria-invalid={!isRevenueValid}
        aria-describedby={isRevenueValid ? undefined : `${id}-error`}
        data-testid="monetisation-revenue"
        {...revenue}
      />
      {!isRevenueValid && (
        <p className="cx-money-popover__error" id={`${id}-error`} role="alert">
          {t('invalidRevenue')}
        </p>
      )}
    </div>,
    document.body,
  )
}

function stopPropagation(event: SyntheticEvent) {
  event.stopPropagation()
}
