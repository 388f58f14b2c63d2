import type { Department } from '@cxmap/shared'
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react'
import { createPortal } from 'react-dom'
import { useCardsT } from '../i18n'

interface DepartmentPickerProps {
  anchor: HTMLElement
  departments: readonly Department[]
  selectedId: string
  onPick: (departmentId: string) => void
  onClose: () => void
}

/**
 * The list of the board's departments under a card's chip. Rendered in a portal at screen position, so that it is
 * not scaled with the canvas nor covered by other shapes; arrow keys move, Enter picks, Esc closes.
 */
export function DepartmentPicker({ anchor, departments, selectedId, onPick, onClose }: DepartmentPickerProps) {
  const t = useCardsT()
  const listRef = useRef<HTMLDivElement>(null)
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null)
  const options = [...departments.map((d) => ({ id: d.id, name: d.name, color: d.color })), noneOption(t)]

  useLayoutEffect(() => {
    const rect = anchor.getBoundingClientRect()
    const height = Math.min(320, options.length * 32 + 12)
    const below = rect.bottom + 4 + height < window.innerHeight
    setPosition({
      left: Math.min(rect.left, window.innerWidth - 220),
      top: below ? rect.bottom + 4 : rect.top - 4 - height,
    })
  }, [anchor, options.length])

  useEffect(() => {
    const selected = listRef.current?.querySelector<HTMLElement>('[aria-selected="true"]')
    ;(selected ?? listRef.current?.querySelector<HTMLElement>('button'))?.focus()
  }, [position])

  useEffect(() => {
    const handlePointerDown = (event: globalThis.PointerEvent) => {
      const target = event.target as Node
      if (!listRef.current?.contains(target) && !anchor.contains(target)) onClose()
    }
    document.addEventListener('pointerdown', handlePointerDown, true)
    return () => document.removeEventListener('pointerdown', handlePointerDown, true)
  }, [anchor, onClose])

  const handleKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation()
    const buttons = [...(listRef.current?.querySelectorAll<HTMLElement>('button') ?? [])]
    const index = buttons.indexOf(document.activeElement as HTMLElement)
    if (event.key === 'Escape') {
      event.preventDefault()
      onClose()
      anchor.focus()
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      buttons[(index + step + buttons.length) % buttons.length]?.focus()
    }
  }

  if (!position) return null
  return createPortal(
    <div
      ref={listRef}
      className="cx-picker"
      role="listbox"
      aria-label={t('departments.title')}
      data-testid="department-picker"
      style={position}
      onKeyDown={handleKeyDown}
      // React bubbles a portal's events through the React tree: without this the card (and tldraw's canvas around it)
      // would take a press in the list for a press on the canvas.
      onPointerDown={stopPropagation}
      onPointerUp={stopPropagation}
      onClick={stopPropagation}
      onDoubleClick={stopPropagation}
      onWheel={stopPropagation}
    >
      {options.map((option) => (
        <button
          key={option.id || 'none'}
          type="button"
          role="option"
          aria-selected={option.id === selectedId}
          className="cx-picker__option"
          data-testid={`department-option-${option.id || 'none'}`}
          onClick={() => onPick(option.id)}
        >
          <span className="cx-picker__swatch" style={{ background: option.color }} />
          <span className="cx-picker__name">{option.name}</span>
        </button>
      ))}
    </div>,
    document.body,
  )
}

function stopPropagation(event: SyntheticEvent) {
  event.stopPropagation()
}

function noneOption(t: ReturnType<typeof useCardsT>) {
  return { id: '', name: t('card.noDepartment'), color: 'transparent' }
}
