import { LOCALES } from '@cxmap/shared'
import { useTranslation } from 'react-i18next'
import { isLocale, selectLocale, selectSetLocale, useLocaleStore } from '../state/localeStore'

/** The UI language picker (English / Русский); tldraw's own UI follows it. */
export function LocaleSwitch({ className = '' }: { className?: string }) {
  const { t } = useTranslation()
  const locale = useLocaleStore(selectLocale)
  const setLocale = useLocaleStore(selectSetLocale)
  return (
    <select
      className={`select select--compact ${className}`}
      data-testid="locale-switch"
      aria-label={t('common.language')}
      title={t('common.language')}
      value={locale}
      onChange={(event) => {
        if (isLocale(event.target.value)) setLocale(event.target.value)
      }}
    >
      {LOCALES.map((option) => (
        <option key={option} value={option}>
          {t(`locales.${option}`)}
        </option>
      ))}
    </select>
  )
}
