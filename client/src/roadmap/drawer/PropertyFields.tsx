import {
  INITIATIVE_STATUSES,
  NECESSITIES,
  WAVES,
  type Initiative,
  type InitiativeStatus,
  type Necessity,
} from '@cxmap/shared'
import { useId } from 'react'
import { useRoadmapT } from '../i18n'
import { useRoadmapBoard } from '../RoadmapContext'
import { HorizonField } from './HorizonField'
import { StakeholdersField } from './StakeholdersField'
import type { PatchInitiative } from './InitiativeEditor'

interface FieldProps {
  initiative: Initiative
  patch: PatchInitiative
  canEdit: boolean
}

/** Wave, necessity, status, owner, horizon and the stakeholders served as label–control rows; selects write at once. */
export function PropertyFields({ initiative, patch, canEdit }: FieldProps) {
  const t = useRoadmapT()
  const ids = { wave: useId(), necessity: useId(), status: useId(), owner: useId() }
  return (
    <div className="rm-drawer__props">
      <span className="rm-drawer__prop-label" id={ids.wave}>
        {t('common.waveLabel')}
      </span>
      <div className="rm-drawer__prop-value">
        <div className="rm-seg" role="group" aria-labelledby={ids.wave} data-testid="drawer-wave">
          {WAVES.map((wave) => (
            <button
              key={wave}
              type="button"
              className={`rm-seg__button rm-seg__button--wave-${wave}`}
              data-wave={wave}
              aria-pressed={initiative.wave === wave}
              title={t(`common.wave.${wave}`)}
              disabled={!canEdit}
              onClick={() => patch({ wave })}
            >
              {wave}
            </button>
          ))}
        </div>
        <span className="rm-drawer__hint">{t(`common.wave.${initiative.wave}`)}</span>
      </div>

      <label className="rm-drawer__prop-label" htmlFor={ids.necessity}>
        {t('common.necessityLabel')}
      </label>
      <select
        id={ids.necessity}
        className={`select rm-drawer__select rm-drawer__select--tinted rm-pill--necessity-${initiative.necessity}`}
        data-testid="drawer-necessity"
        value={initiative.necessity}
        disabled={!canEdit}
        onChange={(event) => patch({ necessity: event.target.value as Necessity })}
      >
        {NECESSITIES.map((necessity) => (
          <option key={necessity} value={necessity}>
            {t(`common.necessity.${necessity}`)}
          </option>
        ))}
      </select>

      <label className="rm-drawer__prop-label" htmlFor={ids.status}>
        {t('common.statusLabel')}
      </label>
      <select
        id={ids.status}
        className={`select rm-drawer__select rm-drawer__select--tinted rm-pill--status-${initiative.status}`}
        data-testid="drawer-status"
        value={initiative.status}
        disabled={!canEdit}
        onChange={(event) => patch({ status: event.target.value as InitiativeStatus })}
      >
        {INITIATIVE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`common.status.${status}`)}
          </option>
        ))}
      </select>

      <label className="rm-drawer__prop-label" htmlFor={ids.owner}>
        {t('common.ownerLabel')}
      </label>
      <OwnerSelect id={ids.owner} initiative={initiative} patch={patch} canEdit={canEdit} />

      <HorizonField initiative={initiative} patch={patch} canEdit={canEdit} />

      <StakeholdersField initiative={initiative} patch={patch} canEdit={canEdit} />
    </div>
  )
}

function OwnerSelect({ id, initiative, patch, canEdit }: FieldProps & { id: string }) {
  const t = useRoadmapT()
  const { departments, departmentsById } = useRoadmapBoard()
  const ownerId = initiative.ownerDepartmentId
  const owner = departmentsById.get(ownerId)
  const isRemoved = ownerId !== '' && !owner
  return (
    <div className="rm-drawer__owner">
      <span
        className={owner ? 'rm-owner__dot' : 'rm-owner__dot rm-drawer__owner-none'}
        style={owner ? { background: owner.color } : undefined}
        aria-hidden="true"
      />
      <select
        id={id}
        className={isRemoved ? 'select rm-drawer__select rm-drawer__select--removed' : 'select rm-drawer__select'}
        data-testid="drawer-owner"
        value={ownerId}
        disabled={!canEdit}
        onChange={(event) => patch({ ownerDepartmentId: event.target.value })}
      >
        <option value="">{t('common.noOwner')}</option>
        {departments.map((department) => (
          <option key={department.id} value={department.id}>
            {department.name}
          </option>
        ))}
        {isRemoved && <option value={ownerId}>{t('common.unknownOwner')}</option>}
      </select>
    </div>
  )
}
