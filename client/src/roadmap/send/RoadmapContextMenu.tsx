import {
  DefaultContextMenu,
  DefaultContextMenuContent,
  TldrawUiMenuGroup,
  TldrawUiMenuItem,
  type TLUiContextMenuProps,
} from 'tldraw'
import { GridContextMenuGroup } from '../../journey/grid/GridContextMenuGroup'
import { useRoadmapT } from '../i18n'
import { useSendStore } from './sendStore'
import { useSelectedCards } from './useSelectedCards'

/** tldraw's context menu with "Send to roadmap…" on top when journey cards are selected, then the grid's entries. */
export function RoadmapContextMenu(props: TLUiContextMenuProps) {
  return (
    <DefaultContextMenu {...props}>
      <SendToRoadmapMenuGroup />
      <GridContextMenuGroup />
      <DefaultContextMenuContent />
    </DefaultContextMenu>
  )
}

function SendToRoadmapMenuGroup() {
  const t = useRoadmapT()
  const cards = useSelectedCards()
  if (cards.length === 0) return null
  return (
    <TldrawUiMenuGroup id="cxmap-roadmap">
      <TldrawUiMenuItem
        id="cxmap-send-to-roadmap"
        label={t('send.menuItem')}
        onSelect={() => useSendStore.getState().openDialog(cards.map((card) => card.id))}
      />
    </TldrawUiMenuGroup>
  )
}
