import { canSeeRanking, type WorkshopVote } from '@cxmap/shared'
import { useId, useState } from 'react'
import { useWorkshopT } from '../i18n'
import { useWorkshopBoard } from '../WorkshopContext'
import { useVoteStore } from './voteStore'
import { VoteTopCards } from './VoteTopCards'
import './voteResults.css'

/**
 * The most voted cards for participants, under the vote bar, once the facilitator shows them to everyone (the
 * facilitator has them in the cockpit). Each person can fold it away.
 */
export function VoteRanking({ vote }: { vote: WorkshopVote }) {
  const t = useWorkshopT()
  const { role, canControl } = useWorkshopBoard()
  const live = useVoteStore((state) => state.live)
  const [isOpen, setOpen] = useState(true)
  const listId = useId()
  const counts = vote.status === 'closed' ? vote.results?.counts : live?.counts
  if (canControl || !canSeeRanking(vote, role) || !counts || Object.keys(counts).length === 0) return null
  return (
    <div className="vote-ranking" data-testid="vote-ranking" data-open={isOpen}>
      <button
        type="button"
        className="vote-ranking__toggle"
        aria-expanded={isOpen}
        aria-controls={listId}
        title={t(isOpen ? 'vote.rankingHide' : 'vote.rankingShow')}
        data-testid="vote-ranking-toggle"
        onClick={() => setOpen((open) => !open)}
      >
        {t('vote.top')}
        <span aria-hidden="true">{isOpen ? '▴' : '▾'}</span>
      </button>
      <div id={listId} hidden={!isOpen}>
        {isOpen && <VoteTopCards counts={counts} showTitle={false} />}
      </div>
    </div>
  )
}
