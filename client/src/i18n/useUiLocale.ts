import { useTranslation } from 'react-i18next'

/**
 * The UI language as i18next has it (re-renders when it changes), for formatting numbers and dates. Read through
 * i18next rather than the locale store so that shape components stay importable where there is no `navigator`.
 */
export function useUiLocale(): string {
  return useTranslation().i18n.language
}
