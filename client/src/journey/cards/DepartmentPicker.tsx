import type { Department } from '@cxmap/shared'
import { useCardsT } from '../i18n'
import { ChipPicker } from './ChipPicker'

interface DepartmentPickerProps {
  anchor: HTMLElement
  departments: readonly Department[]
  selectedId: string
  onPick: (departmentId: string) => void
  onClose: () => void
}

/** The list of the board's departments under a card's chip, and "No department". */
export function DepartmentPicker({ anchor, departments, selectedId, onPick, onClose }: DepartmentPickerProps) {
  const t = useCardsT()
  const options = [
    ...departments.map((d) => ({ id: d.id, name: d.name, color: d.color })),
    { id: '', name: t('card.noDepartment'), color: 'transparent' },
  ].map(({ id, name, color }) => ({
    id,
    name,
    icon: <span className="cx-picker__swatch" style={{ background: color }} />,
  }))
  return (
    <ChipPicker
      anchor={anchor}
      options={options}
      selectedId={selectedId}
      label={t('departments.title')}
      testId="department-picker"
      optionTestIdPrefix="department-option-"
      onPick={onPick}
      onClose={onClose}
    />
  )
}
