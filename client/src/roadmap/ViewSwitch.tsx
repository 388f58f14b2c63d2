import type { ReactNode } from 'react'
import { Link } from '../components/Link'
import { boardViewPath, type BoardView } from '../routing/navigation'
import { useStrategyT } from '../strategy/i18n'
import { useRoadmapT } from './i18n'

/**
 * The top bar's switch between the board's map, its roadmap and its strategy (links: a middle click opens a new tab).
 * Each view has an icon; at laptop widths the views you are not on show only theirs (the name in the tooltip), so the
 * facilitator's bar fits 1280 px.
 */
export function ViewSwitch({ boardId, view }: { boardId: string; view: BoardView }) {
  const t = useRoadmapT()
  const strategyT = useStrategyT()
  const views: { id: BoardView; label: string; icon: ReactNode }[] = [
    { id: 'canvas', label: t('common.map'), icon: <MapIcon /> },
    { id: 'roadmap', label: t('common.roadmap'), icon: <RoadmapIcon /> },
    { id: 'strategy', label: strategyT('page.title'), icon: <StrategyIcon /> },
  ]
  return (
    <nav className="view-switch" aria-label={t('common.roadmap')}>
      {views.map(({ id, label, icon }) => (
        <Link
          key={id}
          href={boardViewPath(boardId, id)}
          className={view === id ? 'view-switch__item view-switch__item--active' : 'view-switch__item'}
          aria-current={view === id ? 'page' : undefined}
          aria-label={label}
          title={label}
          data-testid={`view-${id}`}
        >
          {icon}
          <span className="view-switch__label">{label}</span>
        </Link>
      ))}
    </nav>
  )
}

function MapIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <rect x="3" y="4" width="18" height="16" rx="2" stroke="currentColor" strokeWidth="2" />
      <path d="M3 10h18M9 10v10M15 10v10" stroke="currentColor" strokeWidth="2" />
    </svg>
  )
}

function RoadmapIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path d="M4 6h9M8 12h10M6 18h8" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
    </svg>
  )
}

function StrategyIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path d="M6 3h9l4 4v14H6z" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <path d="M9 11h7M9 15h7" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}
