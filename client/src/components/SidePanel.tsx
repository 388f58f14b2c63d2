import { useEffect, type ReactNode, type RefObject } from 'react'

interface SidePanelProps {
  id: string
  /** Extra classes besides `cx-panel` (the look is in journey/departments/departments.css). */
  className?: string
  title: string
  closeLabel: string
  testId: string
  /** The panel's element: Escape closes the panel while the focus is inside it. */
  panelRef: RefObject<HTMLElement | null>
  onClose(): void
  children: ReactNode
}

/**
 * A panel beside the canvas (departments, personas): a titled aside with a close button that keeps pointer and wheel
 * events from reaching the canvas under it, and closes on Escape from inside.
 */
export function SidePanel({ id, className, title, closeLabel, testId, panelRef, onClose, children }: SidePanelProps) {
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && panelRef.current?.contains(document.activeElement)) onClose()
    }
    document.addEventListener('keydown', handleKeyDown)
    return () => document.removeEventListener('keydown', handleKeyDown)
  }, [panelRef, onClose])

  return (
    <aside
      ref={panelRef}
      id={id}
      className={className ? `cx-panel ${className}` : 'cx-panel'}
      aria-label={title}
      data-testid={testId}
      onPointerDown={(event) => event.stopPropagation()}
      onWheel={(event) => event.stopPropagation()}
    >
      <header className="cx-panel__header">
        <h2 className="cx-panel__title">{title}</h2>
        <button type="button" className="cx-panel__close" aria-label={closeLabel} onClick={onClose}>
          <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          </svg>
        </button>
      </header>
      {children}
    </aside>
  )
}
