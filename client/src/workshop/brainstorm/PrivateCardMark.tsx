import { useWorkshopT } from '../i18n'
import { LockedEyeIcon } from './BrainstormBadge'

/** On a card only its author sees during a private brainstorm. */
export function PrivateCardMark() {
  const t = useWorkshopT()
  return (
    <span className="cx-card__private" title={t('brainstorm.privateCard')} aria-label={t('brainstorm.privateCard')}>
      <LockedEyeIcon size={13} />
    </span>
  )
}
