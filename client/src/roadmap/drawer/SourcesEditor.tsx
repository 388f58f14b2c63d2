import type { Initiative, ResolvedSource } from '@cxmap/shared'
import { useRoadmapT } from '../i18n'
import { useRoadmapJourney } from '../RoadmapContext'
import { SourceLinks } from '../parts/SourceLinks'
import { CloseIcon } from './InitiativeDrawer'
import type { PatchInitiative } from './InitiativeEditor'

/**
 * The cards the initiative came from (a click shows the card on the map); editors get an "Unlink" × beside each,
 * placed by the grid in the row of its card.
 */
export function SourcesEditor({
  initiative,
  patch,
  canEdit,
}: {
  initiative: Initiative
  patch: PatchInitiative
  canEdit: boolean
}) {
  const t = useRoadmapT()
  const { sources } = useRoadmapJourney()
  const resolved = sources[initiative.id] ?? []
  const isEditable = canEdit && resolved.length > 0
  return (
    <div className={isEditable ? 'rm-drawer__sources rm-drawer__sources--editable' : 'rm-drawer__sources'}>
      <SourceLinks initiativeId={initiative.id} />
      {isEditable &&
        resolved.map((source) => {
          const label = t('drawer.unlinkNamed', { name: describeSource(t('common.removedSource'), source) })
          return (
            <button
              key={source.source.cardId}
              type="button"
              className="icon-button rm-drawer__unlink"
              data-testid="drawer-unlink"
              data-card-id={source.source.cardId}
              aria-label={label}
              title={t('drawer.unlink')}
              onClick={() =>
                patch({ sources: initiative.sources.filter((item) => item.cardId !== source.source.cardId) })
              }
            >
              <CloseIcon size={12} />
            </button>
          )
        })}
    </div>
  )
}

function describeSource(removed: string, source: ResolvedSource): string {
  const place = [source.stageTitle, source.laneTitle].filter(Boolean).join(' / ')
  if (source.status === 'removed') return `(${removed}) ${place}`.trim()
  const text = source.text.trim().split('\n')[0] ?? ''
  return text || place
}
