import { useRoadmapT } from '../i18n'

/** What the lines mean, how to move an initiative, and a warning when dependencies run backwards in time. */
export function TimelineLegend({ canEdit, backwardsCount }: { canEdit: boolean; backwardsCount: number }) {
  const t = useRoadmapT()
  return (
    <div className="rm-tl__toolbar">
      <ul className="rm-tl__legend">
        <li>
          <LegendLine kind="depends" />
          {t('timeline.legendDepends')}
        </li>
        <li>
          <LegendLine kind="parallel" />
          {t('timeline.legendParallel')}
        </li>
        <li>
          <LegendLine kind="backwards" />
          {t('timeline.legendBackwards')}
        </li>
      </ul>
      {canEdit && <span className="rm-tl__hint muted">{t('timeline.dragHint')}</span>}
      {backwardsCount > 0 && (
        <p className="rm-tl__warning" role="status" data-testid="timeline-backwards-warning">
          {t('timeline.backwardsCount', { count: backwardsCount })}
        </p>
      )}
    </div>
  )
}

function LegendLine({ kind }: { kind: 'depends' | 'parallel' | 'backwards' }) {
  return (
    <svg className={`rm-tl__legend-line rm-tl__legend-line--${kind}`} width="28" height="10" aria-hidden="true">
      <path d="M 1 5 H 26" />
      {kind !== 'parallel' && <path d="M 21 1.5 L 27 5 L 21 8.5 z" className="rm-tl__legend-head" />}
    </svg>
  )
}
