import type { ReactNode } from 'react'
import './switchSection.css'

/** A cockpit section that is one on/off switch: a titled row with the switch, and a hint under it. */
export function SwitchSection({
  id,
  icon,
  title,
  switchLabel,
  stateText,
  hint,
  isOn,
  testId,
  sectionTestId,
  onToggle,
}: {
  /** Prefix of the title's and hint's element ids (labelling the section and describing the switch). */
  id: string
  icon: ReactNode
  title: string
  switchLabel: string
  /** What the switch's state means now ("On", "Hidden"…). */
  stateText: string
  hint: string
  isOn: boolean
  testId: string
  sectionTestId?: string
  onToggle: () => void
}) {
  return (
    <section className="workshop-section switch-section" aria-labelledby={`${id}-title`} data-testid={sectionTestId}>
      <div className="switch-section__row">
        <h3 className="workshop-section__title" id={`${id}-title`}>
          {icon}
          {title}
        </h3>
        <button
          type="button"
          role="switch"
          className="workshop-switch"
          aria-checked={isOn}
          aria-label={switchLabel}
          aria-describedby={`${id}-hint`}
          data-testid={testId}
          onClick={onToggle}
        >
          <span className="workshop-switch__track" aria-hidden="true">
            <span className="workshop-switch__thumb" />
          </span>
          <span className="workshop-switch__state">{stateText}</span>
        </button>
      </div>
      <p className="workshop-section__hint muted" id={`${id}-hint`}>
        {hint}
      </p>
    </section>
  )
}
