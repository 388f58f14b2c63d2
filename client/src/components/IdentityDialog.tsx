import { listDefaultDepartmentNames } from '@cxmap/shared'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  IDENTITY_COLORS,
  MAX_IDENTITY_FIELD_LENGTH,
  selectIdentity,
  selectSaveIdentity,
  useIdentityStore,
} from '../state/identityStore'
import { selectLocale, useLocaleStore } from '../state/localeStore'
import { Avatar } from './Avatar'

/**
 * Asks for the name, colour and department shown to others. On the first visit it cannot be dismissed without a
 * name; later (`onClose` given) it edits the saved profile and Esc or Cancel leaves it unchanged.
 */
export function IdentityDialog({ onClose }: { onClose?: () => void }) {
  const { t } = useTranslation()
  const locale = useLocaleStore(selectLocale)
  const identity = useIdentityStore(selectIdentity)
  const saveIdentity = useIdentityStore(selectSaveIdentity)
  const [name, setName] = useState(identity?.name ?? '')
  const [department, setDepartment] = useState(identity?.department ?? '')
  const [color, setColor] = useState<string>(identity?.color ?? pickColor())
  const [isNameMissing, setIsNameMissing] = useState(false)
  const listId = useId()
  const titleId = useId()
  const departments = listDefaultDepartmentNames(locale)

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim()) {
      setIsNameMissing(true)
      return
    }
    saveIdentity({ name, color, department })
    onClose?.()
  }

  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && onClose?.()}>
      <form
        className="modal identity-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="identity-dialog"
        onSubmit={handleSubmit}
      >
        <div className="identity-dialog__header">
          <Avatar name={name || '?'} color={color} size={44} />
          <div>
            <h2 id={titleId}>{onClose ? t('identity.editTitle') : t('identity.title')}</h2>
            <p className="muted">{t('identity.subtitle')}</p>
          </div>
        </div>
        <label className="field">
          <span className="field__label">{t('identity.name')}</span>
          <input
            className="input"
            data-testid="identity-name"
            value={name}
            maxLength={MAX_IDENTITY_FIELD_LENGTH}
            placeholder={t('identity.namePlaceholder')}
            autoFocus
            autoComplete="name"
            aria-invalid={isNameMissing}
            onChange={(event) => {
              setName(event.target.value)
              setIsNameMissing(false)
            }}
          />
          {isNameMissing && (
            <span className="field__error" role="alert" data-testid="error-message">
              {t('identity.nameRequired')}
            </span>
          )}
        </label>
        <label className="field">
          <span className="field__label">{t('identity.department')}</span>
          <input
            className="input"
            data-testid="identity-department"
            list={listId}
            value={department}
            maxLength={MAX_IDENTITY_FIELD_LENGTH}
            placeholder={t('identity.departmentPlaceholder')}
            autoComplete="organization-title"
            onChange={(event) => setDepartment(event.target.value)}
          />
          <datalist id={listId}>
            {departments.map((option) => (
              <option key={option} value={option} />
            ))}
          </datalist>
        </label>
        <fieldset className="field color-picker">
          <legend className="field__label">{t('identity.color')}</legend>
          {IDENTITY_COLORS.map((option, index) => (
            <button
              key={option}
              type="button"
              className="color-picker__swatch"
              data-testid={`identity-color-${index}`}
              style={{ backgroundColor: option }}
              aria-label={t('identity.colorOption', { n: index + 1 })}
              aria-pressed={color === option}
              onClick={() => setColor(option)}
            />
          ))}
        </fieldset>
        <div className="modal__actions">
          {onClose && (
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
          )}
          <button type="submit" className="button button--primary" data-testid="identity-save">
            {t('identity.save')}
          </button>
        </div>
      </form>
    </div>
  )
}

function pickColor(): string {
  return IDENTITY_COLORS[Math.floor(Math.random() * IDENTITY_COLORS.length)] ?? IDENTITY_COLORS[0]
}
