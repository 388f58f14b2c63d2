import type { RoadmapItem } from '@cxmap/shared'
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react'
import { useRoadmapT } from '../i18n'
import { useRoadmapBoard } from '../RoadmapContext'
import { useDraftText } from './useDraftText'

/** What a row of a trigger or stimulus list can do to its item. */
export interface ItemActions {
  setText: (id: string, text: string) => void
  /** `''` removes the department. */
  setDepartment: (id: string, departmentId: string) => void
  move: (id: string, direction: -1 | 1) => void
  remove: (id: string) => void
}

/** One trigger or stimulus: its text, department, and (for editors) reordering and deleting. */
export function ItemRow({
  item,
  index,
  isLast,
  canEdit,
  actions,
}: {
  item: RoadmapItem
  index: number
  isLast: boolean
  canEdit: boolean
  actions: ItemActions
}) {
  const t = useRoadmapT()
  const { departments, departmentsById } = useRoadmapBoard()
  const text = useDraftText(item.text, (value) => actions.setText(item.id, value))
  const textRef = useRef<HTMLTextAreaElement>(null)
  // The text area grows with its text, so a long statement wraps instead of scrolling out of sight.
  useLayoutEffect(() => {
    const textArea = textRef.current
    if (!textArea) return
    textArea.style.height = 'auto'
    textArea.style.height = `${textArea.scrollHeight + 2}px`
  }, [text.value])
  const department = item.departmentId ? departmentsById.get(item.departmentId) : undefined
  const departmentName = item.departmentId ? (department?.name ?? t('common.unknownOwner')) : ''

  // An item is one statement: Enter finishes editing instead of starting a new line.
  const handleTextKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return
    event.preventDefault()
    event.currentTarget.blur()
  }

  if (!canEdit) {
    return (
      <li className="rm-sum__item" data-testid="roadmap-item" data-item-id={item.id}>
        <span className="rm-sum__index">{index + 1}</span>
        <span className="rm-sum__text-read">{item.text}</span>
        {item.departmentId && (
          <span className={department ? 'rm-owner' : 'rm-owner rm-owner--none'}>
            {department && <span className="rm-owner__dot" style={{ background: department.color }} aria-hidden />}
            {departmentName}
          </span>
        )}
      </li>
    )
  }
  return (
    <li className="rm-sum__item rm-sum__item--edit" data-testid="roadmap-item" data-item-id={item.id}>
      <span className="rm-sum__index">{index + 1}</span>
      <textarea
        ref={textRef}
        className="rm-sum__text"
        rows={1}
        aria-label={t('summary.itemText', { index: index + 1 })}
        onKeyDown={handleTextKeyDown}
        {...text}
      />
      <span className="rm-sum__department">
        <span className="rm-owner__dot" style={{ background: department?.color ?? 'transparent' }} aria-hidden="true" />
        <select
          className="rm-sum__select"
          aria-label={t('summary.department')}
          value={item.departmentId ?? ''}
          onChange={(event) => actions.setDepartment(item.id, event.target.value)}
        >
          <option value="">{t('summary.noDepartment')}</option>
          {departments.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
          {item.departmentId && !department && <option value={item.departmentId}>{departmentName}</option>}
        </select>
      </span>
      <span className="rm-sum__item-actions">
        <button
          type="button"
          className="icon-button rm-sum__icon"
          aria-label={t('summary.moveUp')}
          title={t('summary.moveUp')}
          disabled={index === 0}
          onClick={() => actions.move(item.id, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button rm-sum__icon"
          aria-label={t('summary.moveDown')}
          title={t('summary.moveDown')}
          disabled={isLast}
          onClick={() => actions.move(item.id, 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button rm-sum__icon rm-sum__icon--delete"
          aria-label={t('summary.deleteItem', {
            text: item.text.trim() || t('summary.itemText', { index: index + 1 }),
          })}
          title={t('common.delete')}
          onClick={() => actions.remove(item.id)}
        >
          ×
        </button>
      </span>
    </li>
  )
}
