import { JOURNEY_GRID_TYPE, type Persona } from '@cxmap/shared'
import { useState, type PointerEvent } from 'react'
import { useEditor, type TLShapeId } from 'tldraw'
import { GridPopover } from '../grid/GridPopover'
import { PersonaAvatar } from './PersonaAvatar'
import { useBoardPersonas } from './PersonasContext'
import { usePersonasT } from './strings'

const stop = (event: PointerEvent) => event.stopPropagation()

/**
 * The personas a journey is for, in its title bar; on a selected grid, an editor opens a list to pick them. Nothing
 * shows on a board without personas.
 */
export function GridPersonas({
  gridId,
  personaIds,
  canPick,
}: {
  gridId: TLShapeId
  personaIds: readonly string[]
  /** The grid is selected and this person may change it. */
  canPick: boolean
}) {
  const t = usePersonasT()
  const editor = useEditor()
  const board = useBoardPersonas()
  const [isOpen, setIsOpen] = useState(false)
  if (!board || board.personas.length === 0) return null
  const chosen = board.personas.filter((persona) => personaIds.includes(persona.id))
  const setPersonaIds = (ids: string[]) => {
    if (editor.getIsReadonly()) return
    editor.markHistoryStoppingPoint('set grid personas')
    editor.updateShape({ id: gridId, type: JOURNEY_GRID_TYPE, props: { personaIds: ids } })
  }
  const toggle = (id: string) =>
    setPersonaIds(
      personaIds.includes(id)
        ? personaIds.filter((chosenId) => chosenId !== id)
        : board.personas.filter((p) => p.id === id || personaIds.includes(p.id)).map((p) => p.id),
    )
  return (
    <span className="cx-grid-personas" data-testid="grid-personas" onPointerDown={canPick ? stop : undefined}>
      {chosen.map((persona) => (
        <PersonaTag key={persona.id} persona={persona} />
      ))}
      {canPick && (
        <button
          type="button"
          className="cx-grid-personas__edit"
          data-testid="grid-personas-edit"
          title={t('gridPersonas')}
          aria-expanded={isOpen}
          onPointerDown={stop}
          onClick={() => setIsOpen((open) => !open)}
        >
          + {t('gridPersonasButton')}
        </button>
      )}
      {canPick && isOpen && (
        <GridPopover gridId={gridId} x={16} y={8} label={t('gridPersonas')} onClose={() => setIsOpen(false)}>
          <h3>{t('gridPersonas')}</h3>
          <p className="cx-persona-form__help">{t('gridPersonasHint')}</p>
          {board.personas.map((persona) => (
            <label key={persona.id} className="cx-grid-personas__option">
              <input
                type="checkbox"
                checked={personaIds.includes(persona.id)}
                data-testid={`grid-persona-${persona.id}`}
                onChange={() => toggle(persona.id)}
              />
              <PersonaAvatar persona={persona} size={24} />
              <span>{persona.name || t('untitled')}</span>
              {persona.segment && <span className="cx-persona__segment">· {persona.segment}</span>}
            </label>
          ))}
          <div className="cx-grid__popover-actions">
            <button type="button" className="cx-grid__primary" onClick={() => setIsOpen(false)}>
              {t('done')}
            </button>
          </div>
        </GridPopover>
      )}
    </span>
  )
}

function PersonaTag({ persona }: { persona: Persona }) {
  const t = usePersonasT()
  return (
    <span className="cx-grid-personas__chip" style={{ borderColor: persona.color }} data-testid="grid-persona-chip">
      <PersonaAvatar persona={persona} size={26} />
      <span data-testid="grid-persona-name">{persona.name || t('untitled')}</span>
    </span>
  )
}
