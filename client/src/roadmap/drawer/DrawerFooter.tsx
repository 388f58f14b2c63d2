import { deleteInitiative, type Initiative } from '@cxmap/shared'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRoadmapT } from '../i18n'
import { useRoadmapBoard } from '../RoadmapContext'
import { useRoadmapUiStore } from '../roadmapUiStore'

/** Who created the initiative and when; for editors, Delete with a confirm step inside the panel. */
export function DrawerFooter({ initiative, canEdit }: { initiative: Initiative; canEdit: boolean }) {
  const t = useRoadmapT()
  const { i18n } = useTranslation()
  const { doc } = useRoadmapBoard()
  const [isConfirming, setIsConfirming] = useState(false)
  const confirmRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (isConfirming) confirmRef.current?.focus()
  }, [isConfirming])

  const date =
    initiative.createdAt > 0
      ? new Date(initiative.createdAt).toLocaleDateString(i18n.language, {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        })
      : ''
  const name = initiative.createdBy.trim()
  const created =
    name && date
      ? t('drawer.createdBy', { name, date })
      : name
        ? t('drawer.createdByOnly', { name })
        : date
          ? t('drawer.createdOn', { date })
          : ''

  if (isConfirming) {
    return (
      <footer
        className="rm-drawer__footer rm-drawer__footer--confirm"
        role="alertdialog"
        aria-label={t('drawer.deleteInitiative')}
        onKeyDown={(event) => {
          // Escape steps back from the confirmation instead of closing the panel.
          if (event.key !== 'Escape') return
          event.preventDefault()
          setIsConfirming(false)
        }}
      >
        <p className="rm-drawer__confirm-text">{t('drawer.confirmDelete')}</p>
        <div className="rm-drawer__confirm-actions">
          <button type="button" className="button button--small" onClick={() => setIsConfirming(false)}>
            {t('common.cancel')}
          </button>
          <button
            ref={confirmRef}
            type="button"
            className="button button--small rm-drawer__danger"
            data-testid="drawer-delete-confirm"
            onClick={() => {
              deleteInitiative(doc, initiative.id)
              useRoadmapUiStore.getState().openInitiative(null)
            }}
          >
            {t('drawer.confirmDeleteAction')}
          </button>
        </div>
      </footer>
    )
  }

  return (
    <footer className="rm-drawer__footer">
      <span className="rm-drawer__created muted" data-testid="drawer-created">
        {created}
      </span>
      {canEdit && (
        <button
          type="button"
          className="button button--small button--ghost"
          data-testid="drawer-delete"
          onClick={() => setIsConfirming(true)}
        >
          {t('common.delete')}
        </button>
      )}
    </footer>
  )
}
