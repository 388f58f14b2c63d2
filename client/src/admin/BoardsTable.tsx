import type { AdminBoard } from '@cxmap/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { selectLocale, useLocaleStore } from '../state/localeStore'
import { formatDateTime, formatSize, sortByLastActive } from './adminFormat'
import { useAdminT } from './i18n'
import { adminStrings } from './strings'

/** Every board of the server, sorted by last activity, with export and delete per row. */
export function BoardsTable({
  boards,
  onDelete,
  onExport,
}: {
  boards: readonly AdminBoard[]
  onDelete: (board: AdminBoard) => void
  onExport?: (board: AdminBoard) => void
}) {
  const t = useAdminT()
  const { t: tMain } = useTranslation()
  const locale = useLocaleStore(selectLocale)
  const [direction, setDirection] = useState<'asc' | 'desc'>('desc')
  const units = adminStrings[locale].units
  const sorted = sortByLastActive(boards, direction)
  return (
    <table className="admin-table" data-testid="admin-boards">
      <thead>
        <tr>
          <th scope="col">{t('columns.title')}</th>
          <th scope="col">{t('columns.template')}</th>
          <th scope="col">{t('columns.created')}</th>
          <th scope="col" aria-sort={direction === 'desc' ? 'descending' : 'ascending'}>
            <button
              className="admin-table__sort"
              type="button"
              title={t('sortLastActive')}
              onClick={() => setDirection(direction === 'desc' ? 'asc' : 'desc')}
            >
              {t('columns.lastActive')} {direction === 'desc' ? '↓' : '↑'}
            </button>
          </th>
          <th scope="col" className="admin-table__number">
            {t('columns.size')}
          </th>
          <th scope="col" className="admin-table__number">
            {t('columns.connections')}
          </th>
          <th scope="col" className="admin-table__actions">
            <span className="visually-hidden">{t('columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((board) => (
          <tr key={board.id} data-testid="admin-board-row" data-board-id={board.id}>
            <td className="admin-table__title">{board.title || t('untitled')}</td>
            <td>{tMain(`templates.${board.template}.name`)}</td>
            <td>{formatDateTime(board.createdAt, locale)}</td>
            <td>{formatDateTime(board.lastActiveAt, locale)}</td>
            <td className="admin-table__number" data-testid="admin-board-size">
              {formatSize(board.storedBytes, locale, units)}
            </td>
            <td className="admin-table__number" data-testid="admin-board-connections">
              {board.connections}
            </td>
            <td className="admin-table__actions">
              <div className="admin-table__buttons">
                {onExport && (
                  <button
                    className="button button--small"
                    type="button"
                    title={t('exportHint')}
                    data-testid="admin-board-export"
                    onClick={() => onExport(board)}
                  >
                    {t('export')}
                  </button>
                )}
                <button
                  className="button button--small button--ghost"
                  type="button"
                  data-testid="admin-board-delete"
                  onClick={() => onDelete(board)}
                >
                  {t('delete')}
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
