import type { AdminBoard } from '@cxmap/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from '../components/Link'
import { LocaleSwitch } from '../components/LocaleSwitch'
import { selectLocale, useLocaleStore } from '../state/localeStore'
import '../styles/home.css'
import './admin.css'
import { formatSize } from './adminFormat'
import { AdminLogin } from './AdminLogin'
import { BoardsTable } from './BoardsTable'
import { DeleteBoardDialog } from './DeleteBoardDialog'
import { useAdminT } from './i18n'
import { adminStrings } from './strings'
import { useAdminSession } from './useAdminSession'

/** `/admin`: asks for the admin token (kept in this tab only), then lists every board with delete and export. */
export default function AdminPage() {
  const t = useAdminT()
  const { t: tMain } = useTranslation()
  const session = useAdminSession()
  const [deleting, setDeleting] = useState<AdminBoard | null>(null)

  return (
    <div className="home admin">
      <header className="home__header admin__header">
        <Link className="brand" href="/">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span className="brand__name">{tMain('common.appName')}</span>
        </Link>
        <h1 className="admin__title">{t('title')}</h1>
        <LocaleSwitch />
      </header>
      <main className="home__main admin__main">
        {session.token === null || session.list === null ? (
          session.token !== null && session.isLoading ? (
            <p className="muted">{t('loading')}</p>
          ) : (
            <AdminLogin failure={session.failure} isLoading={session.isLoading} onSubmit={session.signIn} />
          )
        ) : (
          <AdminBoards session={session} onDelete={setDeleting} />
        )}
      </main>
      {deleting && (
        <DeleteBoardDialog
          board={deleting}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            setDeleting(null)
            void session.deleteBoard(deleting)
          }}
        />
      )}
    </div>
  )
}

function AdminBoards({
  session,
  onDelete,
}: {
  session: ReturnType<typeof useAdminSession>
  onDelete: (board: AdminBoard) => void
}) {
  const t = useAdminT()
  const locale = useLocaleStore(selectLocale)
  const list = session.list
  if (!list) return null
  const { totals } = list
  return (
    <section className="admin__boards">
      <div className="admin__toolbar">
        <p className="admin__totals" data-testid="admin-totals">
          {t('totals', {
            boards: totals.boards,
            size: formatSize(totals.storedBytes, locale, adminStrings[locale].units),
            connections: totals.connections,
          })}
        </p>
        <button className="button button--small" type="button" data-testid="admin-refresh" onClick={session.refresh}>
          {t('refresh')}
        </button>
        <button className="button button--small" type="button" onClick={session.signOut}>
          {t('signOut')}
        </button>
      </div>
      {session.failure && (
        <p className="form-error" role="alert" data-testid="admin-error">
          {t(session.failure.key, session.failure.vars)}
        </p>
      )}
      {list.boards.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <BoardsTable boards={list.boards} onDelete={onDelete} onExport={session.exportBoard} />
      )}
    </section>
  )
}
