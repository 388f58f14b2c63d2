import { writeWorkshop } from '@cxmap/shared'
import { useWorkshopT } from '../i18n'
import { SwitchSection } from '../SwitchSection'
import { useWorkshop, useWorkshopBoard } from '../WorkshopContext'
import { LockIcon } from './LockIcon'
import './lock.css'

/** The cockpit's "Lock the frame": a switch that locks the grids' structure and position for participants. */
export function LockControls() {
  const t = useWorkshopT()
  const { controlDoc, canControl } = useWorkshopBoard()
  const isLocked = useWorkshop().lock.grids
  if (!canControl) return null

  return (
    <SwitchSection
      id="lock-controls"
      icon={<LockIcon isOpen={!isLocked} />}
      title={t('lock.title')}
      switchLabel={t('lock.switchLabel')}
      stateText={isLocked ? t('lock.on') : t('lock.off')}
      hint={t('lock.hint')}
      isOn={isLocked}
      testId="lock-switch"
      sectionTestId="lock-controls"
      onToggle={() => writeWorkshop(controlDoc, 'lock', { grids: !isLocked })}
    />
  )
}
