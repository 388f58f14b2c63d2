import type { BoardLinks, Role } from '@cxmap/shared'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { fetchBoard, rotateLink } from '../../api/client'
import { RoleBadge } from '../../components/RoleBadge'
import { useConnectionStore } from '../../state/connectionStore'
import { selectOpenPanel, usePanelStore } from '../../state/panelStore'
import { RegenerateLink } from '../../workshop/links/RegenerateLink'
import { reopenWithLink } from '../../workshop/links/reopenWithToken'
import { getShareLinks, type ShareLink } from './shareLinks'
import { useDismiss } from '../../components/useDismiss'

interface ShareButtonProps {
  boardId: string
  role: Role
  token: string
  links: BoardLinks
}

/**
 * "Share": a popover with a copyable link per role the user may hand out; the facilitator can also regenerate (revoke)
 * each link.
 */
export function ShareButton({ boardId, role, token, links: initialLinks }: ShareButtonProps) {
  const { t } = useTranslation()
  const isOpen = usePanelStore(selectOpenPanel) === 'share'
  const toggle = usePanelStore((state) => state.toggle)
  const close = usePanelStore((state) => state.close)
  const rootRef = useRef<HTMLDivElement>(null)
  const [links, setLinks] = useState(initialLinks)
  const [freshRoles, setFreshRoles] = useState<ReadonlySet<Role>>(new Set())
  const canRegenerate = role === 'facilitator'

  // Another facilitator may have regenerated a link since the page opened: show the links valid now.
  useEffect(() => {
    if (!isOpen) return
    let isCurrent = true
    fetchBoard(boardId, token)
      .then((board) => isCurrent && setLinks(board.links))
      .catch(() => {}) // offline: the links known so far are still the best guess
    return () => {
      isCurrent = false
      setFreshRoles(new Set())
    }
  }, [isOpen, boardId, token])

  const handleRegenerate = async (linkRole: Role) => {
    const isOwnLink = linkRole === role
    // The server closes this page's own sockets with 4410 before it answers: not an error to show here.
    if (isOwnLink) useConnectionStore.getState().setOwnLinkRotating(true)
    try {
      const rotated = await rotateLink(boardId, token, linkRole)
      if (isOwnLink) return reopenWithLink(boardId, rotated.links.facilitator)
      setLinks(rotated.links)
      setFreshRoles(new Set([linkRole]))
    } catch (error) {
      if (isOwnLink) useConnectionStore.getState().setOwnLinkRotating(false)
      throw error
    }
  }

  useDismiss(isOpen, rootRef, close)

  return (
    <div className="popover-anchor" ref={rootRef}>
      <button
        type="button"
        className="button button--primary button--small"
        data-testid="share-button"
        aria-expanded={isOpen}
        aria-haspopup="dialog"
        onClick={() => toggle('share')}
      >
        {t('board.share')}
      </button>
      {isOpen && (
        <div className="popover share-popover" role="dialog" aria-label={t('board.shareHeading')}>
          <h2 className="popover__title">{t('board.shareHeading')}</h2>
          <p className="muted popover__hint">{t('board.shareHint')}</p>
          {getShareLinks(window.location.origin, boardId, role, token, links).map((link) => (
            <ShareLinkRow key={link.role} link={link}>
              {canRegenerate && (
                <RegenerateLink role={link.role} onRegenerate={handleRegenerate} isFresh={freshRoles.has(link.role)} />
              )}
            </ShareLinkRow>
          ))}
        </div>
      )}
    </div>
  )
}

/** How long the "Copied" feedback stays. */
const COPIED_FEEDBACK_MS = 1500

function ShareLinkRow({ link, children }: { link: ShareLink; children?: ReactNode }) {
  const { t } = useTranslation()
  const [isCopied, setIsCopied] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const roleName = t(`roles.${link.role}`)

  useEffect(() => {
    if (!isCopied) return
    const timer = setTimeout(() => setIsCopied(false), COPIED_FEEDBACK_MS)
    return () => clearTimeout(timer)
  }, [isCopied])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.url)
    } catch {
      // No clipboard API (plain http on another host): select the text and use the legacy command.
      inputRef.current?.select()
      document.execCommand('copy')
    }
    setIsCopied(true)
  }

  return (
    <div className="share-link">
      <div className="share-link__header">
        <RoleBadge role={link.role} />
        <span className="muted">{t(`roleHints.${link.role}`)}</span>
      </div>
      <div className="share-link__row">
        <input
          ref={inputRef}
          className="input input--small"
          data-testid={`share-link-${link.role}`}
          aria-label={t('board.linkLabel', { role: roleName })}
          value={link.url}
          readOnly
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="button button--small share-link__copy"
          data-copied={isCopied}
          aria-label={t('board.copyLink', { role: roleName })}
          onClick={() => void copy()}
        >
          {isCopied ? t('common.copied') : t('common.copy')}
        </button>
      </div>
      {children}
    </div>
  )
}
