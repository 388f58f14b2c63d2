import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorPage } from './components/ErrorPage'
import { HomePage } from './pages/HomePage'
import { matchRoute, usePathname } from './routing/navigation'

// The board page carries tldraw (most of the bundle); the home page does not wait for it.
const BoardPage = lazy(() => import('./pages/BoardPage'))
// The print view (the PDF for management is rendered from it, or printed by the browser).
const PrintPage = lazy(() => import('./print/PrintPage'))
// The admin page (`ADMIN_TOKEN`): rarely opened, so not in the home page's bundle.
const AdminPage = lazy(() => import('./admin/AdminPage'))

/** Picks the page for the current path. */
export function App() {
  const pathname = usePathname()
  const route = matchRoute(pathname)
  if (route.page === 'home') return <HomePage />
  if (route.page === 'board') {
    return (
      <Suspense fallback={<LoadingScreen />}>
        {/* keyed: another board is a fresh page, never a reused session */}
        <BoardPage key={route.boardId} boardId={route.boardId} view={route.view} />
      </Suspense>
    )
  }
  if (route.page === 'print') {
    return (
      <Suspense fallback={<LoadingScreen />}>
        <PrintPage key={route.boardId} boardId={route.boardId} />
      </Suspense>
    )
  }
  if (route.page === 'admin') {
    return (
      <Suspense fallback={<LoadingScreen />}>
        <AdminPage />
      </Suspense>
    )
  }
  return <NotFoundPage />
}

function LoadingScreen() {
  const { t } = useTranslation()
  return (
    <div className="loading-screen" role="status">
      {t('board.loading')}
    </div>
  )
}

function NotFoundPage() {
  const { t } = useTranslation()
  return <ErrorPage title={t('board.errorTitle')} message={t('apiErrors.not_found')} />
}
