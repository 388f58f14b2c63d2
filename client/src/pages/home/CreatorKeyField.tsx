import './creatorKey.css'
import { useTranslation } from 'react-i18next'

/** The creator key input of the creation form, shown when the server needs a key this browser does not have. */
export function CreatorKeyField({
  value,
  isInvalid,
  onChange,
  testId = 'creator-key',
}: {
  value: string
  isInvalid: boolean
  onChange: (value: string) => void
  /** Distinguishes the fields of the creation and the import forms. */
  testId?: string
}) {
  const { t } = useTranslation()
  return (
    <label className="field">
      <span className="field__label">{t('home.creatorKeyLabel')}</span>
      <input
        className="input"
        type="password"
        autoComplete="off"
        data-testid={testId}
        value={value}
        aria-invalid={isInvalid}
        onChange={(event) => onChange(event.target.value)}
      />
      <span className="creator-key__hint">{t('home.creatorKeyHint')}</span>
    </label>
  )
}
