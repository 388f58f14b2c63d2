import type { Role } from '@cxmap/shared'
import { useTranslation } from 'react-i18next'

/** A small label with a role's name, coloured per role. */
export function RoleBadge({ role, testId }: { role: Role; testId?: string }) {
  const { t } = useTranslation()
  return (
    <span className={`badge badge--${role}`} data-testid={testId} data-role={role} title={t(`roleHints.${role}`)}>
      {t(`roles.${role}`)}
    </span>
  )
}
