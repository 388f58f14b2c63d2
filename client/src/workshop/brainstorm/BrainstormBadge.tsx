import { useWorkshopT } from '../i18n'
import { useControlSynced, useWorkshop, useWorkshopBoard } from '../WorkshopContext'
import { useBrainstormController } from './useBrainstormController'
import { usePrivateTotals } from './usePrivateTotals'

/**
 * Runs the private brainstorm on this machine and says so: participants see that their new cards are private (and
 * how many they hold); the facilitator sees how many there are in all.
 */
export function BrainstormBadge() {
  const t = useWorkshopT()
  const { editor, boardId, canControl, awareness } = useWorkshopBoard()
  const { brainstorm } = useWorkshop()
  const controlSynced = useControlSynced()
  const privateCount = useBrainstormController({
    editor,
    boardId,
    brainstorm,
    isFacilitator: canControl,
    controlSynced,
    awareness,
  })
  const totals = usePrivateTotals()
  if (brainstorm?.status !== 'private') return null
  return (
    <div className="workshop-chip brainstorm-badge" role="status" data-testid="brainstorm-badge">
      <LockedEyeIcon />
      {canControl ? (
        <span>
          {t('brainstorm.badgeFacilitator')} · {t('brainstorm.progress', { count: totals.cards })}{' '}
          {t('brainstorm.people', { count: totals.people })}
        </span>
      ) : (
        <span>
          {t('brainstorm.badge')}
          {privateCount > 0 && <> · {t('brainstorm.badgeCount', { count: privateCount })}</>}
        </span>
      )}
    </div>
  )
}

/** An eye with a slash: hidden from others. */
export function LockedEyeIcon({ size = 14 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path
        d="M3 12s3.5-6 9-6 9 6 9 6-3.5 6-9 6-9-6-9-6z"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
      <circle cx="12" cy="12" r="2.5" stroke="currentColor" strokeWidth="2" />
      <path d="M4 20L20 4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}
