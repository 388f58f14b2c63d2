import { DEPARTMENT_COLORS, type Department } from '@cxmap/shared'
import { useState, type KeyboardEvent } from 'react'
import { useCardsT } from '../i18n'
import { ConfirmRemove } from '../../components/ConfirmRemove'

interface DepartmentRowProps {
  department: Department
  cardCount: number
  isSelected: boolean
  /** Just added here: its name field takes the focus, all selected. */
  isNew: boolean
  canEdit: boolean
  onToggle: () => void
  onRename: (name: string) => void
  onRecolor: (color: string) => void
  onDelete: () => void
}

/** One department in the panel: pick it for the highlight/filter, rename it, recolour it, delete it. */
export function DepartmentRow(props: DepartmentRowProps) {
  const { department, cardCount, isSelected, isNew, canEdit, onToggle, onRename, onRecolor, onDelete } = props
  const t = useCardsT()
  const [isPickingColor, setIsPickingColor] = useState(false)
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false)
  const { name } = department

  const commitName = (value: string) => {
    const trimmed = value.trim()
    if (trimmed && trimmed !== name) onRename(trimmed)
  }
  const handleNameKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.currentTarget.blur()
    if (event.key === 'Escape') {
      event.currentTarget.value = name
      event.currentTarget.blur()
    }
  }

  return (
    <li className="cx-dept" data-testid="department-row" data-department-id={department.id}>
      <div className="cx-dept__main">
        <button
          type="button"
          className={isSelected ? 'cx-dept__toggle is-on' : 'cx-dept__toggle'}
          aria-pressed={isSelected}
          aria-label={t('departments.toggle', { name })}
          title={t('departments.toggle', { name })}
          data-testid={`department-filter-${department.id}`}
          style={{ borderColor: department.color, background: isSelected ? department.color : undefined }}
          onClick={onToggle}
        >
          {isSelected && (
            <svg width="12" height="12" viewBox="0 0 24 24" aria-hidden="true">
              <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
            </svg>
          )}
        </button>
        {canEdit ? (
          <input
            key={name}
            className="cx-dept__name"
            defaultValue={name}
            aria-label={t('departments.rename', { name })}
            data-testid="department-name"
            maxLength={60}
            autoFocus={isNew}
            onFocus={(event) => isNew && event.currentTarget.select()}
            onBlur={(event) => commitName(event.currentTarget.value)}
            onKeyDown={handleNameKeyDown}
          />
        ) : (
          <span className="cx-dept__name cx-dept__name--static">{name}</span>
        )}
        <span className="cx-dept__count">{t('departments.cards', { count: cardCount })}</span>
        {canEdit && (
          <>
            <button
              type="button"
              className="cx-dept__swatch"
              style={{ background: department.color }}
              aria-label={t('departments.recolor', { name })}
              title={t('departments.recolor', { name })}
              aria-expanded={isPickingColor}
              data-testid="department-color"
              onClick={() => setIsPickingColor((open) => !open)}
            />
            <button
              type="button"
              className="cx-dept__delete"
              aria-label={t('departments.remove', { name })}
              title={t('departments.remove', { name })}
              data-testid="department-delete"
              onClick={() => setIsConfirmingDelete(true)}
            >
              <svg width="14" height="14" viewBox="0 0 24 24" fill="none" aria-hidden="true">
                <path
                  d="M5 7h14M10 7V4.5h4V7M7 7l1 13h8l1-13"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinejoin="round"
                />
              </svg>
            </button>
          </>
        )}
      </div>
      {isPickingColor && (
        <div className="cx-dept__colors" role="group" aria-label={t('departments.recolor', { name })}>
          {DEPARTMENT_COLORS.map((color) => (
            <button
              key={color}
              type="button"
              className={color === department.color ? 'cx-dept__color is-current' : 'cx-dept__color'}
              style={{ background: color }}
              aria-label={color}
              aria-pressed={color === department.color}
              onClick={() => {
                onRecolor(color)
                setIsPickingColor(false)
              }}
            />
          ))}
        </div>
      )}
      {isConfirmingDelete && (
        <ConfirmRemove
          className="cx-dept__confirm"
          yesClassName="cx-dept__confirm-yes"
          question={t('departments.confirmRemove')}
          noLabel={t('departments.no')}
          yesLabel={t('departments.yes')}
          testId="department-delete-confirm"
          onCancel={() => setIsConfirmingDelete(false)}
          onConfirm={onDelete}
        />
      )}
    </li>
  )
}
