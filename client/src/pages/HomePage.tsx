import { useTranslation } from 'react-i18next'
import { LocaleSwitch } from '../components/LocaleSwitch'
import '../styles/home.css'
import { CreateBoardForm } from './home/CreateBoardForm'
import { ImportBoardForm } from './home/ImportBoardForm'
import { OpenLinkForm } from './home/OpenLinkForm'
import { RecentBoards } from './home/RecentBoards'

/** `/`: create a board, open one by link, import a board file, or reopen one of "your boards". */
export function HomePage() {
  const { t } = useTranslation()
  return (
    <div className="home">
      <header className="home__header">
        <div className="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span className="brand__name">{t('common.appName')}</span>
        </div>
        <LocaleSwitch />
      </header>
      <main className="home__main">
        <p className="home__tagline">{t('home.tagline')}</p>
        <div className="home__actions">
          <CreateBoardForm />
          <div className="home__column">
            <OpenLinkForm />
            <ImportBoardForm />
          </div>
        </div>
        <RecentBoards />
      </main>
    </div>
  )
}
