import {
  PRIORITY_MAX,
  PRIORITY_MIN,
  type Stakeholder,
  type StakeholderFields,
  type StakeholderGroup,
} from '@cxmap/shared'
import { useState } from 'react'
import { useLiveText } from '../../components/useLiveText'
import { ConflictsCell } from './ConflictsCell'
import { GROUP_OPTIONS, useStakeholdersT, useStrategyTexts, type StakeholdersKey } from './strings'
import { ConfirmRemove } from '../../components/ConfirmRemove'

interface StakeholderRowProps {
  stakeholder: Stakeholder
  all: readonly Stakeholder[]
  canEdit: boolean
  /** Just added here: its name field takes the focus. */
  isNew: boolean
  onChange: (patch: Partial<StakeholderFields>) => void
  onRemove: () => void
}

const PRIORITIES = Array.from({ length: PRIORITY_MAX - PRIORITY_MIN + 1 }, (_, i) => PRIORITY_MIN + i)

/** One stakeholder as a row of the matrix; text fields write after a pause and on blur, the rest at once. */
export function StakeholderRow({ stakeholder, all, canEdit, isNew, onChange, onRemove }: StakeholderRowProps) {
  const t = useStakeholdersT()
  const texts = useStrategyTexts()
  const prompts = texts.groupPrompts[stakeholder.group]
  const [isConfirming, setIsConfirming] = useState(false)
  const name = stakeholder.name.trim() || t('unnamed')
  return (
    <tr className="cx-sh__row" data-testid="stakeholder-row" data-stakeholder-id={stakeholder.id}>
      <td>
        <select
          className={`select cx-sh__group cx-sh__group--${stakeholder.group}`}
          aria-label={t('columns.group')}
          data-testid="stakeholder-group"
          value={stakeholder.group}
          disabled={!canEdit}
          onChange={(event) => onChange({ group: event.target.value as StakeholderGroup })}
        >
          {GROUP_OPTIONS.map((group) => (
            <option key={group} value={group}>
              {texts.groups[group]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <TextCell
          field="name"
          value={stakeholder.name}
          label="columns.name"
          placeholder={t('namePlaceholder')}
          canEdit={canEdit}
          autoFocus={isNew}
          onChange={onChange}
        />
      </td>
      <td>
        <TextCell
          field="wants"
          value={stakeholder.wants}
          label="columns.wants"
          placeholder={prompts.wants || t('wantsPlaceholder')}
          canEdit={canEdit}
          onChange={onChange}
        />
      </td>
      <td>
        <ConflictsCell stakeholder={stakeholder} all={all} canEdit={canEdit} onChange={onChange} />
        <TextCell
          field="conflicts"
          value={stakeholder.conflicts}
          label="columns.conflicts"
          placeholder={t('conflictsPlaceholder')}
          canEdit={canEdit}
          onChange={onChange}
        />
      </td>
      <td>
        <PriorityControl
          value={stakeholder.priority}
          canEdit={canEdit}
          onChange={(priority) => onChange({ priority })}
        />
      </td>
      <td>
        <TextCell
          field="ifSuccess"
          value={stakeholder.ifSuccess}
          label="columns.ifSuccess"
          placeholder={prompts.ifSuccess || t('ifSuccessPlaceholder')}
          canEdit={canEdit}
          onChange={onChange}
        />
      </td>
      {canEdit && (
        <td className="cx-sh__actions">
          {isConfirming ? (
            <ConfirmRemove
              className="cx-sh__confirm"
              yesClassName="cx-sh__confirm-yes"
              question={t('confirmRemove')}
              noLabel={t('no')}
              yesLabel={t('yes')}
              testId="stakeholder-remove-confirm"
              onCancel={() => setIsConfirming(false)}
              onConfirm={onRemove}
            />
          ) : (
            <button
              type="button"
              className="cx-sh__remove"
              aria-label={t('remove', { name })}
              title={t('remove', { name })}
              data-testid="stakeholder-remove"
              onClick={() => setIsConfirming(true)}
            >
              <svg width="14" height="14" viewBox="0 0 24 24" fill="none" aria-hidden="true">
                <path
                  d="M5 7h14M10 7V4.5h4V7M7 7l1 13h8l1-13"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinejoin="round"
                />
              </svg>
            </button>
          )}
        </td>
      )}
    </tr>
  )
}

type TextField = 'name' | 'wants' | 'conflicts' | 'ifSuccess'

function TextCell(props: {
  field: TextField
  value: string
  label: StakeholdersKey
  placeholder: string
  canEdit: boolean
  autoFocus?: boolean
  onChange: (patch: Partial<StakeholderFields>) => void
}) {
  const { field, value, label, placeholder, canEdit, autoFocus, onChange } = props
  const t = useStakeholdersT()
  const live = useLiveText(value, (text) => onChange({ [field]: text }))
  if (!canEdit)
    return (
      <p className={`cx-sh__text cx-sh__text--${field}`} data-testid={`stakeholder-${field}`}>
        {value}
      </p>
    )
  return (
    <textarea
      className={`cx-sh__input cx-sh__input--${field}`}
      aria-label={t(label)}
      placeholder={placeholder}
      data-testid={`stakeholder-${field}`}
      rows={field === 'name' ? 1 : 2}
      maxLength={4000}
      autoFocus={autoFocus}
      {...live}
    />
  )
}

function PriorityControl({
  value,
  canEdit,
  onChange,
}: {
  value: number
  canEdit: boolean
  onChange: (value: number) => void
}) {
  const t = useStakeholdersT()
  return (
    <div
      className="cx-sh__priority"
      role="radiogroup"
      aria-label={t('columns.priority')}
      title={t('priorityHint')}
      data-testid="stakeholder-priority"
      data-value={value}
    >
      {PRIORITIES.map((level) => (
        <button
          key={level}
          type="button"
          role="radio"
          aria-checked={level === value}
          aria-label={t('priorityValue', { value: level })}
          className={level <= value ? 'cx-sh__level is-on' : 'cx-sh__level'}
          data-testid={`stakeholder-priority-${level}`}
          disabled={!canEdit}
          onClick={() => onChange(level)}
        >
          {level}
        </button>
      ))}
    </div>
  )
}
