import { useWorkshopT } from '../i18n'
import { useWorkshopBoard } from '../WorkshopContext'
import { LockIcon } from './LockIcon'
import './lock.css'
import { useGridLock } from './useGridLock'

/**
 * Enforces the frame lock on this person's canvas and says so: "Frame locked by the facilitator" for participants, a
 * smaller "Frame locked" for the facilitator.
 */
export function LockBadge() {
  const t = useWorkshopT()
  const { canControl } = useWorkshopBoard()
  const isLocked = useGridLock()
  if (!isLocked) return null
  return (
    <div
      className={canControl ? 'workshop-chip lock-badge lock-badge--small' : 'workshop-chip lock-badge'}
      role="status"
      title={t('lock.badgeTitle')}
      data-testid="lock-badge"
    >
      <LockIcon size={canControl ? 12 : 14} />
      <span>{canControl ? t('lock.badgeFacilitator') : t('lock.badge')}</span>
    </div>
  )
}
