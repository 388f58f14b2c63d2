import { useTranslation } from 'react-i18next'

/** Shown instead of the canvas when the board's doc was written by a newer version of the app. */
export function ReloadBanner() {
  const { t } = useTranslation()
  return (
    <div className="reload-banner" data-testid="reload-banner" role="alert">
      <p>{t('board.reloadBanner')}</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {t('common.reload')}
      </button>
    </div>
  )
}
