import { useTranslation } from 'react-i18next'
import { Link } from '../../components/Link'
import { RoleBadge } from '../../components/RoleBadge'
import { selectBoards, selectForgetBoard, useBoardsStore, type RecentBoard } from '../../state/boardsStore'
import { selectLocale, useLocaleStore } from '../../state/localeStore'

/** "Your boards": boards this browser created or opened, most recent first. */
export function RecentBoards() {
  const { t } = useTranslation()
  const boards = useBoardsStore(selectBoards)
  return (
    <section className="recent-boards" aria-labelledby="recent-boards-title">
      <h2 id="recent-boards-title" className="section-title">
        {t('home.boardsHeading')}
      </h2>
      {boards.length === 0 ? (
        <p className="muted recent-boards__empty">{t('home.boardsEmpty')}</p>
      ) : (
        <ul className="board-list" data-testid="board-list">
          {boards.map((board) => (
            <BoardListItem key={board.id} board={board} />
          ))}
        </ul>
      )}
    </section>
  )
}

function BoardListItem({ board }: { board: RecentBoard }) {
  const { t } = useTranslation()
  const locale = useLocaleStore(selectLocale)
  const forgetBoard = useBoardsStore(selectForgetBoard)
  const href = `/b/${encodeURIComponent(board.id)}#t=${encodeURIComponent(board.token)}`
  const openedAt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(board.lastOpenedAt),
  )
  return (
    <li className="board-list__item" data-testid="board-list-item" data-board-id={board.id}>
      <Link className="board-list__link" href={href}>
        <span className="board-list__title">{board.title}</span>
        <span className="muted board-list__meta">{t('home.lastOpened', { date: openedAt })}</span>
      </Link>
      <RoleBadge role={board.role} />
      <Link className="button button--small" href={href}>
        {t('home.openBoard')}
      </Link>
      <button
        type="button"
        className="button button--ghost button--small"
        aria-label={t('home.forgetBoardLabel', { title: board.title })}
        onClick={() => forgetBoard(board.id)}
      >
        {t('home.forgetBoard')}
      </button>
    </li>
  )
}
