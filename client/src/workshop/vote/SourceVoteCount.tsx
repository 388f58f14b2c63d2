import { useValue } from 'tldraw'
import { useWorkshopT } from '../i18n'
import { closedVoteCounts } from '../../journey/grid/closedVoteCounts'
import { DotIcon } from './DotIcon'
import './vote.css'

/** The dots of the last closed vote by card id, or null when there is none (re-renders when a vote closes or clears). */
export function useClosedVoteCounts(): Readonly<Record<string, number>> | null {
  return useValue('cx closed vote counts', () => closedVoteCounts.get(), [])
}

/** A small "● 3" after a roadmap source: the dots its card got in the last closed vote. */
export function SourceVoteCount({ count }: { count: number }) {
  const t = useWorkshopT()
  if (count <= 0) return null
  const label = t('vote.count', { count })
  return (
    <span
      className="cx-vote-count cx-vote-count--source"
      title={label}
      aria-label={label}
      role="img"
      data-testid="source-votes"
      data-count={count}
    >
      <DotIcon size={9} />
      {count}
    </span>
  )
}
