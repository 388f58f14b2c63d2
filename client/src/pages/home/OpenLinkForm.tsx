import { parseBoardLink } from '@cxmap/shared'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate } from '../../routing/navigation'

/** Opens a board from a pasted link (its token travels in the fragment). */
export function OpenLinkForm() {
  const { t } = useTranslation()
  const [link, setLink] = useState('')
  const [isInvalid, setIsInvalid] = useState(false)

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = parseBoardLink(link)
    if (!parsed) return setIsInvalid(true)
    const fragment = parsed.token ? `#t=${encodeURIComponent(parsed.token)}` : ''
    navigate(`/b/${encodeURIComponent(parsed.boardId)}${fragment}`)
  }

  return (
    <form className="card" onSubmit={handleSubmit} noValidate>
      <h2 className="card__title">{t('home.openHeading')}</h2>
      <label className="field">
        <span className="field__label">{t('home.openPlaceholder')}</span>
        <input
          className="input"
          data-testid="open-link-input"
          value={link}
          placeholder="https://…/b/…#t=…"
          aria-invalid={isInvalid}
          onChange={(event) => {
            setLink(event.target.value)
            setIsInvalid(false)
          }}
        />
      </label>
      {isInvalid && (
        <p className="form-error" role="alert" data-testid="error-message">
          {t('home.openInvalid')}
        </p>
      )}
      <button className="button" type="submit" data-testid="open-link-submit">
        {t('home.openSubmit')}
      </button>
    </form>
  )
}
