import { useEffect, useRef, useState, type KeyboardEvent } from 'react'

/**
 * A persona's text field, written to the board when it loses the focus (or on Enter, single-line). While someone
 * types here, changes made by others to the same field wait; once the focus leaves, the field shows the board's value.
 */
export function PersonaTextField({
  label,
  value,
  isMultiline = false,
  isReadonly,
  autoFocus = false,
  testId,
  onCommit,
}: {
  label: string
  value: string
  isMultiline?: boolean
  isReadonly: boolean
  autoFocus?: boolean
  testId: string
  onCommit: (value: string) => void
}) {
  const [draft, setDraft] = useState(value)
  const isFocused = useRef(false)
  useEffect(() => {
    if (!isFocused.current) setDraft(value)
  }, [value])

  const commit = () => {
    isFocused.current = false
    if (draft !== value) onCommit(draft)
  }
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    event.stopPropagation()
    if (event.key === 'Escape') {
      setDraft(value)
      isFocused.current = false
      event.currentTarget.blur()
    } else if (event.key === 'Enter' && !isMultiline) event.currentTarget.blur()
  }
  const common = {
    className: 'cx-persona-form__input',
    value: draft,
    readOnly: isReadonly,
    'data-testid': testId,
    onFocus: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
      isFocused.current = true
      if (autoFocus) event.currentTarget.select()
    },
    onChange: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => setDraft(event.currentTarget.value),
    onBlur: commit,
    onKeyDown: handleKeyDown,
  }
  return (
    <label className="cx-persona-form__field">
      <span className="cx-persona-form__label">{label}</span>
      {isMultiline ? (
        <textarea {...common} rows={2} maxLength={4000} />
      ) : (
        <input {...common} maxLength={120} autoFocus={autoFocus} />
      )}
    </label>
  )
}
