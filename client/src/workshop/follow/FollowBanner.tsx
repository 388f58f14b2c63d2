import { writeWorkshop } from '@cxmap/shared'
import { useWorkshopT } from '../i18n'
import { useWorkshop, useWorkshopBoard } from '../WorkshopContext'
import './follow.css'
import { useFollowRequests } from './useFollowRequests'
import { useFollowView } from './useFollowView'

/**
 * Who this person follows, and how to stop; for the leader of "bring everyone to me", that everyone follows them.
 * Also runs the follow requests on this client (it is mounted whenever the board is).
 */
export function FollowBanner() {
  useFollowRequests()
  const t = useWorkshopT()
  const { editor, controlDoc, selfId, canControl } = useWorkshopBoard()
  const { follow: request } = useWorkshop()
  const { following, followers, others } = useFollowView()

  if (request && request.userId === selfId && canControl) {
    return (
      <div className="follow-banner follow-banner--leader" role="status" data-testid="follow-banner" data-mode="leader">
        <span className="follow-banner__dot" aria-hidden="true" />
        <span className="follow-banner__text">{t('follow.leading')}</span>
        {others > 0 && (
          <span className="follow-banner__count" data-testid="follow-count">
            {t('follow.followers', { count: followers, total: others })}
          </span>
        )}
        <button
          type="button"
          className="follow-banner__stop"
          data-testid="follow-banner-stop"
          onClick={() => writeWorkshop(controlDoc, 'follow', null)}
        >
          {t('follow.stop')}
        </button>
      </div>
    )
  }
  if (!following || !editor) return null
  const name = following.name || t('follow.someone')
  return (
    <div className="follow-banner" role="status" data-testid="follow-banner" data-mode="follower" data-leader={name}>
      <span className="follow-banner__dot" aria-hidden="true" />
      <span className="follow-banner__text">
        {t('follow.following', { name })}
        <span className="follow-banner__hint"> — {t('follow.followingHint')}</span>
      </span>
      <button
        type="button"
        className="follow-banner__stop"
        data-testid="follow-banner-stop"
        onClick={() => editor.stopFollowingUser()}
      >
        {t('follow.stopFollowing')}
      </button>
    </div>
  )
}
