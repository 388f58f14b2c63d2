import { canEditBoard, type BoardResponse } from '@cxmap/shared'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { Link } from '../../components/Link'
import { ExportMenu } from '../../export/ExportMenu'
import { ViewSwitch } from '../../roadmap/ViewSwitch'
import { useOptionalWorkshopBoard } from '../../workshop/WorkshopContext'
import { WorkshopButton } from '../../workshop/WorkshopButton'
import type { BoardView } from '../../routing/navigation'
import { LocaleSwitch } from '../../components/LocaleSwitch'
import { RoleBadge } from '../../components/RoleBadge'
import { DepartmentsButton } from '../../journey/departments/DepartmentsButton'
import { PersonasButton } from '../../journey/personas/PersonasButton'
import { HeatMapToggle } from '../../journey/grid/HeatMapToggle'
import { StakeholdersButton } from '../../journey/stakeholders/StakeholdersButton'
import { InsertTemplateMenu } from '../../journey/templates/InsertTemplateMenu'
import { fitJourneyGrids } from '../../journey/view/fitJourneyGrids'
import { selectIdentity, useIdentityStore } from '../../state/identityStore'
import { usePanelStore } from '../../state/panelStore'
import { BoardTitle } from './BoardTitle'
import { ConnectionBadge } from './ConnectionBadge'
import { Participants } from './Participants'
import { ShareButton } from './SharePopover'

interface TopBarProps {
  board: BoardResponse
  token: string
  title: string
  onTitleChange: (title: string) => void
  awareness: Awareness | null
  editor: Editor | null
  doc: Y.Doc | null
  view: BoardView
}

/** The bar above the canvas: where you are and as whom (left), who is here and how to invite (right). */
export function TopBar({ board, token, title, onTitleChange, awareness, editor, doc, view }: TopBarProps) {
  const { t } = useTranslation()
  const identity = useIdentityStore(selectIdentity)
  const openPanel = usePanelStore((state) => state.open)
  const canEdit = canEditBoard(board.role)
  const workshop = useOptionalWorkshopBoard()
  return (
    <header className="topbar">
      <div className="topbar__group topbar__group--start">
        <Link className="topbar__home" href="/" title={t('common.backHome')} aria-label={t('common.backHome')}>
          <img src="/favicon.svg" alt="" width={24} height={24} />
        </Link>
        <BoardTitle boardId={board.id} token={token} title={title} canRename={canEdit} onTitleChange={onTitleChange} />
        <RoleBadge role={board.role} testId="role-badge" />
        {!canEdit && <span className="muted topbar__readonly">{t('board.readOnly')}</span>}
        <ViewSwitch boardId={board.id} view={view} />
      </div>
      <div className="topbar__group topbar__group--end">
        {view === 'canvas' && (
          <>
            {canEdit && doc && <InsertTemplateMenu editor={editor} doc={doc} locale={board.locale} />}
            <HeatMapToggle />
            <DepartmentsButton />
            {doc && <StakeholdersButton doc={doc} locale={board.locale} canEdit={canEdit} />}
            <PersonasButton />
            <button
              type="button"
              className="icon-button"
              title={t('board.fitGrids')}
              aria-label={t('board.fitGrids')}
              aria-keyshortcuts="Shift+G"
              data-testid="fit-grids"
              disabled={!editor}
              onClick={() => editor && fitJourneyGrids(editor, { animate: true })}
            >
              <FitIcon />
            </button>
          </>
        )}
        <ExportMenu
          boardId={board.id}
          token={token}
          title={title}
          locale={board.locale}
          role={board.role}
          editor={editor}
        />
        {workshop && <WorkshopButton />}
        <ConnectionBadge />
        <Participants awareness={awareness} />
        <button
          type="button"
          className="icon-button"
          title={t('board.editProfile')}
          aria-label={t('board.editProfile')}
          data-testid="edit-profile"
          onClick={() => openPanel('profile')}
        >
          <ProfileIcon color={identity?.color} />
        </button>
        <LocaleSwitch />
        <ShareButton boardId={board.id} role={board.role} token={token} links={board.links} />
      </div>
    </header>
  )
}

function FitIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <rect x="8" y="8" width="8" height="8" rx="1" stroke="currentColor" strokeWidth="2" />
    </svg>
  )
}

function ProfileIcon({ color = 'currentColor' }: { color?: string }) {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <circle cx="10" cy="8" r="4" stroke={color} strokeWidth="2" />
      <path d="M3 20c0-3.5 3-6 7-6 1.3 0 2.5.3 3.5.8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <path
        d="M15 20.5v-2.2l4.6-4.6 2.2 2.2-4.6 4.6H15z"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </svg>
  )
}
