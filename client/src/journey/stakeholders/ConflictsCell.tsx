import type { Stakeholder, StakeholderFields } from '@cxmap/shared'
import { listConflictCandidates, listConflictPartners, toggleId } from './stakeholderRows'
import { useStakeholdersT } from './strings'

/** Who a stakeholder conflicts with: chips (its own removable), and a list to add another stakeholder. */
export function ConflictsCell({
  stakeholder,
  all,
  canEdit,
  onChange,
}: {
  stakeholder: Stakeholder
  all: readonly Stakeholder[]
  canEdit: boolean
  onChange: (patch: Partial<StakeholderFields>) => void
}) {
  const t = useStakeholdersT()
  const partners = listConflictPartners(all, stakeholder)
  const candidates = listConflictCandidates(all, stakeholder)
  const nameOf = (other: Stakeholder) => other.name.trim() || t('unnamed')
  const toggle = (id: string) => onChange({ conflictsWith: toggleId(stakeholder.conflictsWith, id) })
  return (
    <div className="cx-sh__conflicts" data-testid="stakeholder-conflicts">
      {partners.map(({ stakeholder: other, isOwn }) => (
        <span
          key={other.id}
          className={isOwn ? 'cx-sh__chip' : 'cx-sh__chip cx-sh__chip--theirs'}
          data-testid="stakeholder-conflict-chip"
        >
          {nameOf(other)}
          {isOwn && canEdit && (
            <button
              type="button"
              className="cx-sh__chip-remove"
              aria-label={t('removeConflict', { name: nameOf(other) })}
              onClick={() => toggle(other.id)}
            >
              ×
            </button>
          )}
        </span>
      ))}
      {canEdit && (
        <select
          className="cx-sh__add-conflict"
          aria-label={t('addConflict')}
          title={t('addConflict')}
          data-testid="stakeholder-add-conflict"
          value=""
          disabled={candidates.length === 0}
          onChange={(event) => event.target.value && toggle(event.target.value)}
        >
          <option value="">{candidates.length === 0 ? t('noOthers') : '+'}</option>
          {candidates.map((other) => (
            <option key={other.id} value={other.id}>
              {nameOf(other)}
            </option>
          ))}
        </select>
      )}
    </div>
  )
}
