import { AgendaDisplay } from './agenda/AgendaDisplay'
import { BrainstormBadge } from './brainstorm/BrainstormBadge'
import { FollowBanner } from './follow/FollowBanner'
import { LockBadge } from './lock/LockBadge'
import { TimerDisplay } from './timer/TimerDisplay'
import { VoteBar } from './vote/VoteBar'
import './workshop.css'

/** What everyone sees of the workshop, at the top centre over the map and the roadmap: timer, step, follow, lock. */
export function WorkshopOverlay() {
  return (
    <div className="workshop-overlay" data-testid="workshop-overlay">
      <TimerDisplay />
      <AgendaDisplay />
      <FollowBanner />
      <LockBadge />
      <BrainstormBadge />
      <VoteBar />
    </div>
  )
}
