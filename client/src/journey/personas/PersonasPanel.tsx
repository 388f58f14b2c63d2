import { addPersona, PERSONA_COLORS, removePersona, updatePersona } from '@cxmap/shared'
import { useEffect, useRef, useState, type RefObject } from 'react'
import { useEditor, useValue } from 'tldraw'
import { SidePanel } from '../../components/SidePanel'
import { isJourneyCard } from '../cards/cardShape'
import { useDepartmentViewStore } from '../departments/departmentViewStore'
import { PersonaRow } from './PersonaRow'
import { useBoardPersonas } from './PersonasContext'
import { pickPersonaColor } from './personaLook'
import { placePersonaCard } from './placePersonaCard'
import {
  selectIsPersonaPanelOpen,
  selectPersonaIds,
  selectRequestedPersonaId,
  usePersonaViewStore,
} from './personaViewStore'
import { usePersonasT } from './strings'
import '../departments/departments.css'
import './personas.css'
import './personaCard.css'

/**
 * The board's personas and segments: pick some to highlight their cards (a view of this browser only); add, edit,
 * link and delete them (for everyone on the board; viewers read).
 */
export function PersonasPanel() {
  const t = usePersonasT()
  const board = useBoardPersonas()
  const isOpen = usePersonaViewStore(selectIsPersonaPanelOpen)
  const selectedIds = usePersonaViewStore(selectPersonaIds)
  const { closePanel, togglePersona, clearSelection } = usePersonaViewStore.getState()
  const panelRef = useRef<HTMLElement>(null)
  const [openId, setOpenId] = useState<string | null>(null)
  const [addedId, setAddedId] = useState<string | null>(null)
  const counts = useCardCountsByPersona()
  const editor = useEditor()
  useExclusivePanels(isOpen, closePanel)
  useRequestedPersona(setOpenId, panelRef)

  if (!isOpen || !board) return null
  const { doc, personas, canEdit } = board

  const handleAdd = () => {
    const color = pickPersonaColor(
      PERSONA_COLORS,
      personas.map((persona) => persona.color),
    )
    const order = Math.max(0, ...personas.map((persona) => persona.order)) + 1
    const id = addPersona(doc, { name: t('newName'), color, order })
    setAddedId(id)
    setOpenId(id)
  }

  return (
    <SidePanel
      id="cx-personas-panel"
      className="cx-personas-panel"
      title={t('title')}
      closeLabel={t('close')}
      testId="personas-panel"
      panelRef={panelRef}
      onClose={closePanel}
    >
      <p className="cx-panel__hint cx-personas-panel__hint">{selectedIds.length > 0 ? t('filtering') : t('hint')}</p>
      {personas.length === 0 ? (
        <p className="cx-panel__empty">{t('empty')}</p>
      ) : (
        <ul className="cx-panel__list">
          {personas.map((persona) => (
            <PersonaRow
              key={persona.id}
              persona={persona}
              personas={personas}
              cardCount={counts.get(persona.id) ?? 0}
              isSelected={selectedIds.includes(persona.id)}
              isOpen={openId === persona.id}
              isNew={addedId === persona.id}
              canEdit={canEdit}
              onToggleSelected={() => togglePersona(persona.id)}
              onToggleOpen={() => setOpenId(openId === persona.id ? null : persona.id)}
              onChange={(patch) => updatePersona(doc, persona.id, patch)}
              onPlace={canEdit ? () => placePersonaCard(editor, persona.id) : undefined}
              onRemove={() => {
                removePersona(doc, persona.id)
                if (selectedIds.includes(persona.id)) togglePersona(persona.id)
              }}
            />
          ))}
        </ul>
      )}
      {(canEdit || selectedIds.length > 0) && (
        <footer className="cx-panel__footer">
          {canEdit && (
            <button type="button" className="button button--small" data-testid="persona-add" onClick={handleAdd}>
              + {t('add')}
            </button>
          )}
          {selectedIds.length > 0 && (
            <button type="button" className="button button--small" data-testid="persona-clear" onClick={clearSelection}>
              {t('clear')}
            </button>
          )}
        </footer>
      )}
    </SidePanel>
  )
}

/** Opens the persona a card asked for (double-click on a persona card) and scrolls its row into view. */
function useRequestedPersona(open: (id: string) => void, panelRef: RefObject<HTMLElement | null>) {
  const requestedId = usePersonaViewStore(selectRequestedPersonaId)
  const board = useBoardPersonas()
  useEffect(() => {
    if (!requestedId) return
    usePersonaViewStore.getState().clearRequest()
    if (!board?.byId.has(requestedId)) return
    open(requestedId)
    const row = panelRef.current?.querySelector(`[data-persona-id="${CSS.escape(requestedId)}"]`)
    row?.scrollIntoView({ block: 'nearest' })
  }, [requestedId, board, open, panelRef])
}

/** Cards per persona id on the current page. */
function useCardCountsByPersona(): ReadonlyMap<string, number> {
  const editor = useEditor()
  return useValue(
    'cxmap cards per persona',
    () => {
      const counts = new Map<string, number>()
      for (const shape of editor.getCurrentPageShapes()) {
        if (!isJourneyCard(shape)) continue
        const id = shape.props.personaId
        if (id) counts.set(id, (counts.get(id) ?? 0) + 1)
      }
      return counts
    },
    [editor],
  )
}

// The departments panel takes the same place: opening one closes the other.
function useExclusivePanels(isOpen: boolean, closePanel: () => void) {
  useEffect(() => {
    if (isOpen) useDepartmentViewStore.getState().closePanel()
  }, [isOpen])
  useEffect(
    () =>
      useDepartmentViewStore.subscribe((state, previous) => {
        if (state.isPanelOpen && !previous.isPanelOpen) closePanel()
      }),
    [closePanel],
  )
}
