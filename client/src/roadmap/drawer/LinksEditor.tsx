import { WAVES, type Initiative } from '@cxmap/shared'
import { useId, useState } from 'react'
import { useRoadmapT, type RoadmapT } from '../i18n'
import { useRoadmap } from '../RoadmapContext'
import { useRoadmapUiStore } from '../roadmapUiStore'
import { initiativeTitle } from '../parts/format'
import { checkLink, listLinkCandidates, type LinkField, type LinkRefusal } from './dependencies'
import { CloseIcon } from './InitiativeDrawer'
import type { PatchInitiative } from './InitiativeEditor'

const FIELD_TEXT = {
  dependsOn: { label: 'common.dependsOnLabel', add: 'drawer.addDependsOn', testId: 'drawer-depends' },
  parallelWith: { label: 'common.parallelWithLabel', add: 'drawer.addParallelWith', testId: 'drawer-parallel' },
} as const

/** One list of links ("Depends on" or "In parallel with"): chips that open the other initiative, and an "Add…" menu. */
export function LinksEditor({
  initiative,
  field,
  patch,
  canEdit,
}: {
  initiative: Initiative
  field: LinkField
  patch: PatchInitiative
  canEdit: boolean
}) {
  const t = useRoadmapT()
  const { roadmap, byId } = useRoadmap()
  const openInitiative = useRoadmapUiStore((state) => state.openInitiative)
  const labelId = useId()
  const errorId = useId()
  const [refusal, setRefusal] = useState<string | null>(null)
  const text = FIELD_TEXT[field]
  const linked = initiative[field].flatMap((id) => byId.get(id) ?? [])
  const candidates = listLinkCandidates(roadmap.initiatives, initiative, field)

  const add = (otherId: string) => {
    const refused = checkLink(byId, initiative.id, otherId, field)
    setRefusal(refused && describeRefusal(t, refused, initiative, byId.get(otherId), byId))
    if (!refused) patch({ [field]: [...initiative[field], otherId] })
  }

  return (
    <div className="rm-drawer__links" data-testid={text.testId}>
      <span className="rm-drawer__links-label" id={labelId}>
        {t(text.label)}
      </span>
      <ul className="rm-drawer__chips" aria-labelledby={labelId}>
        {linked.map((other) => {
          const title = initiativeTitle(t, other)
          return (
            <li key={other.id} className="rm-chip" data-testid="drawer-link" data-initiative-id={other.id}>
              <button
                type="button"
                className={`rm-chip__open rm-chip__open--wave-${other.wave}`}
                title={t('drawer.openLinked', { title })}
                onClick={() => openInitiative(other.id)}
              >
                {title}
              </button>
              {canEdit && (
                <button
                  type="button"
                  className="rm-chip__remove"
                  aria-label={t('drawer.removeLink', { title })}
                  title={t('drawer.removeLink', { title })}
                  onClick={() => {
                    setRefusal(null)
                    patch({ [field]: initiative[field].filter((id) => id !== other.id) })
                  }}
                >
                  <CloseIcon size={10} />
                </button>
              )}
            </li>
          )
        })}
        {linked.length === 0 && !canEdit && <li className="rm-drawer__empty muted">{t('drawer.noLinks')}</li>}
        {canEdit && candidates.length > 0 && (
          <li>
            <select
              className="rm-drawer__link-add"
              data-testid={`${text.testId}-add`}
              aria-label={t(text.add)}
              aria-describedby={refusal ? errorId : undefined}
              value=""
              onChange={(event) => event.target.value && add(event.target.value)}
            >
              <option value="">{t('drawer.addLink')}</option>
              {WAVES.map((wave) => {
                const inWave = candidates.filter((candidate) => candidate.wave === wave)
                return inWave.length === 0 ? null : (
                  <optgroup key={wave} label={t(`common.wave.${wave}`)}>
                    {inWave.map((candidate) => (
                      <option key={candidate.id} value={candidate.id}>
                        {initiativeTitle(t, candidate)}
                      </option>
                    ))}
                  </optgroup>
                )
              })}
            </select>
          </li>
        )}
      </ul>
      {refusal && (
        <p className="field__error rm-drawer__error" id={errorId} role="alert" data-testid="drawer-link-error">
          {refusal}
        </p>
      )}
    </div>
  )
}

function describeRefusal(
  t: RoadmapT,
  refusal: LinkRefusal,
  self: Initiative,
  other: Initiative | undefined,
  byId: ReadonlyMap<string, Initiative>,
): string {
  if (refusal.reason === 'conflict') return t('drawer.conflict', { title: other ? initiativeTitle(t, other) : '' })
  // The loop as it would read: this one → the one added → … → this one again.
  const loop = [self.id, ...refusal.path].map((id) => {
    const initiative = byId.get(id)
    return t('drawer.quoted', { title: initiative ? initiativeTitle(t, initiative) : id })
  })
  return t('drawer.cycle', { path: loop.join(' → ') })
}
