import type { ReactNode } from 'react'

interface PanelToggleButtonProps {
  /** The button's own class (its look), besides `button button--small`; `is-open` is added while open. */
  className: string
  isOpen: boolean
  /** Id of the panel it opens (`aria-controls`). */
  controls: string
  testId: string
  /** The name (tooltip); `label` is shown beside the icon on wide windows. */
  title: string
  label: string
  icon: ReactNode
  /** A dot on the button: the panel's highlight or filter is on. */
  hasDot?: boolean
  onClick(): void
}

/** A top-bar button that opens and closes a panel (departments, personas, the stakeholder matrix). */
export function PanelToggleButton(props: PanelToggleButtonProps) {
  const { className, isOpen, controls, testId, title, label, icon, hasDot = false, onClick } = props
  return (
    <button
      type="button"
      className={`button button--small ${className}${isOpen ? ' is-open' : ''}`}
      aria-expanded={isOpen}
      aria-controls={controls}
      data-testid={testId}
      title={title}
      onClick={onClick}
    >
      {icon}
      <span className="topbar__label">{label}</span>
      {hasDot && <span className="cx-departments-button__dot" aria-hidden="true" />}
    </button>
  )
}
