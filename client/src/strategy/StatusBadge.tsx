import type { StrategyPartStatus } from '@cxmap/shared'
import { useStrategyT } from './i18n'

/** A part's completeness: complete, partial or missing (a coloured dot, and the word unless compact). */
export function StatusBadge({ status, compact = false }: { status: StrategyPartStatus; compact?: boolean }) {
  const t = useStrategyT()
  return (
    <span
      className={`st-status st-status--${status}${compact ? ' st-status--compact' : ''}`}
      title={t(`status.${status}`)}
      data-status={status}
    >
      <span className="st-status__dot" aria-hidden="true" />
      <span className={compact ? 'st-sr-only' : undefined}>{t(`status.${status}`)}</span>
    </span>
  )
}
