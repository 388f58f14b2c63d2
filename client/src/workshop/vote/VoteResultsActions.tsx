import { clearVoteResults, restoreVoteResults, shareVoteResults, writeWorkshop, type WorkshopVote } from '@cxmap/shared'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useWorkshopT } from '../i18n'
import { useWorkshopBoard } from '../WorkshopContext'
import './vote.css'
import './voteResults.css'

/** "Clear results", asked first in a small dialog inside the cockpit: the counts leave the cards, heat map and exports. */
export function ClearResultsButton({ vote }: { vote: WorkshopVote }) {
  const t = useWorkshopT()
  const { controlDoc } = useWorkshopBoard()
  const [isAsking, setAsking] = useState(false)
  const openerRef = useRef<HTMLButtonElement>(null)
  const cancel = () => {
    setAsking(false)
    // Back to the button that asked, so keyboard users keep their place.
    requestAnimationFrame(() => openerRef.current?.focus())
  }
  if (!isAsking) {
    return (
      <button
        ref={openerRef}
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        data-testid="vote-clear"
        onClick={() => setAsking(true)}
      >
        {t('vote.clear')}
      </button>
    )
  }
  return (
    <ConfirmClear
      onCancel={cancel}
      onConfirm={() => writeWorkshop(controlDoc, 'vote', clearVoteResults(vote, Date.now()))}
    />
  )
}

function ConfirmClear({ onCancel, onConfirm }: { onCancel: () => void; onConfirm: () => void }) {
  const t = useWorkshopT()
  const titleId = useId()
  const textId = useId()
  const cancelRef = useRef<HTMLButtonElement>(null)
  useEffect(() => cancelRef.current?.focus(), [])
  const handleKeyDown = (event: KeyboardEvent) => {
    // Escape steps back from the question instead of closing the whole cockpit.
    if (event.key !== 'Escape') return
    event.preventDefault()
    event.stopPropagation()
    onCancel()
  }
  return (
    <div
      className="vote-confirm"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-describedby={textId}
      data-testid="vote-clear-dialog"
      onKeyDown={handleKeyDown}
    >
      <p id={titleId} className="vote-confirm__title">
        {t('vote.clearTitle')}
      </p>
      <p id={textId} className="muted vote-confirm__text">
        {t('vote.clearText')}
      </p>
      <div className="vote-confirm__actions">
        <button
          ref={cancelRef}
          type="button"
          className="button button--small"
          data-testid="vote-clear-cancel"
          onClick={onCancel}
        >
          {t('vote.cancel')}
        </button>
        <button
          type="button"
          className="button button--small vote-confirm__danger"
          data-testid="vote-clear-confirm"
          onClick={onConfirm}
        >
          {t('vote.clearConfirm')}
        </button>
      </div>
    </div>
  )
}

/** The cleared vote's line in the cockpit: what happened, and "Restore results". */
export function RestoreResults({ vote }: { vote: WorkshopVote }) {
  const t = useWorkshopT()
  const { controlDoc } = useWorkshopBoard()
  return (
    <div className="vote-cleared" data-testid="vote-cleared">
      <p className="muted workshop-section__status">{t('vote.clearedStatus')}</p>
      <button
        type="button"
        className="button button--small"
        data-testid="vote-restore"
        onClick={() => writeWorkshop(controlDoc, 'vote', restoreVoteResults(vote))}
      >
        {t('vote.restore')}
      </button>
    </div>
  )
}

/** "Show the ranking and the heat map to everyone", published in the control doc with the vote. */
export function ShareResultsToggle({ vote }: { vote: WorkshopVote }) {
  const t = useWorkshopT()
  const { controlDoc } = useWorkshopBoard()
  const isShared = vote.sharedAt !== null
  return (
    <label className="vote-option">
      <input
        type="checkbox"
        checked={isShared}
        data-testid="vote-share"
        onChange={() => writeWorkshop(controlDoc, 'vote', shareVoteResults(vote, !isShared, Date.now()))}
      />
      <span>
        {t('vote.share')}
        <span className="muted vote-option__hint">{t('vote.shareHint')}</span>
      </span>
    </label>
  )
}
