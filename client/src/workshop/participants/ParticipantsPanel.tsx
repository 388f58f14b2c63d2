import { useValue } from 'tldraw'
import { useTranslation } from 'react-i18next'
import { Avatar } from '../../components/Avatar'
import { RoleBadge } from '../../components/RoleBadge'
import { canFollow, followPerson, readFollowing } from '../follow/followViewport'
import { useWorkshopT, type WorkshopT } from '../i18n'
import { useOptionalWorkshopBoard } from '../WorkshopContext'
import { countDepartments, idleMinutes, type PersonStatus } from './participantsModel'

/**
 * Everyone on the board now: the count per department, then each person with department, role and activity. A click on
 * someone follows their view (again to stop).
 */
export function ParticipantsPanel({
  participants,
  onFollowed,
}: {
  participants: PersonStatus[]
  /** Called after following someone starts (the panel gets out of the way). */
  onFollowed: () => void
}) {
  const t = useWorkshopT()
  const board = useOptionalWorkshopBoard()
  const editor = board?.editor ?? null
  const following = useValue('following', () => (editor ? readFollowing(editor) : null), [editor])
  // A string, so that cursor moves (which change presences) do not re-render the panel.
  const followableKey = useValue(
    'followable people',
    () =>
      (editor ? participants.filter((person) => canFollow(editor, person.id)).map((person) => person.id) : []).join(
        '\n',
      ),
    [editor, participants],
  )
  const followable = new Set(followableKey.split('\n'))

  const handleClick = (person: PersonStatus) => {
    if (!editor || !board) return
    if (following === person.id) {
      editor.stopFollowingUser()
      return
    }
    followPerson(editor, board.boardId, person.id)
    onFollowed()
  }

  return (
    <div
      className="popover participants-panel"
      role="dialog"
      aria-labelledby="participants-panel-title"
      data-testid="participants-panel"
    >
      <h2 className="popover__title" id="participants-panel-title">
        {t('participants.title')} <span className="muted">· {participants.length}</span>
      </h2>
      <DepartmentCounts participants={participants} t={t} />
      <ul className="participants-panel__list">
        {participants.map((person) => (
          <li
            // The same person id under two roles is two entries (see summarizePeople).
            key={`${person.role}:${person.id}`}
            data-testid="participants-row"
            data-name={person.name}
            data-role={person.role}
            data-self={person.isSelf}
            data-active={person.isActive}
            data-following={following === person.id}
          >
            {person.isSelf ? (
              <div className="participants-row">
                <PersonSummary person={person} t={t} />
                <span className="participants-row__action" aria-hidden="true" />
              </div>
            ) : (
              <button
                type="button"
                className="participants-row participants-row--button"
                aria-pressed={following === person.id}
                disabled={!editor || (!followable.has(person.id) && following !== person.id)}
                title={rowTitle(t, person, following === person.id, followable.has(person.id))}
                onClick={() => handleClick(person)}
              >
                <PersonSummary person={person} t={t} />
                <span className="participants-row__action">
                  {following === person.id ? t('participants.stop') : t('participants.follow')}
                </span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <p className="popover__hint muted">{t('participants.hint')}</p>
    </div>
  )
}

function rowTitle(t: WorkshopT, person: PersonStatus, isFollowing: boolean, isFollowable: boolean): string {
  if (isFollowing) return t('participants.stopTitle', { name: person.name })
  return isFollowable
    ? t('participants.followTitle', { name: person.name })
    : t('participants.unavailable', { name: person.name })
}

function DepartmentCounts({ participants, t }: { participants: PersonStatus[]; t: WorkshopT }) {
  const counts = countDepartments(participants)
  if (counts.length === 0) return null
  return (
    <p className="participants-panel__departments" data-testid="participants-departments">
      <span className="participants-sr-only">{t('participants.departments')}: </span>
      {counts.map(({ department, count }, index) => (
        <span key={department} className="participants-panel__department" data-department={department}>
          {index > 0 && (
            <span className="participants-panel__separator" aria-hidden="true">
              ·
            </span>
          )}
          {department || t('participants.noDepartment')} <strong>{count}</strong>
        </span>
      ))}
    </p>
  )
}

function PersonSummary({ person, t }: { person: PersonStatus; t: WorkshopT }) {
  const { t: tApp } = useTranslation()
  const minutes = person.isActive ? null : idleMinutes(person.lastActiveAt, Date.now())
  const status = person.isActive ? t('participants.active') : t('participants.idle', { count: minutes ?? 1 })
  return (
    <>
      <span className="participants-row__avatar">
        <Avatar name={person.name} color={person.color} size={32} />
        <span className={person.isActive ? 'presence-dot is-active' : 'presence-dot'} aria-hidden="true" />
      </span>
      <span className="participants-row__text">
        <span className="participants-row__name">
          {person.name}
          {person.isSelf && <span className="muted"> ({tApp('board.you')})</span>}
        </span>
        <span className="participants-row__meta muted">
          {person.department || t('participants.noDepartment')} · <span data-testid="participant-status">{status}</span>
        </span>
      </span>
      <RoleBadge role={person.role} />
    </>
  )
}
