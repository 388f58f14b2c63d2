import { useState } from 'react'
import { AgendaDisplay } from './agenda/AgendaDisplay'
import { BrainstormBadge } from './brainstorm/BrainstormBadge'
import { FollowBanner } from './follow/FollowBanner'
import { CursorsBadge, usePresentingCursors } from './follow/PresentingCursors'
import { useWorkshopT } from './i18n'
import { LockBadge } from './lock/LockBadge'
import { TimerDisplay } from './timer/TimerDisplay'
import { VoteBar } from './vote/VoteBar'
import './workshop.css'

const COLLAPSED_STORAGE_KEY = 'cxmap.sessionDock.collapsed'

/**
 * What everyone sees of the workshop, in one strip between the top bar and the canvas (the canvas shrinks rather
 * than being covered): timer, step, follow, lock, brainstorm, vote, hidden cursors. Empty, it takes no room;
 * collapsed, it keeps to one line. Its parts also run their feature on this client, so it is mounted with the board.
 */
export function WorkshopOverlay() {
  const t = useWorkshopT()
  const [isCollapsed, setCollapsed] = useState(readCollapsed)
  usePresentingCursors()
  const toggle = () => {
    setCollapsed(!isCollapsed)
    writeCollapsed(!isCollapsed)
  }
  return (
    <section
      className="session-dock"
      aria-label={t('common.dockLabel')}
      data-testid="session-dock"
      data-collapsed={isCollapsed || undefined}
    >
      <div className="session-dock__items" data-testid="workshop-overlay">
        <TimerDisplay />
        <AgendaDisplay />
        <FollowBanner />
        <LockBadge />
        <BrainstormBadge />
        <VoteBar />
        <CursorsBadge />
      </div>
      <button
        type="button"
        className="icon-button session-dock__toggle"
        aria-expanded={!isCollapsed}
        aria-label={isCollapsed ? t('common.dockExpand') : t('common.dockCollapse')}
        title={isCollapsed ? t('common.dockExpand') : t('common.dockCollapse')}
        data-testid="session-dock-toggle"
        onClick={toggle}
      >
        <ChevronIcon isUp={!isCollapsed} />
      </button>
    </section>
  )
}

function readCollapsed(): boolean {
  try {
    return localStorage.getItem(COLLAPSED_STORAGE_KEY) === '1'
  } catch {
    return false
  }
}

function writeCollapsed(isCollapsed: boolean): void {
  try {
    localStorage.setItem(COLLAPSED_STORAGE_KEY, isCollapsed ? '1' : '0')
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

function ChevronIcon({ isUp }: { isUp: boolean }) {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path
        d={isUp ? 'M6 15l6-6 6 6' : 'M6 9l6 6 6-6'}
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
