import { canSeeResults, canVote, isVotableKind, type CardKind } from '@cxmap/shared'
import type { PointerEvent } from 'react'
import { useWorkshopT } from '../i18n'
import { DotIcon } from './DotIcon'
import { useVoteStore } from './voteStore'
import './vote.css'

// Controls inside a shape take their own pointer events: the canvas must not start selecting or dragging the card.
const stopPointer = (event: PointerEvent) => event.stopPropagation()

/** At most this many of one's own dots are drawn; more show as a number. */
const MAX_DOTS_DRAWN = 3

/** Which vote buttons a card offers this person right now: "+" while they may vote on it, "−" once they have. */
export function useCardVoteTargets(cardId: string, kind: CardKind): { canAdd: boolean; canTakeBack: boolean } {
  const canAdd = useVoteStore((state) => {
    const vote = state.session?.vote
    return !!vote && vote.status === 'open' && isVotableKind(vote, kind) && canVote(state.session?.role ?? 'viewer')
  })
  const hasMine = useVoteStore((state) => (state.mine[cardId] ?? 0) > 0)
  return { canAdd, canTakeBack: canAdd && hasMine }
}

/**
 * A card's dots: while a vote is open and the card may be voted on, a ring around the card, one's own dots with
 * "vote" and "take back" buttons, and the count when results are visible; after the close, the count. `isCompact`
 * (a zoomed-out card) draws "+" as a plain square; `showBack`/`showAdd` false leave a button to the card's "⋯".
 */
export function CardVotes({
  cardId,
  kind,
  isCompact = false,
  showBack = true,
  showAdd = true,
}: {
  cardId: string
  kind: CardKind
  isCompact?: boolean
  showBack?: boolean
  showAdd?: boolean
}) {
  const t = useWorkshopT()
  const vote = useVoteStore((state) => state.session?.vote ?? null)
  const role = useVoteStore((state) => state.session?.role ?? 'viewer')
  const mine = useVoteStore((state) => state.mine[cardId] ?? 0)
  const isBusy = useVoteStore((state) => state.busyCardIds.includes(cardId))
  const liveCount = useVoteStore((state) => (state.live ? (state.live.counts[cardId] ?? 0) : null))
  if (!vote) return null

  if (vote.status === 'closed') {
    const count = vote.results?.counts[cardId] ?? 0
    const names = vote.results?.names?.[cardId] ?? []
    return count > 0 ? <VoteCount count={count} names={names} /> : null
  }
  if (!isVotableKind(vote, kind)) return null
  const count = canSeeResults(vote, role) ? liveCount : null
  const label = mine > 0 ? t('vote.addMore') : t('vote.add')
  return (
    <>
      {canVote(role) && <span className="cx-vote-ring" aria-hidden="true" data-testid="card-vote-ring" />}
      <span className="cx-votes" role="group" aria-label={t('vote.barLabel')} data-testid="card-votes" data-mine={mine}>
        {canVote(role) && showBack && mine > 0 && (
          <button
            type="button"
            className="cx-votes__back"
            aria-label={t('vote.takeBack')}
            title={t('vote.takeBack')}
            disabled={isBusy}
            data-testid="card-vote-back"
            onPointerDown={stopPointer}
            onClick={() => void useVoteStore.getState().takeBackVote(cardId)}
          >
            −
          </button>
        )}
        {canVote(role) && showAdd && (
          <button
            type="button"
            className={mine > 0 ? 'cx-votes__add cx-votes__add--mine' : 'cx-votes__add'}
            aria-label={mine > 0 ? `${label}. ${t('vote.mine', { count: mine })}` : label}
            title={mine > 0 ? t('vote.mine', { count: mine }) : label}
            disabled={isBusy}
            data-testid="card-vote-add"
            onPointerDown={stopPointer}
            onClick={() => void useVoteStore.getState().castVote(cardId)}
          >
            {!isCompact && mine > 0 && <MyDots count={mine} />}
            <span aria-hidden="true">+</span>
          </button>
        )}
        {count !== null && count > 0 && <VoteCount count={count} names={[]} />}
      </span>
    </>
  )
}

function MyDots({ count }: { count: number }) {
  if (count > MAX_DOTS_DRAWN) {
    return (
      <>
        <DotIcon size={10} />
        <span>×{count}</span>
      </>
    )
  }
  return Array.from({ length: count }, (_, i) => <DotIcon key={i} size={10} />)
}

function VoteCount({ count, names }: { count: number; names: readonly string[] }) {
  const t = useWorkshopT()
  const label = names.length > 0 ? t('vote.countBy', { count, names: names.join(', ') }) : t('vote.count', { count })
  return (
    <span
      className="cx-vote-count"
      title={label}
      aria-label={label}
      role="img"
      data-testid="card-vote-count"
      data-count={count}
    >
      <DotIcon size={10} />
      {count}
    </span>
  )
}
