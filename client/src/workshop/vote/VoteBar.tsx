import { canVote, type WorkshopVote } from '@cxmap/shared'
import { useEffect } from 'react'
import { useCardsT } from '../../journey/i18n'
import { useWorkshopT, type WorkshopT } from '../i18n'
import { useWorkshopBoard } from '../WorkshopContext'
import { DotIcon } from './DotIcon'
import { useVoteSession } from './useVoteSession'
import { VoteRanking } from './VoteRanking'
import { useVoteStore } from './voteStore'
import './vote.css'

/** How long a refusal stays on screen. */
const NOTICE_MS = 6000

/**
 * The vote in the workshop strip: for participants "Vote: 1 of 2 votes left" and what to vote on, for the
 * facilitator how many have voted, for everyone "closed" once it is; and the server's refusals, in words.
 */
export function VoteBar() {
  const vote = useVoteSession()
  if (!vote) return null
  return <VoteBarChip vote={vote} />
}

function VoteBarChip({ vote }: { vote: WorkshopVote }) {
  const t = useWorkshopT()
  const cardsT = useCardsT()
  const { role, canControl } = useWorkshopBoard()
  const remaining = useVoteStore((state) => state.remaining)
  const voters = useVoteStore((state) => state.live?.voters ?? null)
  const kinds =
    vote.kinds.length === 0 ? t('vote.everyKind') : vote.kinds.map((kind) => cardsT(`kinds.${kind}`)).join(', ')

  let text: string
  if (vote.status === 'closed') {
    const count = vote.results?.voters
    text = count === undefined ? t('vote.barClosed') : t('vote.barClosedVoters', { count })
  } else if (canControl) {
    text = t('vote.barFacilitator', { voted: t('vote.progress', { count: voters ?? 0 }) })
  } else if (!canVote(role)) {
    text = t('vote.barViewer')
  } else if (remaining === 0) {
    text = t('vote.barDone', { total: vote.votesPerPerson })
  } else {
    text = t('vote.barLeft', { left: remaining ?? vote.votesPerPerson, total: vote.votesPerPerson })
  }
  const showKinds = vote.status === 'open' && canVote(role)
  const showHidden = vote.status === 'open' && vote.hideResults && !canControl
  return (
    <div className="vote-bar-anchor">
      <div
        className={`workshop-chip vote-bar vote-bar--${vote.status}`}
        role="status"
        aria-label={t('vote.barLabel')}
        data-testid="vote-bar"
        data-status={vote.status}
        data-vote-id={vote.id}
        data-remaining={vote.status === 'open' ? (remaining ?? undefined) : undefined}
      >
        <DotIcon />
        <span data-testid="vote-bar-text">{text}</span>
        {showKinds && <span className="vote-bar__kinds">{t('vote.barKinds', { kinds })}</span>}
        {showHidden && (
          <span
            className="vote-bar__hidden"
            role="img"
            aria-label={t('vote.hiddenResults')}
            title={t('vote.hiddenResults')}
          >
            <EyeOffIcon />
          </span>
        )}
      </div>
      <VoteRanking vote={vote} />
      <VoteNotice t={t} />
    </div>
  )
}

function VoteNotice({ t }: { t: WorkshopT }) {
  const notice = useVoteStore((state) => state.notice)
  const dismiss = useVoteStore((state) => state.dismissNotice)
  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(dismiss, NOTICE_MS)
    return () => clearTimeout(timer)
  }, [notice, dismiss])
  return (
    <div className="vote-notice-region" role="alert" aria-live="assertive">
      {notice && (
        <div className="vote-notice" data-testid="vote-notice" key={notice.serial}>
          <span>{t(notice.key, notice.vars)}</span>
          <button
            type="button"
            className="icon-button vote-notice__close"
            aria-label={t('common.close')}
            onClick={dismiss}
          >
            ×
          </button>
        </div>
      )}
    </div>
  )
}

function EyeOffIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path
        d="M3 12s3.5-6 9-6 9 6 9 6-3.5 6-9 6-9-6-9-6z"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
      <path d="M4 20L20 4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}
