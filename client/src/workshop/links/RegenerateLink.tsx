import type { Role } from '@cxmap/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { describeApiError } from '../../api/errorMessage'
import './links.css'

interface RegenerateLinkProps {
  role: Role
  /** Regenerates the link; rejects with the API error. */
  onRegenerate: (role: Role) => Promise<void>
  /** Whether the link shown above was just regenerated from here. */
  isFresh: boolean
}

/**
 * "Regenerate" under a share link: asks for confirmation saying who is disconnected and which links change, then
 * revokes the link and shows the outcome.
 */
export function RegenerateLink({ role, onRegenerate, isFresh }: RegenerateLinkProps) {
  const { t } = useTranslation()
  const [step, setStep] = useState<'idle' | 'confirming' | 'busy'>('idle')
  const [error, setError] = useState<string | null>(null)
  const roleName = t(`roles.${role}`)

  const confirm = async () => {
    setStep('busy')
    setError(null)
    try {
      await onRegenerate(role)
      setStep('idle')
    } catch (failure) {
      setError(describeApiError(t, failure))
      setStep('confirming')
    }
  }

  if (step === 'idle') {
    return (
      <div className="regenerate-link">
        {isFresh && (
          <p className="regenerate-link__done" role="status" data-testid={`regenerated-${role}`}>
            {t(role === 'editor' ? 'board.regeneratedWithViewer' : 'board.regenerated')}
          </p>
        )}
        <button
          type="button"
          className="button button--ghost button--small regenerate-link__open"
          aria-label={t('board.regenerateLabel', { role: roleName })}
          data-testid={`regenerate-link-${role}`}
          onClick={() => setStep('confirming')}
        >
          <RefreshIcon />
          {t('board.regenerate')}
        </button>
      </div>
    )
  }

  const descriptionId = `regenerate-${role}-description`
  return (
    <div
      className="regenerate-link regenerate-link--confirm"
      role="group"
      aria-label={t('board.regenerateLabel', { role: roleName })}
      aria-describedby={descriptionId}
    >
      <p id={descriptionId} className="regenerate-link__warning">
        {t(`board.regenerateConfirm.${role}`)}
      </p>
      {error && (
        <p className="popover-error" role="alert">
          {error}
        </p>
      )}
      <div className="regenerate-link__actions">
        <button
          type="button"
          className="button button--small"
          disabled={step === 'busy'}
          onClick={() => {
            setStep('idle')
            setError(null)
          }}
        >
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--small regenerate-link__confirm"
          data-testid={`regenerate-confirm-${role}`}
          disabled={step === 'busy'}
          autoFocus
          onClick={() => void confirm()}
        >
          {step === 'busy' ? t('board.regenerating') : t('board.regenerateAction')}
        </button>
      </div>
    </div>
  )
}

function RefreshIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path
        d="M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
