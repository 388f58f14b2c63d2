import { writeWorkshop } from '@cxmap/shared'
import { useEffect } from 'react'
import {
  CollaboratorBrushOverlayUtil,
  CollaboratorHintOverlayUtil,
  CollaboratorScribbleOverlayUtil,
  DefaultCursor,
  useEditor,
  useValue,
  type TLCursorProps,
} from 'tldraw'
import { readParticipants } from '../../sync/presence'
import { useWorkshopT } from '../i18n'
import { SwitchSection } from '../SwitchSection'
import { useWorkshop, useWorkshopBoard } from '../WorkshopContext'
import { createCursorFilter, isCollaboratorShown, readCursorFilter, writeCursorFilter } from './cursorFilter'
import './follow.css'

/** tldraw's collaborator cursor, drawn only when the presenting state lets this person's cursor show. */
export function PresentingCursor(props: TLCursorProps) {
  const editor = useEditor()
  const isShown = useValue('cursor shown', () => isCollaboratorShown(readCursorFilter(editor), props.userId), [
    editor,
    props.userId,
  ])
  return isShown ? <DefaultCursor {...props} /> : null
}

/** An overlay id of tldraw's collaborator overlays is `<type>:<userId>[:…]`; the user id is `user:<person id>`. */
function userIdOfOverlay(id: string): string {
  const [, prefix, person] = id.split(':')
  return `${prefix}:${person}`
}

// The same overlays as tldraw's, minus those of people whose cursors are hidden (off-screen hints, brushes, lasers).
class PresentingHintOverlayUtil extends CollaboratorHintOverlayUtil {
  override getOverlays() {
    const filter = readCursorFilter(this.editor)
    return super.getOverlays().filter((overlay) => isCollaboratorShown(filter, userIdOfOverlay(overlay.id)))
  }
}
class PresentingBrushOverlayUtil extends CollaboratorBrushOverlayUtil {
  override getOverlays() {
    const filter = readCursorFilter(this.editor)
    return super.getOverlays().filter((overlay) => isCollaboratorShown(filter, userIdOfOverlay(overlay.id)))
  }
}
class PresentingScribbleOverlayUtil extends CollaboratorScribbleOverlayUtil {
  override getOverlays() {
    const filter = readCursorFilter(this.editor)
    return super.getOverlays().filter((overlay) => isCollaboratorShown(filter, userIdOfOverlay(overlay.id)))
  }
}

/** Overlay utils that replace tldraw's collaborator overlays (same types) for the `overlayUtils` prop. */
export const presentingOverlayUtils = [
  PresentingHintOverlayUtil,
  PresentingBrushOverlayUtil,
  PresentingScribbleOverlayUtil,
]

/** Keeps this editor's cursor filter in step with the control doc's presenting state and who is a facilitator. */
export function usePresentingCursors(): void {
  const { editor, awareness } = useWorkshopBoard()
  const { presenting } = useWorkshop()
  useEffect(() => {
    if (!editor) return
    const update = () => writeCursorFilter(editor, createCursorFilter(presenting, readParticipants(awareness)))
    update()
    if (!presenting.hideCursors) return
    // Someone who joins as a facilitator keeps their cursor; the write is skipped when nothing changed.
    awareness.on('change', update)
    return () => awareness.off('change', update)
  }, [editor, awareness, presenting])
}

/** The dock's note while cursors are hidden; the facilitator can show them again from it. */
export function CursorsBadge() {
  const t = useWorkshopT()
  const { controlDoc, canControl } = useWorkshopBoard()
  const { presenting } = useWorkshop()
  if (!presenting.hideCursors) return null
  return (
    <div className="workshop-chip cursors-badge" role="status" data-testid="cursors-badge">
      <CursorOffIcon />
      <span>
        {t('follow.cursorsHidden')}
        <span className="cursors-badge__hint"> · {t('follow.cursorsHiddenHint')}</span>
      </span>
      {canControl && (
        <button
          type="button"
          className="cursors-badge__show"
          data-testid="cursors-badge-show"
          onClick={() => writeWorkshop(controlDoc, 'presenting', { hideCursors: false })}
        >
          {t('follow.showCursors')}
        </button>
      )}
    </div>
  )
}

/** The cockpit's switch that hides the participants' cursors on every screen. */
export function CursorControls() {
  const t = useWorkshopT()
  const { controlDoc, canControl } = useWorkshopBoard()
  const isHidden = useWorkshop().presenting.hideCursors
  if (!canControl) return null
  return (
    <SwitchSection
      id="cursor-controls"
      icon={<CursorOffIcon />}
      title={t('follow.cursorsTitle')}
      switchLabel={t('follow.cursorsSwitch')}
      stateText={isHidden ? t('follow.cursorsOn') : t('follow.cursorsOff')}
      hint={t('follow.cursorsHint')}
      isOn={isHidden}
      testId="cursors-switch"
      onToggle={() => writeWorkshop(controlDoc, 'presenting', { hideCursors: !isHidden })}
    />
  )
}

function CursorOffIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path d="M5 3l6 16 2.5-6.5L20 10z" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <path d="M3 21L21 3" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}
