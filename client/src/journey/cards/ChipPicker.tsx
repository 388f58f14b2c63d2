import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type SyntheticEvent,
} from 'react'
import { createPortal } from 'react-dom'

/** One choice of a {@link ChipPicker}: '' as id is "none". */
export interface ChipPickerOption {
  id: string
  name: string
  /** What stands before the name: a colour swatch, an avatar. */
  icon: ReactNode
}

interface ChipPickerProps {
  anchor: HTMLElement
  options: readonly ChipPickerOption[]
  selectedId: string
  label: string
  testId: string
  /** Each option's test id is this prefix and the option's id (`none` for ''). */
  optionTestIdPrefix: string
  onPick: (id: string) => void
  onClose: () => void
}

/**
 * A list of choices under a card's chip (its department, its persona). Rendered in a portal at screen position, so
 * that it is not scaled with the canvas nor covered by other shapes; arrow keys move, Enter picks, Esc closes.
 */
export function ChipPicker(props: ChipPickerProps) {
  const { anchor, options, selectedId, label, testId, optionTestIdPrefix, onPick, onClose } = props
  const listRef = useRef<HTMLDivElement>(null)
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null)

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
      aria-label={label}
      data-testid={testId}
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
          data-testid={`${optionTestIdPrefix}${option.id || 'none'}`}
          onClick={() => onPick(option.id)}
        >
          {option.icon}
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
