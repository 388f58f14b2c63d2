import { sortByVotes, type ResolvedSource } from '@cxmap/shared'
import { SourceVoteCount, useClosedVoteCounts } from '../../workshop/vote/SourceVoteCount'
import { useRoadmapT } from '../i18n'
import { useRoadmapBoard, useRoadmapJourney } from '../RoadmapContext'

/**
 * The cards an initiative came from, each as "Stage / Lane: text"; a click shows the card on the map. A card deleted
 * from the map shows as "removed" with where it was. After a dot vote, the most voted come first, with their dots.
 */
export function SourceLinks({ initiativeId, compact = false }: { initiativeId: string; compact?: boolean }) {
  const t = useRoadmapT()
  const { sources } = useRoadmapJourney()
  const votes = useClosedVoteCounts()
  const listed = sources[initiativeId] ?? []
  const resolved = votes ? sortByVotes(listed, (source) => source.source.cardId, votes) : listed
  if (resolved.length === 0) {
    return compact ? null : <p className="muted rm-sources__empty">{t('common.noSources')}</p>
  }
  return (
    <ul className={compact ? 'rm-sources rm-sources--compact' : 'rm-sources'} data-testid="source-links">
      {resolved.map((source) => (
        <li key={source.source.cardId}>
          <SourceLink source={source} votes={votes?.[source.source.cardId] ?? 0} />
        </li>
      ))}
    </ul>
  )
}

function SourceLink({ source, votes }: { source: ResolvedSource; votes: number }) {
  const t = useRoadmapT()
  const { showCard } = useRoadmapBoard()
  const place = [source.stageTitle, source.laneTitle].filter(Boolean).join(' / ')
  if (source.status === 'removed') {
    return (
      <span
        className="rm-source rm-source--removed"
        title={t('common.removedSourceTitle')}
        data-testid="source-link"
        data-status="removed"
        data-card-id={source.source.cardId}
      >
        <span className="rm-source__removed">{t('common.removedSource')}</span>
        {place && <span className="rm-source__place">{place}</span>}
      </span>
    )
  }
  const text = source.text.trim().split('\n')[0] ?? ''
  return (
    <button
      type="button"
      className={`rm-source rm-source--${source.source.kind}`}
      title={t('common.showCard')}
      data-testid="source-link"
      data-status="present"
      data-card-id={source.source.cardId}
      onClick={(event) => {
        event.stopPropagation()
        showCard(source.source.cardId)
      }}
    >
      <span className="rm-source__place">{place || t('common.freeCard')}</span>
      {text && <span className="rm-source__text">{text}</span>}
      <SourceVoteCount count={votes} />
    </button>
  )
}
