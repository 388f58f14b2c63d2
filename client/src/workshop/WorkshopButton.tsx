import { useRef } from 'react'
import { selectOpenPanel, usePanelStore } from '../state/panelStore'
import { AgendaEditor } from './agenda/AgendaEditor'
import { BrainstormControls } from './brainstorm/BrainstormControls'
import { FollowControls } from './follow/FollowControls'
import { CursorControls } from './follow/PresentingCursors'
import { useWorkshopT } from './i18n'
import { LockControls } from './lock/LockControls'
import { TimerControls } from './timer/TimerControls'
import { VoteControls } from './vote/VoteControls'
import { useWorkshopBoard } from './WorkshopContext'
import './workshop.css'
import { useDismiss } from '../components/useDismiss'

/** The facilitator's cockpit in the top bar: a popover with the timer, "bring everyone to me", the lock, the agenda. */
export function WorkshopButton() {
  const t = useWorkshopT()
  const { canControl } = useWorkshopBoard()
  const isOpen = usePanelStore(selectOpenPanel) === 'workshop'
  const toggle = usePanelStore((state) => state.toggle)
  const close = usePanelStore((state) => state.close)
  const rootRef = useRef<HTMLDivElement>(null)

  useDismiss(isOpen, rootRef, close)

  if (!canControl) return null
  return (
    <div className="popover-anchor" ref={rootRef}>
      <button
        type="button"
        className={isOpen ? 'button button--small workshop-button is-open' : 'button button--small workshop-button'}
        title={t('common.buttonTitle')}
        aria-expanded={isOpen}
        aria-haspopup="dialog"
        data-testid="workshop-button"
        onClick={() => toggle('workshop')}
      >
        <WorkshopIcon />
        <span className="topbar__label">{t('common.button')}</span>
      </button>
      {isOpen && (
        <div
          className="popover workshop-panel"
          role="dialog"
          aria-label={t('common.panelTitle')}
          data-testid="workshop-panel"
        >
          <h2 className="popover__title">{t('common.panelTitle')}</h2>
          <TimerControls />
          <FollowControls />
          <CursorControls />
          <LockControls />
          <BrainstormControls />
          <VoteControls />
          <AgendaEditor />
        </div>
      )}
    </div>
  )
}

function WorkshopIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <circle cx="12" cy="13" r="8" stroke="currentColor" strokeWidth="2" />
      <path d="M12 9v4l2.5 2.5M9 2h6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}
