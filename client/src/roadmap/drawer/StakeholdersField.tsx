import type { Initiative } from '@cxmap/shared'
import { useId } from 'react'
import { nameStakeholders, toggleId } from '../../journey/stakeholders/stakeholderRows'
import { useDocStakeholders } from '../../journey/stakeholders/useDocStakeholders'
import { useRoadmapT } from '../i18n'
import { useRoadmapBoard } from '../RoadmapContext'
import type { PatchInitiative } from './InitiativeEditor'

/** The stakeholders of the matrix this initiative serves: chips, and a list to add another (a label–control row). */
export function StakeholdersField({
  initiative,
  patch,
  canEdit,
}: {
  initiative: Initiative
  patch: PatchInitiative
  canEdit: boolean
}) {
  const t = useRoadmapT()
  const labelId = useId()
  const { doc } = useRoadmapBoard()
  const stakeholders = useDocStakeholders(doc)
  const byId = new Map(stakeholders.map((stakeholder) => [stakeholder.id, stakeholder]))
  const unnamed = t('drawer.unnamedStakeholder')
  const chosen = initiative.stakeholderIds.filter((id) => byId.has(id))
  const candidates = stakeholders.filter((stakeholder) => !chosen.includes(stakeholder.id))
  const toggle = (id: string) => patch({ stakeholderIds: toggleId(chosen, id) })

  return (
    <>
      <span className="rm-drawer__prop-label" id={labelId}>
        {t('drawer.stakeholdersLabel')}
      </span>
      <div className="rm-drawer__stakeholders" role="group" aria-labelledby={labelId} data-testid="drawer-stakeholders">
        {chosen.map((id) => {
          const [name = unnamed] = nameStakeholders([id], byId, unnamed)
          return (
            <span key={id} className="rm-stakeholder" data-testid="drawer-stakeholder">
              {name}
              {canEdit && (
                <button
                  type="button"
                  className="rm-stakeholder__remove"
                  aria-label={t('drawer.removeStakeholder', { name })}
                  onClick={() => toggle(id)}
                >
                  ×
                </button>
              )}
            </span>
          )
        })}
        {canEdit && stakeholders.length === 0 && <span className="rm-drawer__hint">{t('drawer.noStakeholders')}</span>}
        {canEdit && candidates.length > 0 && (
          <select
            className="select rm-drawer__add-stakeholder"
            aria-label={t('drawer.addStakeholder')}
            title={t('drawer.addStakeholder')}
            data-testid="drawer-add-stakeholder"
            value=""
            onChange={(event) => event.target.value && toggle(event.target.value)}
          >
            <option value="">{t('drawer.addLink')}</option>
            {candidates.map((stakeholder) => (
              <option key={stakeholder.id} value={stakeholder.id}>
                {stakeholder.name.trim() || unnamed}
              </option>
            ))}
          </select>
        )}
        {!canEdit && chosen.length === 0 && <span className="muted">{t('table.none')}</span>}
      </div>
    </>
  )
}
