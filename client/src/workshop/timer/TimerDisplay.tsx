import type { WorkshopTimer } from '@cxmap/shared'
import { useEffect, useRef } from 'react'
import { useWorkshopT } from '../i18n'
import { useWorkshop } from '../WorkshopContext'
import { playTimesUpBeep } from './beep'
import { TimerRing } from './TimerRing'
import { selectIsMuted, selectToggleMuted, useTimerSoundStore } from './timerSoundStore'
import { hasJustExpired, readTimerView } from './timerView'
import { useServerNow } from './useServerClock'
import './timer.css'

/** The countdown everyone sees over the board: calm, amber in the last seconds, a red pulse at zero. */
export function TimerDisplay() {
  const t = useWorkshopT()
  const { timer } = useWorkshop()
  const now = useServerNow(timer?.status === 'running')
  const isMuted = useTimerSoundStore(selectIsMuted)
  const toggleMuted = useTimerSoundStore(selectToggleMuted)
  useTimesUpSound(timer, now, isMuted)

  if (!timer) return null
  const view = readTimerView(timer, now)
  const stateText = view.phase === 'expired' ? t('timer.timesUp') : view.phase === 'paused' ? t('timer.paused') : ''
  return (
    <div
      className={`workshop-chip timer-display is-${view.phase}${view.isPulsing ? ' is-pulsing' : ''}`}
      role="group"
      aria-label={t('timer.displayLabel')}
      data-testid="timer-display"
      data-phase={view.phase}
    >
      <TimerRing fraction={view.fraction} isPaused={view.phase === 'paused'} />
      {/* role="timer" is not announced on every change; the one announcement is "time's up" below. */}
      <span className="timer-display__clock" role="timer">
        {view.clock}
      </span>
      {stateText && (
        // When time is up the live region below says it; this copy is for the eye only.
        <span className="timer-display__state" aria-hidden={view.phase === 'expired'}>
          {stateText}
        </span>
      )}
      <span className="timer-sr-only" aria-live="assertive">
        {view.phase === 'expired' ? t('timer.timesUp') : ''}
      </span>
      <button
        type="button"
        className="timer-display__mute"
        aria-pressed={isMuted}
        aria-label={isMuted ? t('timer.unmute') : t('timer.mute')}
        title={isMuted ? t('timer.unmute') : t('timer.mute')}
        data-testid="timer-mute"
        onClick={toggleMuted}
      >
        <SpeakerIcon isMuted={isMuted} />
      </button>
    </div>
  )
}

/** Beeps once when this page sees a running timer cross its end (not on opening a board whose timer ran out). */
function useTimesUpSound(timer: WorkshopTimer | null, now: number, isMuted: boolean): void {
  const previousNow = useRef(now)
  const beepedEndsAt = useRef<number | null>(null)
  useEffect(() => {
    const before = previousNow.current
    previousNow.current = now
    if (!timer || timer.status !== 'running' || !hasJustExpired(timer, before, now)) return
    if (beepedEndsAt.current === timer.endsAt) return
    beepedEndsAt.current = timer.endsAt
    if (!isMuted) playTimesUpBeep()
  }, [timer, now, isMuted])
}

function SpeakerIcon({ isMuted }: { isMuted: boolean }) {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
      {isMuted ? (
        <path d="M16 9l6 6M22 9l-6 6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      ) : (
        <path
          d="M16.5 8.5a5 5 0 010 7M19 6a8.5 8.5 0 010 12"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      )}
    </svg>
  )
}
