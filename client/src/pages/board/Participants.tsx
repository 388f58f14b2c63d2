import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Awareness } from 'y-protocols/awareness'
import { Avatar } from '../../components/Avatar'
import { readParticipants, type Participant } from '../../sync/presence'

/** How many avatars show before the rest fold into "+N". */
const MAX_VISIBLE_AVATARS = 6

/** The people in awareness; re-renders only when someone joins, leaves or changes profile (not on cursor moves). */
function useParticipants(awareness: Awareness | null): Participant[] {
  const [participants, setParticipants] = useState<Participant[]>([])
  useEffect(() => {
    if (!awareness) return
    let lastKey = ''
    const update = () => {
      const next = readParticipants(awareness)
      const key = JSON.stringify(next)
      if (key === lastKey) return
      lastKey = key
      setParticipants(next)
    }
    update()
    awareness.on('change', update)
    return () => awareness.off('change', update)
  }, [awareness])
  return participants
}

/** Avatars of everyone on the board (self first), with name, department and role on hover. */
export function Participants({ awareness }: { awareness: Awareness | null }) {
  const { t } = useTranslation()
  const participants = useParticipants(awareness)
  const visible = participants.slice(0, MAX_VISIBLE_AVATARS)
  const hidden = participants.slice(MAX_VISIBLE_AVATARS)
  return (
    <ul className="participants" data-testid="participants" aria-label={t('board.participants')}>
      {visible.map((participant) => (
        <li
          key={participant.id}
          className="participant"
          data-testid="participant"
          data-name={participant.name}
          data-self={participant.isSelf}
          tabIndex={0}
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
        </li>
      ))}
      {hidden.length > 0 && (
        <li className="participant participant--more" title={hidden.map((participant) => participant.name).join(', ')}>
          <span className="avatar avatar--more">+{hidden.length}</span>
          {hidden.map((participant) => (
            <span key={participant.id} data-testid="participant" data-name={participant.name} hidden>
              {participant.name}
            </span>
          ))}
        </li>
      )}
    </ul>
  )
}
