import {
  closeVote,
  getActiveVote,
  isVoteCleared,
  writeWorkshop,
  type CardKind,
  type VoteResults,
  type WorkshopVote,
} from '@cxmap/shared'
import i18next from 'i18next'
import { useId, useState } from 'react'
import { describeApiError } from '../../api/errorMessage'
import { useCardsT, type CardsT } from '../../journey/i18n'
import { readBoardToken } from '../../state/boardToken'
import { useWorkshopT } from '../i18n'
import { useWorkshop, useWorkshopBoard } from '../WorkshopContext'
import { closeVoteOnServer } from './voteApi'
import { ClearResultsButton, RestoreResults, ShareResultsToggle } from './VoteResultsActions'
import { VoteSetupForm } from './VoteSetupForm'
import { useVoteStore } from './voteStore'
import { VoteTopCards } from './VoteTopCards'
import './vote.css'

/** Names of the kinds a vote is about, or "every card". */
export function describeVoteKinds(kinds: readonly CardKind[], cardsT: CardsT, everyKind: string): string {
  return kinds.length === 0 ? everyKind : kinds.map((kind) => cardsT(`kinds.${kind}`)).join(', ')
}

/**
 * The facilitator's dot vote in the cockpit: set it up and open it; see who voted and close it; show the ranking to
 * everyone; clear the results (asked first) and restore them until a new vote opens.
 */
export function VoteControls() {
  const t = useWorkshopT()
  const { canControl } = useWorkshopBoard()
  const { vote } = useWorkshop()
  const active = getActiveVote(vote)
  const titleId = useId()
  if (!canControl) return null
  return (
    <section className="workshop-section vote-controls" aria-labelledby={titleId} data-testid="vote-controls">
      <h3 id={titleId} className="workshop-section__title">
        {t('vote.title')}
      </h3>
      {active ? <CurrentVote vote={active} /> : null}
      {!active && vote && isVoteCleared(vote) ? <RestoreResults vote={vote} /> : null}
      {!active ? <VoteSetupForm /> : null}
    </section>
  )
}

function CurrentVote({ vote }: { vote: WorkshopVote }) {
  const t = useWorkshopT()
  const cardsT = useCardsT()
  const { controlDoc, boardId } = useWorkshopBoard()
  const live = useVoteStore((state) => state.live)
  const [isClosing, setClosing] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const results: VoteResults | null = vote.status === 'closed' ? vote.results : live
  const dots = results ? Object.values(results.counts).reduce((sum, count) => sum + count, 0) : 0

  const handleClose = async () => {
    const token = readBoardToken(boardId)
    if (!token) return
    setClosing(true)
    setError(null)
    try {
      // The server seals the ballot box first, so no dot can arrive between these counts and the close.
      const final = await closeVoteOnServer({ boardId, token, voteId: vote.id })
      writeWorkshop(controlDoc, 'vote', closeVote(vote, final, Date.now()))
    } catch (caught) {
      setError(t('vote.closeFailed', { message: describeApiError(i18next.t, caught) }))
    } finally {
      setClosing(false)
    }
  }

  const kinds = describeVoteKinds(vote.kinds, cardsT, t('vote.everyKind'))
  return (
    <div className="vote-current" data-testid="vote-current" data-status={vote.status}>
      <p className="workshop-section__status" data-testid="vote-status">
        {vote.status === 'open' ? t('vote.statusOpen', { count: vote.votesPerPerson, kinds }) : t('vote.statusClosed')}
      </p>
      {results && (
        <p className="muted workshop-section__status" data-testid="vote-progress">
          {t('vote.progress', { count: results.voters })} · {t('vote.dots', { count: dots })}
        </p>
      )}
      {results && <VoteTopCards counts={results.counts} />}
      <ShareResultsToggle vote={vote} />
      {error && (
        <p className="vote-error" role="alert">
          {error}
        </p>
      )}
      {vote.status === 'open' ? (
        <button
          type="button"
          className="button button--primary button--small"
          disabled={isClosing}
          data-testid="vote-close"
          onClick={() => void handleClose()}
        >
          {isClosing ? t('vote.closing') : t('vote.close')}
        </button>
      ) : (
        <ClearResultsButton vote={vote} />
      )}
    </div>
  )
}
