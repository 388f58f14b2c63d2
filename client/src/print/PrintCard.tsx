import { formatNumber, type JourneyCardOut } from '@cxmap/shared'
import { CARD_LOOKS } from '../journey/cards/cardLook'
import { KindIcon } from '../journey/cards/KindIcon'
import type { PrintT } from './i18n'

/** The card's meta line: kind, department, severity or score, votes (also measured by the tiling estimate). */
export function formatCardMeta(card: JourneyCardOut, t: PrintT): string {
  const parts = [t.other('cards', `kinds.${card.kind}`)]
  if (card.departmentName) parts.push(card.departmentName)
  if (card.kind === 'barrier' && card.severity) parts.push(t('card.severity', { value: card.severity }))
  if (card.kind === 'feeling' && card.score !== undefined)
    parts.push(t('card.score', { value: formatScore(card.score, t.lang) }))
  if (card.votes > 0) parts.push(t('card.votes', { count: card.votes }))
  return parts.join(' · ')
}

/** A feeling score with its sign (+1, 0, −2, −0,5 in Russian), one decimal at most. */
export function formatScore(score: number, locale: string): string {
  return formatNumber(score, locale, { signed: true, maximumFractionDigits: 1 })
}

/** A card as a small box: a kind-coloured edge and icon, its text, and its meta line. */
export function PrintCard({ card, t }: { card: JourneyCardOut; t: PrintT }) {
  const look = CARD_LOOKS[card.kind]
  return (
    <div
      className="print-card"
      style={{ background: look.background, borderColor: look.border, borderLeftColor: look.accent }}
    >
      <div className="print-card-meta" style={{ color: look.accent }}>
        <KindIcon kind={card.kind} size={9} />
        <span>{formatCardMeta(card, t)}</span>
      </div>
      <div className="print-card-text">{card.text.trim() || '—'}</div>
    </div>
  )
}
