import { Link } from '../components/Link'
import { boardViewPath, type BoardView } from '../routing/navigation'
import { useStrategyT } from '../strategy/i18n'
import { useRoadmapT } from './i18n'

/** The top bar's switch between the board's map, its roadmap and its strategy (links: a middle click opens a new tab). */
export function ViewSwitch({ boardId, view }: { boardId: string; view: BoardView }) {
  const t = useRoadmapT()
  const strategyT = useStrategyT()
  const views: { id: BoardView; label: string }[] = [
    { id: 'canvas', label: t('common.map') },
    { id: 'roadmap', label: t('common.roadmap') },
    { id: 'strategy', label: strategyT('page.title') },
  ]
  return (
    <nav className="view-switch" aria-label={t('common.roadmap')}>
      {views.map(({ id, label }) => (
        <Link
          key={id}
          href={boardViewPath(boardId, id)}
          className={view === id ? 'view-switch__item view-switch__item--active' : 'view-switch__item'}
          aria-current={view === id ? 'page' : undefined}
          data-testid={`view-${id}`}
        >
          {label}
        </Link>
      ))}
    </nav>
  )
}
