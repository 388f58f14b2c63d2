import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from './Link'
import { LocaleSwitch } from './LocaleSwitch'

/** A full-page explanation of why a board cannot be shown, with the way back home. */
export function ErrorPage({ title, message, children }: { title: string; message: string; children?: ReactNode }) {
  const { t } = useTranslation()
  return (
    <main className="error-page">
      <div className="error-page__corner">
        <LocaleSwitch />
      </div>
      <section className="error-page__card" data-testid="board-error" role="alert">
        <h1>{title}</h1>
        <p>{message}</p>
        <div className="error-page__actions">
          <Link className="button button--primary" href="/">
            {t('common.backHome')}
          </Link>
          {children}
        </div>
      </section>
    </main>
  )
}
