import { SCORE_MAX, SCORE_MIN, SEVERITY_MAX, SEVERITY_MIN } from '@cxmap/shared'
import type { PointerEvent } from 'react'
import { useCardsT } from '../i18n'
import { SCORE_COLORS, SEVERITY_COLORS } from './cardLook'

// Controls inside a shape take their own pointer events: the canvas must not start selecting or dragging the card.
const stopPointer = (event: PointerEvent) => event.stopPropagation()

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

/** A barrier's severity as five pips; click one to set it. */
export function SeverityControl({
  value,
  isReadonly,
  onChange,
}: {
  value: number
  isReadonly: boolean
  onChange: (value: number) => void
}) {
  const t = useCardsT()
  return (
    <div className="cx-card__control" role="group" aria-label={t('card.severityValue', { value })}>
      {range(SEVERITY_MIN, SEVERITY_MAX).map((level) => {
        const isOn = level <= value
        return (
          <button
            key={level}
            type="button"
            className="cx-card__pip"
            data-testid={`card-severity-${level}`}
            aria-pressed={level === value}
            aria-label={t('card.severityValue', { value: level })}
            title={t('card.severityValue', { value: level })}
            disabled={isReadonly}
            onPointerDown={stopPointer}
            onClick={() => onChange(level)}
          >
            <span className="cx-card__pip-dot" style={{ background: isOn ? SEVERITY_COLORS[value - 1] : undefined }} />
          </button>
        )
      })}
    </div>
  )
}

/** A feeling's score as five faces from −2 to +2; click one to set it. */
export function ScoreControl({
  value,
  isReadonly,
  onChange,
}: {
  value: number
  isReadonly: boolean
  onChange: (value: number) => void
}) {
  const t = useCardsT()
  return (
    <div className="cx-card__control" role="group" aria-label={t('card.score')}>
      {range(SCORE_MIN, SCORE_MAX).map((score) => {
        const label = t(`card.scoreValues.${score}` as 'card.scoreValues.0')
        const isOn = score === value
        return (
          <button
            key={score}
            type="button"
            className={isOn ? 'cx-card__face cx-card__face--on' : 'cx-card__face'}
            data-testid={`card-score-${score}`}
            aria-pressed={isOn}
            aria-label={label}
            title={label}
            disabled={isReadonly}
            style={{ color: isOn ? SCORE_COLORS[score - SCORE_MIN] : undefined }}
            onPointerDown={stopPointer}
            onClick={() => onChange(score)}
          >
            <FaceIcon score={score} isOn={isOn} />
          </button>
        )
      })}
    </div>
  )
}

// Mouth from a deep frown (−2) to a broad smile (+2): a quadratic curve whose control point moves down as it smiles.
/** A feeling's face for a score from −2 to +2, filled when it is the card's score. */
export function FaceIcon({ score, isOn, size = 16 }: { score: number; isOn: boolean; size?: number }) {
  const bend = score * 2.6
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="8.6" fill={isOn ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.6" />
      <circle cx="7" cy="8" r="1.2" fill={isOn ? '#fff' : 'currentColor'} />
      <circle cx="13" cy="8" r="1.2" fill={isOn ? '#fff' : 'currentColor'} />
      <path
        d={`M6 ${13 - bend / 4} Q10 ${13 + bend} 14 ${13 - bend / 4}`}
        fill="none"
        stroke={isOn ? '#fff' : 'currentColor'}
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  )
}
