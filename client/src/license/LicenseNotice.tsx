import { useTranslation } from 'react-i18next'
import { boardViewPath, navigate } from '../routing/navigation'
import './license.css'

/**
 * Shown where the canvas would be when tldraw needs a license key on this host and the server has none: says why
 * and what the administrator sets, instead of a canvas that goes blank after 5 s. The roadmap and exports still work.
 */
export function LicenseNotice({ boardId }: { boardId: string }) {
  const { t } = useTranslation()
  return (
    <div className="license-notice" data-testid="license-notice">
      <section className="license-notice__card" role="alert">
        <h1>{t('board.license.title')}</h1>
        <p>{t('board.license.why')}</p>
        <p>
          {t('board.license.fixBefore')} <code>TLDRAW_LICENSE_KEY</code> {t('board.license.fixAfter')}
        </p>
        <p className="license-notice__meanwhile">{t('board.license.meanwhile')}</p>
        <div className="license-notice__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => navigate(boardViewPath(boardId, 'roadmap'))}
          >
            {t('board.license.openRoadmap')}
          </button>
        </div>
      </section>
    </div>
  )
}
