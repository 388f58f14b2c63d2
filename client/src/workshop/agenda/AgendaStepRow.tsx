import {
  AGENDA_MAX_MINUTES,
  AGENDA_TITLE_MAX_LENGTH,
  moveAgendaItem,
  removeAgendaItem,
  renameAgendaItem,
  setAgendaItemMinutes,
  setCurrentAgendaItem,
  type AgendaItem,
} from '@cxmap/shared'
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useWorkshopT } from '../i18n'
import type { ChangeAgenda } from './AgendaEditor'

interface AgendaStepRowProps {
  item: AgendaItem
  /** 1-based position. */
  number: number
  total: number
  isCurrent: boolean
  onChange: ChangeAgenda
}

/** One step in the cockpit's agenda: current mark, title and minutes edited in place, reorder, remove. */
export function AgendaStepRow({ item, number, total, isCurrent, onChange }: AgendaStepRowProps) {
  const t = useWorkshopT()
  const { id } = item
  return (
    <li
      className={isCurrent ? 'agenda-step is-current' : 'agenda-step'}
      aria-current={isCurrent ? 'step' : undefined}
      data-testid="agenda-step"
      data-current={isCurrent}
    >
      <button
        type="button"
        className="agenda-step__current"
        aria-pressed={isCurrent}
        aria-label={isCurrent ? t('agenda.clearCurrent', { number }) : t('agenda.makeCurrent', { number })}
        title={isCurrent ? t('agenda.clearCurrent', { number }) : t('agenda.makeCurrent', { number })}
        data-testid="agenda-make-current"
        onClick={() => onChange((agenda) => setCurrentAgendaItem(agenda, isCurrent ? null : id))}
      >
        {number}
      </button>
      <InlineField
        className="input input--small agenda-step__title"
        label={t('agenda.stepTitleLabel', { number })}
        value={item.title}
        maxLength={AGENDA_TITLE_MAX_LENGTH}
        testId="agenda-step-title"
        onCommit={(title) => onChange((agenda) => renameAgendaItem(agenda, id, title))}
      />
      <InlineField
        className="input input--small agenda-step__minutes"
        label={t('agenda.stepMinutesLabel', { number })}
        value={item.minutes === null ? '' : String(item.minutes)}
        placeholder={t('agenda.minutesPlaceholder')}
        inputMode="numeric"
        maxLength={String(AGENDA_MAX_MINUTES).length}
        testId="agenda-step-minutes"
        onCommit={(text) => onChange((agenda) => setAgendaItemMinutes(agenda, id, parseMinutes(text)))}
      />
      <StepButton
        label={t('agenda.moveUp', { number })}
        disabled={number === 1}
        onClick={() => onChange((agenda) => moveAgendaItem(agenda, id, -1))}
      >
        <path d="M6 9.5v-7M3 5.5l3-3 3 3" />
      </StepButton>
      <StepButton
        label={t('agenda.moveDown', { number })}
        disabled={number === total}
        onClick={() => onChange((agenda) => moveAgendaItem(agenda, id, 1))}
      >
        <path d="M6 2.5v7M3 6.5l3 3 3-3" />
      </StepButton>
      <StepButton
        label={t('agenda.remove', { number })}
        className="agenda-step__remove"
        testId="agenda-step-remove"
        onClick={() => onChange((agenda) => removeAgendaItem(agenda, id))}
      >
        <path d="M3 3l6 6M9 3l-6 6" />
      </StepButton>
    </li>
  )
}

/** Minutes typed into a step: a number, or null for none (blank or not a number). */
function parseMinutes(text: string): number | null {
  const minutes = Number(text.trim().replace(',', '.'))
  return text.trim() && Number.isFinite(minutes) ? minutes : null
}

interface InlineFieldProps {
  className: string
  label: string
  value: string
  maxLength: number
  placeholder?: string
  inputMode?: 'numeric'
  testId: string
  onCommit: (value: string) => void
}

/**
 * A text field edited in place: shows the live value until focused, commits on Enter or leaving, Escape reverts.
 * While it is edited a remote change does not overwrite what is being typed.
 */
function InlineField({
  className,
  label,
  value,
  maxLength,
  placeholder,
  inputMode,
  testId,
  onCommit,
}: InlineFieldProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const isCancelling = useRef(false)
  const commit = () => {
    if (!isCancelling.current && draft !== null && draft !== value) onCommit(draft)
    isCancelling.current = false
    setDraft(null)
  }
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      event.currentTarget.blur()
    } else if (event.key === 'Escape') {
      // Reverts this field only; the cockpit stays open.
      event.stopPropagation()
      isCancelling.current = true
      event.currentTarget.blur()
    }
  }
  return (
    <input
      className={className}
      aria-label={label}
      title={label}
      value={draft ?? value}
      maxLength={maxLength}
      placeholder={placeholder}
      inputMode={inputMode}
      data-testid={testId}
      onFocus={() => setDraft(value)}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={handleKeyDown}
    />
  )
}

interface StepButtonProps {
  label: string
  disabled?: boolean
  className?: string
  testId?: string
  onClick: () => void
  children: ReactNode
}

function StepButton({ label, disabled, className, testId, onClick, children }: StepButtonProps) {
  return (
    <button
      type="button"
      className={className ? `agenda-step__button ${className}` : 'agenda-step__button'}
      aria-label={label}
      title={label}
      disabled={disabled}
      data-testid={testId}
      onClick={onClick}
    >
      <svg
        width="12"
        height="12"
        viewBox="0 0 12 12"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        aria-hidden="true"
      >
        {children}
      </svg>
    </button>
  )
}
