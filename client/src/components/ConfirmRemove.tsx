interface ConfirmRemoveProps {
  /** The box's class (its look in the panel that shows it). */
  className: string
  /** Class of the "yes" button besides `button button--small`. */
  yesClassName: string
  question: string
  noLabel: string
  yesLabel: string
  /** Test id of the "yes" button. */
  testId: string
  onCancel(): void
  onConfirm(): void
}

/** The inline "remove this?" question of a panel row (departments, personas, stakeholders): no, or yes. */
export function ConfirmRemove(props: ConfirmRemoveProps) {
  const { className, yesClassName, question, noLabel, yesLabel, testId, onCancel, onConfirm } = props
  return (
    <div className={className} role="alert">
      <span>{question}</span>
      <button type="button" className="button button--small" onClick={onCancel}>
        {noLabel}
      </button>
      <button type="button" className={`button button--small ${yesClassName}`} data-testid={testId} onClick={onConfirm}>
        {yesLabel}
      </button>
    </div>
  )
}
