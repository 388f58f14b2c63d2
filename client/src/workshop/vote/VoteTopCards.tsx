import { sortByVotes } from '@cxmap/shared'
import { useValue, type TLShapeId } from 'tldraw'
import { useCardsT } from '../../journey/i18n'
import { useWorkshopT } from '../i18n'
import { useWorkshopBoard } from '../WorkshopContext'
import { DotIcon } from './DotIcon'

/** How many of the most voted cards the cockpit lists. */
const TOP_COUNT = 3

/** The most voted cards, with their first line and count (a card deleted since shows as its kind only). */
export function VoteTopCards({
  counts,
  showTitle = true,
}: {
  counts: Readonly<Record<string, number>>
  /** Whether to head the list with "Most votes" (a caller that names it already says no). */
  showTitle?: boolean
}) {
  const t = useWorkshopT()
  const cardsT = useCardsT()
  const { editor } = useWorkshopBoard()
  const top = sortByVotes(Object.keys(counts), (id) => id, counts).slice(0, TOP_COUNT)
  const texts = useValue(
    'cx vote top cards',
    () =>
      top.map((id) => {
        const shape = editor?.getShape(id as TLShapeId)
        const props = shape?.props as { text?: string; kind?: string } | undefined
        const firstLine = props?.text?.trim().split('\n')[0] ?? ''
        return firstLine || (props?.kind ? cardsT(`kinds.${props.kind}` as 'kinds.note') : '—')
      }),
    [editor, top.join(' '), cardsT],
  )
  if (top.length === 0) return null
  return (
    <div className="vote-top">
      {showTitle && <p className="muted vote-top__title">{t('vote.top')}</p>}
      <ol className="vote-top__list" data-testid="vote-top">
        {top.map((id, index) => (
          <li key={id} className="vote-top__item">
            <span className="vote-top__count" aria-label={t('vote.count', { count: counts[id] ?? 0 })}>
              <DotIcon size={9} />
              {counts[id]}
            </span>
            <span className="vote-top__text">{texts[index]}</span>
          </li>
        ))}
      </ol>
    </div>
  )
}
