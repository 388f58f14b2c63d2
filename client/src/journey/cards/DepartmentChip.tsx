import type { Department } from '@cxmap/shared'
import { useState, type PointerEvent } from 'react'
import { useBoardDepartments } from '../departments/DepartmentsContext'
import { useCardsT } from '../i18n'
import { getReadableTextColor } from './cardLook'
import { DepartmentPicker } from './DepartmentPicker'

const stopPointer = (event: PointerEvent) => event.stopPropagation()

/** The card's department as a coloured stamp; an editor clicks it to pick another of the board's departments. */
export function DepartmentChip({
  departmentId,
  isReadonly,
  onChange,
}: {
  departmentId: string
  isReadonly: boolean
  onChange: (departmentId: string) => void
}) {
  const t = useCardsT()
  const board = useBoardDepartments()
  // The chip the picker hangs from, while it is open.
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const department: Department | undefined = board?.byId.get(departmentId)
  const name = department?.name ?? (departmentId ? t('card.unknownDepartment') : t('card.noDepartment'))
  const style = department ? { background: department.color, color: getReadableTextColor(department.color) } : undefined
  const className = department ? 'cx-card__chip' : 'cx-card__chip cx-card__chip--none'

  if (isReadonly || !board) {
    return (
      <span className={className} style={style} data-testid="card-department" title={name}>
        {name}
      </span>
    )
  }
  return (
    <>
      <button
        type="button"
        className={className}
        style={style}
        data-testid="card-department"
        title={t('card.changeDepartment', { name })}
        aria-haspopup="listbox"
        aria-expanded={anchor !== null}
        onPointerDown={stopPointer}
        onClick={(event) => setAnchor(anchor ? null : event.currentTarget)}
      >
        {name}
      </button>
      {anchor && (
        <DepartmentPicker
          anchor={anchor}
          departments={board.departments}
          selectedId={departmentId}
          onPick={(id) => {
            setAnchor(null)
            if (id !== departmentId) onChange(id)
          }}
          onClose={() => setAnchor(null)}
        />
      )}
    </>
  )
}
