import { useState, type FormEvent } from 'react'
import type { AdminFailure } from './adminErrors'
import { useAdminT } from './i18n'

/** Asks for the admin token; says why the last one was refused. */
export function AdminLogin({
  failure,
  isLoading,
  onSubmit,
}: {
  failure: AdminFailure | null
  isLoading: boolean
  onSubmit: (token: string) => void
}) {
  const t = useAdminT()
  const [token, setToken] = useState('')
  const [isMissing, setIsMissing] = useState(false)

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = token.trim()
    setIsMissing(!trimmed)
    if (trimmed) onSubmit(trimmed)
  }

  const message = isMissing ? t('login.missing') : failure ? t(failure.key, failure.vars) : null
  return (
    <form className="card admin-login" onSubmit={handleSubmit} noValidate>
      <h2 className="card__title">{t('login.heading')}</h2>
      <p className="admin__hint">{t('login.hint')}</p>
      <label className="field">
        <span className="field__label">{t('login.label')}</span>
        <input
          className="input"
          type="password"
          autoComplete="off"
          data-testid="admin-token"
          value={token}
          aria-invalid={message !== null}
          onChange={(event) => setToken(event.target.value)}
        />
      </label>
      {message && (
        <p className="form-error" role="alert" data-testid="admin-error">
          {message}
        </p>
      )}
      <button className="button button--primary" type="submit" data-testid="admin-token-submit" disabled={isLoading}>
        {t('login.submit')}
      </button>
    </form>
  )
}
