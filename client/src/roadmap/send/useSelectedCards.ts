import type { CardKind } from '@cxmap/shared'
import { useMemo } from 'react'
import { useEditor, useValue } from 'tldraw'
import { pickCards } from './sendCards'

/** The journey cards in the canvas selection (none on a read-only board: viewers send nothing). */
export function useSelectedCards(): readonly { id: string; kind: CardKind }[] {
  const editor = useEditor()
  // A string, so that moving the selected cards (new shape objects every frame) does not re-render.
  const key = useValue(
    'cxmap selected cards',
    () =>
      editor.getIsReadonly()
        ? ''
        : pickCards(editor.getSelectedShapes())
            .map((card) => `${card.id}\t${card.kind}`)
            .join('\n'),
    [editor],
  )
  return useMemo(
    () =>
      key
        ? key.split('\n').map((line) => {
            const [id, kind] = line.split('\t')
            return { id: id!, kind: kind as CardKind }
          })
        : [],
    [key],
  )
}
