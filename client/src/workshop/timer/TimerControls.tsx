import {
  TIMER_MAX_MS,
  TIMER_MINUTE_MS,
  addMinute,
  pauseTimer,
  resumeTimer,
  startTimer,
  stopTimer,
  writeWorkshop,
  type WorkshopTimer,
} from '@cxmap/shared'
import { useId, useState, type FormEvent } from 'react'
import { useWorkshopT } from '../i18n'
import { useWorkshop, useWorkshopBoard } from '../WorkshopContext'
import { readTimerView } from './timerView'
import { useServerClock, useServerNow } from './useServerClock'
import './timer.css'

/** The durations offered with one click, in minutes. */
export const TIMER_PRESET_MINUTES = [1, 3, 5, 10, 15] as const

const MAX_MINUTES = TIMER_MAX_MS / TIMER_MINUTE_MS

/** Minutes typed by the facilitator, or null when they are not a duration the timer takes. */
export function parseTimerMinutes(text: string): number | null {
  const minutes = Number(text.trim().replace(',', '.'))
  return text.trim() && Number.isFinite(minutes) && minutes > 0 && minutes <= MAX_MINUTES ? minutes : null
}

/** The facilitator's timer in the cockpit: pick a duration and start; then pause or resume, add a minute, stop. */
export function TimerControls() {
  const t = useWorkshopT()
  const { canControl, controlDoc } = useWorkshopBoard()
  const { timer } = useWorkshop()
  const clock = useServerClock()
  const titleId = useId()
  if (!canControl) return null

  // Each action reads the server's time at the click, so everyone's countdown agrees.
  const update = (change: (timer: WorkshopTimer | null, now: number) => WorkshopTimer | null) =>
    writeWorkshop(controlDoc, 'timer', change(timer, clock.now()))

  return (
    <section className="workshop-section timer-controls" aria-labelledby={titleId} data-testid="timer-controls">
      <h3 id={titleId} className="workshop-section__title">
        {t('timer.title')}
      </h3>
      {timer ? (
        <RunningTimer timer={timer} onChange={update} />
      ) : (
        <TimerStartForm onStart={(minutes) => update((_, now) => startTimer(minutes * TIMER_MINUTE_MS, now))} />
      )}
    </section>
  )
}

function TimerStartForm({ onStart }: { onStart: (minutes: number) => void }) {
  const t = useWorkshopT()
  const [text, setText] = useState('5')
  const inputId = useId()
  const errorId = useId()
  const minutes = parseTimerMinutes(text)
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (minutes !== null) onStart(minutes)
  }
  return (
    <form className="timer-controls__start" noValidate onSubmit={handleSubmit}>
      <div className="timer-presets" role="group" aria-label={t('timer.durationLabel')}>
        {TIMER_PRESET_MINUTES.map((preset) => (
          <button
            key={preset}
            type="button"
            className="timer-preset"
            aria-pressed={minutes === preset}
            aria-label={t('timer.presetTitle', { count: preset })}
            data-testid={`timer-preset-${preset}`}
            onClick={() => setText(String(preset))}
          >
            {t('timer.preset', { minutes: preset })}
          </button>
        ))}
      </div>
      <div className="timer-controls__row">
        <label className="timer-controls__custom" htmlFor={inputId}>
          <span className="timer-controls__custom-label">{t('timer.customLabel')}</span>
          <input
            id={inputId}
            className="input input--small timer-controls__minutes"
            type="number"
            inputMode="decimal"
            min={0}
            max={MAX_MINUTES}
            step="any"
            value={text}
            aria-invalid={minutes === null}
            aria-describedby={minutes === null ? errorId : undefined}
            data-testid="timer-minutes"
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        <button
          type="submit"
          className="button button--small button--primary timer-controls__start-button"
          title={t('timer.startTitle')}
          disabled={minutes === null}
          data-testid="timer-start"
        >
          <PlayIcon />
          {t('timer.start')}
        </button>
      </div>
      {minutes === null && (
        <p id={errorId} className="field__error">
          {t('timer.customInvalid', { max: MAX_MINUTES })}
        </p>
      )}
    </form>
  )
}

interface RunningTimerProps {
  timer: WorkshopTimer
  onChange: (change: (timer: WorkshopTimer | null, now: number) => WorkshopTimer | null) => void
}

function RunningTimer({ timer, onChange }: RunningTimerProps) {
  const t = useWorkshopT()
  const now = useServerNow(timer.status === 'running')
  const view = readTimerView(timer, now)
  const isPaused = timer.status === 'paused'
  return (
    <div className="timer-controls__running">
      <div className={`timer-controls__clock is-${view.phase}`} data-testid="timer-controls-clock">
        <span className="timer-controls__time">{view.clock}</span>
        <span className="timer-controls__state">
          {view.phase === 'expired' ? t('timer.timesUp') : isPaused ? t('timer.paused') : t('timer.left')}
        </span>
      </div>
      <div className="timer-controls__buttons">
        <button
          type="button"
          className="button button--small"
          disabled={view.phase === 'expired'}
          data-testid={isPaused ? 'timer-resume' : 'timer-pause'}
          onClick={() => onChange(isPaused ? resumeTimer : pauseTimer)}
        >
          {isPaused ? <PlayIcon /> : <PauseIcon />}
          {isPaused ? t('timer.resume') : t('timer.pause')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('timer.addMinuteTitle')}
          title={t('timer.addMinuteTitle')}
          data-testid="timer-add-minute"
          onClick={() => onChange(addMinute)}
        >
          {t('timer.addMinute')}
        </button>
        <button
          type="button"
          className="button button--small"
          title={t('timer.stopTitle')}
          data-testid="timer-stop"
          onClick={() => onChange(stopTimer)}
        >
          <StopIcon />
          {t('timer.stop')}
        </button>
      </div>
    </div>
  )
}

function PlayIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <path d="M3 1.5v9l7.5-4.5z" fill="currentColor" />
    </svg>
  )
}

function PauseIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <rect x="2" y="1.5" width="3" height="9" rx="0.5" fill="currentColor" />
      <rect x="7" y="1.5" width="3" height="9" rx="0.5" fill="currentColor" />
    </svg>
  )
}

function StopIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <rect x="2" y="2" width="8" height="8" rx="1" fill="currentColor" />
    </svg>
  )
}
