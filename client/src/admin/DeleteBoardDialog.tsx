import type { AdminBoard } from '@cxmap/shared'
import { useId } from 'react'
import { useAdminT } from './i18n'

/** Asks before deleting a board, naming it and saying how many people have it open. */
export function DeleteBoardDialog({
  board,
  onConfirm,
  onCancel,
}: {
  board: AdminBoard
  onConfirm: () => void
  onCancel: () => void
}) {
  const t = useAdminT()
  const titleId = useId()
  const title = board.title || t('untitled')
  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="admin-delete-dialog"
      >
        <h2 id={titleId}>{t('confirm.title', { title })}</h2>
        <p>{t('confirm.body')}</p>
        {board.connections > 0 && <p>{t('confirm.connected', { connections: board.connections })}</p>}
        <div className="modal__actions">
          <button className="button" type="button" onClick={onCancel} autoFocus>
            {t('confirm.cancel')}
          </button>
          <button
            className="button button--danger"
            type="button"
            data-testid="admin-delete-confirm"
            onClick={onConfirm}
          >
            {t('confirm.confirm')}
          </button>
        </div>
      </div>
    </div>
  )
}
