import { useCallback, useRef, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { Awareness } from 'y-protocols/awareness'
import { Avatar } from '../../components/Avatar'
import { useWorkshopT } from '../../workshop/i18n'
import { ParticipantsPanel } from '../../workshop/participants/ParticipantsPanel'
import { useLiveParticipants } from '../../workshop/participants/useLiveParticipants'
import '../../workshop/participants/participants.css'
import { useDismiss } from '../../components/useDismiss'

/**
 * How many avatars show before the rest fold into "+N", by window width: the board's title keeps its room in the top
 * bar, the avatars give way first.
 */
const AVATAR_LIMITS: readonly { query: string; count: number }[] = [
  { query: '(max-width: 1360px)', count: 2 },
  { query: '(max-width: 1540px)', count: 3 },
  { query: '(max-width: 1800px)', count: 4 },
]
const MAX_VISIBLE_AVATARS = 6

function readAvatarLimit(): number {
  return AVATAR_LIMITS.find(({ query }) => window.matchMedia(query).matches)?.count ?? MAX_VISIBLE_AVATARS
}

function subscribeToWidth(onChange: () => void): () => void {
  const lists = AVATAR_LIMITS.map(({ query }) => window.matchMedia(query))
  for (const list of lists) list.addEventListener('change', onChange)
  return () => lists.forEach((list) => list.removeEventListener('change', onChange))
}

/**
 * Avatars of everyone on the board (self first, idle people faded); a click opens the participants panel with
 * departments, roles, activity and "follow".
 */
export function Participants({ awareness }: { awareness: Awareness | null }) {
  const { t } = useTranslation()
  const tw = useWorkshopT()
  const participants = useLiveParticipants(awareness)
  const [isOpen, setIsOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const limit = useSyncExternalStore(subscribeToWidth, readAvatarLimit)
  // "+1" takes the room of the avatar it hides: show that one instead.
  const visibleCount = participants.length === limit + 1 ? limit + 1 : limit
  const visible = participants.slice(0, visibleCount)
  const hidden = participants.slice(visibleCount)

  const closePanel = useCallback(() => setIsOpen(false), [])
  useDismiss(isOpen, rootRef, closePanel)

  return (
    <div className="popover-anchor" ref={rootRef}>
      <button
        type="button"
        className={isOpen ? 'participants-button is-open' : 'participants-button'}
        aria-expanded={isOpen}
        aria-haspopup="dialog"
        aria-label={tw('participants.button', { count: participants.length })}
        data-testid="participants-button"
        onClick={() => setIsOpen((open) => !open)}
      >
        <span className="participants" data-testid="participants" role="list" aria-label={t('board.participants')}>
          {visible.map((participant) => (
            <span
              key={participant.id}
              role="listitem"
              className={participant.isActive ? 'participant' : 'participant is-idle'}
              data-testid="participant"
              data-name={participant.name}
              data-self={participant.isSelf}
              data-active={participant.isActive}
            >
              <Avatar name={participant.name} color={participant.color} />
              <span className="tooltip" role="tooltip">
                <strong>
                  {participant.name}
                  {participant.isSelf && ` (${t('board.you')})`}
                </strong>
                {participant.department && <span>{participant.department}</span>}
                <span className="tooltip__muted">{t(`roles.${participant.role}`)}</span>
              </span>
            </span>
          ))}
          {hidden.length > 0 && (
            <span
              role="listitem"
              className="participant participant--more"
              data-testid="participants-more"
              title={t('board.moreParticipants', {
                count: hidden.length,
                names: hidden.map((participant) => participant.name).join(', '),
              })}
            >
              <span className="avatar avatar--more">+{hidden.length}</span>
              {hidden.map((participant) => (
                <span key={participant.id} data-testid="participant" data-name={participant.name} hidden>
                  {participant.name}
                </span>
              ))}
            </span>
          )}
        </span>
      </button>
      {isOpen && <ParticipantsPanel participants={participants} onFollowed={() => setIsOpen(false)} />}
    </div>
  )
}
