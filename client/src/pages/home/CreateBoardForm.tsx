import { LOCALES, MAX_TITLE_LENGTH, type Locale, type TemplateId } from '@cxmap/shared'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { createBoard } from '../../api/client'
import { describeApiError } from '../../api/errorMessage'
import { selectLocale, useLocaleStore } from '../../state/localeStore'
import { classifyCreateFailure } from './createFailure'
import { CreatorKeyField } from './CreatorKeyField'
import { TemplatePicker } from './TemplatePicker'
import { useCreatorKey } from './useCreatorKey'
import { openNewBoard } from './openNewBoard'

/**
 * Creates a board and opens it as its facilitator; on error keeps what was typed and says why. When the server needs
 * its creator key, asks for it once (then remembered) and again if the server refuses it.
 */
export function CreateBoardForm() {
  const { t } = useTranslation()
  const uiLocale = useLocaleStore(selectLocale)
  const [title, setTitle] = useState('')
  const [locale, setLocale] = useState<Locale>(uiLocale)
  const [template, setTemplate] = useState<TemplateId>('base-cjm')
  const [withExample, setWithExample] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [isSubmitting, setIsSubmitting] = useState(false)
  const creatorKey = useCreatorKey()

  const handleFailure = (caught: unknown) => {
    const failure = classifyCreateFailure(caught)
    if (failure.kind === 'keyRequired' || failure.kind === 'keyInvalid') creatorKey.handleRejected()
    if (failure.kind === 'keyRequired') setError(t('home.creatorKeyMissing'))
    else if (failure.kind === 'keyInvalid') setError(t('home.creatorKeyWrong'))
    else if (failure.kind === 'tooMany') setError(t('home.tooManyBoards', { minutes: failure.minutes }))
    else setError(describeApiError(t, failure.error))
    setIsSubmitting(false)
  }

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const trimmed = title.trim()
    if (!trimmed) return setError(t('home.titleRequired'))
    if (trimmed.length > MAX_TITLE_LENGTH) return setError(t('home.titleTooLong', { max: MAX_TITLE_LENGTH }))
    const key = creatorKey.readKeyToSend()
    if (creatorKey.isAsking && !key) return setError(t('home.creatorKeyMissing'))
    setError(null)
    setIsSubmitting(true)
    try {
      const board = await createBoard(
        { title: trimmed, locale, template, withExample: template !== 'blank' && withExample },
        key,
      )
      creatorKey.handleAccepted()
      openNewBoard(board)
    } catch (caught) {
      handleFailure(caught)
    }
  }

  return (
    <form className="card" onSubmit={handleSubmit} noValidate>
      <h2 className="card__title">{t('home.createHeading')}</h2>
      <label className="field">
        <span className="field__label">{t('home.titleLabel')}</span>
        <input
          className="input"
          data-testid="create-title"
          value={title}
          maxLength={MAX_TITLE_LENGTH}
          placeholder={t('home.titlePlaceholder')}
          aria-invalid={error !== null}
          onChange={(event) => setTitle(event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('home.localeLabel')}</span>
        <select
          className="select"
          data-testid="create-locale"
          value={locale}
          onChange={(event) => setLocale(event.target.value as Locale)}
        >
          {LOCALES.map((option) => (
            <option key={option} value={option}>
              {t(`locales.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <TemplatePicker value={template} onChange={setTemplate} />
      <label className="checkbox-field" title={t('home.withExampleHint')}>
        <input
          type="checkbox"
          data-testid="create-with-example"
          checked={withExample && template !== 'blank'}
          disabled={template === 'blank'}
          onChange={(event) => setWithExample(event.target.checked)}
        />
        <span>{t('home.withExample')}</span>
      </label>
      {creatorKey.isAsking && (
        <CreatorKeyField value={creatorKey.draft} isInvalid={error !== null} onChange={creatorKey.setDraft} />
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="error-message">
          {error}
        </p>
      )}
      <button className="button button--primary" type="submit" data-testid="create-submit" disabled={isSubmitting}>
        {isSubmitting ? t('home.creating') : t('home.createSubmit')}
      </button>
    </form>
  )
}
