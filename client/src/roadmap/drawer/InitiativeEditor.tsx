import { updateInitiative, type Initiative, type InitiativeFields } from '@cxmap/shared'
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react'
import { useRoadmapT } from '../i18n'
import { useRoadmapBoard } from '../RoadmapContext'
import { DrawerFooter } from './DrawerFooter'
import { LinksEditor } from './LinksEditor'
import { MetricsEditor } from './MetricsEditor'
import { PropertyFields } from './PropertyFields'
import { SourcesEditor } from './SourcesEditor'
import { useLiveText } from '../../components/useLiveText'

/** Writes a patch to one initiative (only the fields that change). */
export type PatchInitiative = (patch: Partial<InitiativeFields>) => void

/** Every field of one initiative, live; keyed by the initiative so that drafts never leak to another one. */
export function InitiativeEditor({ initiative }: { initiative: Initiative }) {
  const t = useRoadmapT()
  const { doc, canEdit } = useRoadmapBoard()
  const { id } = initiative
  const patch = useCallback<PatchInitiative>((fields) => updateInitiative(doc, id, fields), [doc, id])

  return (
    <>
      <div className="rm-drawer__body">
        <TextFields initiative={initiative} patch={patch} canEdit={canEdit} />
        <PropertyFields initiative={initiative} patch={patch} canEdit={canEdit} />
        <section className="rm-drawer__section" aria-labelledby="rm-drawer-metrics">
          <h3 className="rm-drawer__section-title" id="rm-drawer-metrics">
            {t('common.metricsLabel')}
          </h3>
          <MetricsEditor initiative={initiative} patch={patch} canEdit={canEdit} />
        </section>
        <section className="rm-drawer__section" aria-labelledby="rm-drawer-links">
          <h3 className="rm-drawer__section-title" id="rm-drawer-links">
            {t('drawer.dependenciesLabel')}
          </h3>
          <LinksEditor initiative={initiative} field="dependsOn" patch={patch} canEdit={canEdit} />
          <LinksEditor initiative={initiative} field="parallelWith" patch={patch} canEdit={canEdit} />
        </section>
        <section className="rm-drawer__section" aria-labelledby="rm-drawer-sources">
          <h3 className="rm-drawer__section-title" id="rm-drawer-sources">
            {t('common.sourcesLabel')}
          </h3>
          <SourcesEditor initiative={initiative} patch={patch} canEdit={canEdit} />
        </section>
      </div>
      <DrawerFooter initiative={initiative} canEdit={canEdit} />
    </>
  )
}

function TextFields({
  initiative,
  patch,
  canEdit,
}: {
  initiative: Initiative
  patch: PatchInitiative
  canEdit: boolean
}) {
  const t = useRoadmapT()
  const title = useLiveText(initiative.title, (value) => patch({ title: value }))
  const description = useLiveText(initiative.description, (value) => patch({ description: value }))
  const titleRef = useRef<HTMLTextAreaElement>(null)
  const descriptionRef = useRef<HTMLTextAreaElement>(null)
  const isBlank = initiative.title === ''

  // A new, untitled initiative asks for its name first.
  useEffect(() => {
    if (canEdit && isBlank) titleRef.current?.focus()
    // Only when the panel opens on it, not whenever the title is cleared.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useLayoutEffect(() => fitHeight(titleRef.current), [title.value])
  useLayoutEffect(() => fitHeight(descriptionRef.current), [description.value])

  return (
    <div className="rm-drawer__text">
      <textarea
        ref={titleRef}
        className="rm-drawer__title"
        data-testid="drawer-title"
        aria-label={t('drawer.titleLabel')}
        placeholder={canEdit ? t('drawer.titlePlaceholder') : t('common.untitled')}
        readOnly={!canEdit}
        maxLength={300}
        rows={1}
        {...title}
        onChange={(event) => {
          // A title is one line: a pasted line break becomes a space.
          event.target.value = event.target.value.replace(/\s*\n\s*/g, ' ')
          title.onChange(event)
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
          event.preventDefault()
          descriptionRef.current?.focus()
        }}
      />
      <textarea
        ref={descriptionRef}
        hidden={!canEdit && initiative.description.trim() === ''}
        className="rm-drawer__description"
        data-testid="drawer-description"
        aria-label={t('drawer.descriptionLabel')}
        placeholder={canEdit ? t('drawer.descriptionPlaceholder') : ''}
        readOnly={!canEdit}
        rows={2}
        {...description}
      />
    </div>
  )
}

/** Grows a text area to its content (title and description wrap instead of scrolling). */
function fitHeight(area: HTMLTextAreaElement | null): void {
  if (!area) return
  area.style.height = 'auto'
  area.style.height = `${area.scrollHeight + 2}px`
}
