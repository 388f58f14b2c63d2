import { JOURNEY_CARD_TYPE, JOURNEY_GRID_TYPE, PERSONA_CARD_TYPE } from '@cxmap/shared'
import {
  DefaultKeyboardShortcutsDialog,
  DefaultKeyboardShortcutsDialogContent,
  DefaultStylePanel,
  TldrawUiMenuActionItem,
  TldrawUiMenuGroup,
  useActions,
  useEditor,
  useValue,
  type TLUiKeyboardShortcutsDialogProps,
  type TLUiStylePanelProps,
} from 'tldraw'
import { JOURNEY_ACTION_PREFIX, JOURNEY_SHORTCUTS_GROUP_LABEL } from '../../journey/journeyUiOverrides'

const JOURNEY_TYPES: readonly string[] = [JOURNEY_CARD_TYPE, JOURNEY_GRID_TYPE, PERSONA_CARD_TYPE]

/** Tools whose shapes take tldraw's styles (colour, fill, size…): their style panel helps before drawing. */
const STYLED_TOOLS = new Set(['draw', 'highlight', 'geo', 'arrow', 'line', 'text', 'note', 'frame'])

/**
 * tldraw's style panel, only while it styles something: a plain tldraw shape selected (not our cards or grids, whose
 * looks come from their kind), or a drawing tool picked. Otherwise it would sit over the stages on the right.
 */
export function ContextualStylePanel(props: TLUiStylePanelProps) {
  const editor = useEditor()
  const isShown = useValue(
    'cxmap style panel shown',
    () => {
      const selected = editor.getSelectedShapes()
      if (selected.length > 0) return selected.every((shape) => !JOURNEY_TYPES.includes(shape.type))
      return STYLED_TOOLS.has(editor.getCurrentToolId())
    },
    [editor],
  )
  return isShown ? <DefaultStylePanel {...props} /> : null
}

/** tldraw's keyboard-shortcuts dialog with a group for our own actions (every action whose id starts with `cx-`). */
export function ShortcutsDialog(props: TLUiKeyboardShortcutsDialogProps) {
  const actions = useActions()
  const ours = Object.keys(actions).filter((id) => id.startsWith(JOURNEY_ACTION_PREFIX) && actions[id]?.kbd)
  return (
    <DefaultKeyboardShortcutsDialog {...props}>
      <DefaultKeyboardShortcutsDialogContent />
      <TldrawUiMenuGroup label={JOURNEY_SHORTCUTS_GROUP_LABEL} id="cxmap">
        {ours.map((id) => (
          <TldrawUiMenuActionItem key={id} actionId={id} />
        ))}
      </TldrawUiMenuGroup>
    </DefaultKeyboardShortcutsDialog>
  )
}
