import { useRef, useState } from 'react'
import { useEditor, useValue } from 'tldraw'
import { SidePanel } from '../../components/SidePanel'
import { isJourneyCard } from '../cards/cardShape'
import { useCardsT } from '../i18n'
import { useBoardDepartments } from './DepartmentsContext'
import { addDepartment, createDepartmentId, deleteDepartment, pickNextColor, updateDepartment } from './departmentsDoc'
import {
  selectIsPanelOpen,
  selectMode,
  selectSelectedIds,
  useDepartmentViewStore,
  type DepartmentFilterMode,
} from './departmentViewStore'
import { DepartmentRow } from './DepartmentRow'
import './departments.css'

const MODES: DepartmentFilterMode[] = ['highlight', 'filter']

/**
 * The board's departments: pick some to highlight (others fade) or filter (others hide) their cards — a view of this
 * browser only; rename, recolour, add and delete them — for everyone on the board.
 */
export function DepartmentsPanel() {
  const t = useCardsT()
  const editor = useEditor()
  const board = useBoardDepartments()
  const isOpen = useDepartmentViewStore(selectIsPanelOpen)
  const selectedIds = useDepartmentViewStore(selectSelectedIds)
  const mode = useDepartmentViewStore(selectMode)
  const { closePanel, toggleDepartment, setMode, clearSelection } = useDepartmentViewStore.getState()
  const panelRef = useRef<HTMLElement>(null)
  // A department just added here gets the focus in its name field, ready to be named.
  const [addedId, setAddedId] = useState<string | null>(null)
  const counts = useValue(
    'cxmap cards per department',
    () => {
      const byDepartment = new Map<string, number>()
      for (const shape of editor.getCurrentPageShapes()) {
        if (!isJourneyCard(shape)) continue
        const id = shape.props.departmentId
        byDepartment.set(id, (byDepartment.get(id) ?? 0) + 1)
      }
      return byDepartment
    },
    [editor],
  )

  if (!isOpen || !board) return null
  const { doc, departments, canEdit } = board

  return (
    <SidePanel
      id="cx-departments-panel"
      title={t('departments.title')}
      closeLabel={t('departments.close')}
      testId="departments-panel"
      panelRef={panelRef}
      onClose={closePanel}
    >
      <div className="cx-panel__mode">
        <div className="cx-segmented" role="radiogroup" aria-label={t('departments.modeLabel')}>
          {MODES.map((value) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={mode === value}
              className={mode === value ? 'cx-segmented__option is-on' : 'cx-segmented__option'}
              data-testid={`department-mode-${value}`}
              onClick={() => setMode(value)}
            >
              {t(`departments.${value}`)}
            </button>
          ))}
        </div>
        <p className="cx-panel__hint">
          {selectedIds.length > 0 ? t(`departments.modeHint.${mode}`) : t('departments.pickHint')}
        </p>
      </div>
      {departments.length === 0 ? (
        <p className="cx-panel__empty">{t('departments.empty')}</p>
      ) : (
        <ul className="cx-panel__list">
          {departments.map((department) => (
            <DepartmentRow
              key={department.id}
              department={department}
              cardCount={counts.get(department.id) ?? 0}
              isSelected={selectedIds.includes(department.id)}
              isNew={department.id === addedId}
              canEdit={canEdit}
              onToggle={() => toggleDepartment(department.id)}
              onRename={(name) => updateDepartment(doc, department.id, { name })}
              onRecolor={(color) => updateDepartment(doc, department.id, { color })}
              onDelete={() => {
                deleteDepartment(doc, department.id)
                if (selectedIds.includes(department.id)) toggleDepartment(department.id)
              }}
            />
          ))}
        </ul>
      )}
      {(canEdit || selectedIds.length > 0) && (
        <footer className="cx-panel__footer">
          {canEdit && (
            <button
              type="button"
              className="button button--small"
              data-testid="department-add"
              onClick={() => {
                const id = createDepartmentId()
                addDepartment(doc, { id, name: t('departments.newName'), color: pickNextColor(departments) })
                setAddedId(id)
              }}
            >
              + {t('departments.add')}
            </button>
          )}
          {selectedIds.length > 0 && (
            <button
              type="button"
              className="button button--small"
              data-testid="department-clear"
              onClick={clearSelection}
            >
              {t('departments.clear')}
            </button>
          )}
        </footer>
      )}
    </SidePanel>
  )
}
