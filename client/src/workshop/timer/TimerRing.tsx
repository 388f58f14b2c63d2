const RADIUS = 8
const CIRCUMFERENCE = 2 * Math.PI * RADIUS

/** A thin ring showing the share of time left, with a pause glyph inside while paused. */
export function TimerRing({ fraction, isPaused }: { fraction: number; isPaused: boolean }) {
  return (
    <svg className="timer-ring" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
      <circle className="timer-ring__track" cx="10" cy="10" r={RADIUS} />
      <circle
        className="timer-ring__fill"
        cx="10"
        cy="10"
        r={RADIUS}
        strokeDasharray={CIRCUMFERENCE}
        strokeDashoffset={CIRCUMFERENCE * (1 - fraction)}
        transform="rotate(-90 10 10)"
      />
      {isPaused && (
        <g className="timer-ring__pause">
          <rect x="7" y="6.5" width="2" height="7" rx="0.5" />
          <rect x="11" y="6.5" width="2" height="7" rx="0.5" />
        </g>
      )}
    </svg>
  )
}
