import { updateInitiative, WAVES, type Initiative, type Wave } from '@cxmap/shared'
import { useState, type DragEvent } from 'react'
import type * as Y from 'yjs'
import { dropIndexAt, planMove, type OrderUpdate } from './waveOrder'

/** Where a dragged initiative would land: a wave and a slot of its column as shown. */
export interface DropTarget {
  wave: Wave
  index: number
}

/** A keyboard move of a card: up or down in its wave, or to the previous or next wave. */
export type MoveDirection = 'up' | 'down' | 'left' | 'right'

const DRAG_TYPE = 'application/x-cxmap-initiative'

/** Writes a move: the moved initiative's wave and order, and any renumbered neighbour, in one transaction. */
function applyMove(doc: Y.Doc, movedId: string, wave: Wave, updates: readonly OrderUpdate[]): void {
  doc.transact(() => {
    for (const { id, order } of updates) updateInitiative(doc, id, id === movedId ? { wave, order } : { order })
  })
}

/** The column's slot under the pointer, from the middles of its cards. */
function slotUnderPointer(event: DragEvent<HTMLElement>): number {
  const cards = event.currentTarget.querySelectorAll<HTMLElement>('[data-testid="initiative-card"]')
  const middles = Array.from(cards, (card) => {
    const rect = card.getBoundingClientRect()
    return rect.top + rect.height / 2
  })
  return dropIndexAt(event.clientY, middles)
}

/**
 * Moving initiatives between and within waves, by drag and drop (HTML5) and by keyboard. `columns` are the waves'
 * initiatives in display order; a move writes the wave and an order between the new neighbours.
 */
export function useWaveMoves(doc: Y.Doc, columns: Record<Wave, readonly Initiative[]>, isEnabled: boolean) {
  const [draggedId, setDraggedId] = useState<string | null>(null)
  const [target, setTarget] = useState<DropTarget | null>(null)

  /** Moves an initiative to a slot of a wave; false when it would stay where it is. */
  const moveTo = (id: string, wave: Wave, index: number): boolean => {
    const updates = planMove(columns[wave], id, index)
    if (!updates) return false
    applyMove(doc, id, wave, updates)
    return true
  }

  const endDrag = () => {
    setDraggedId(null)
    setTarget(null)
  }

  const cardDragProps = (id: string) =>
    isEnabled
      ? {
          draggable: true,
          onDragStart: (event: DragEvent<HTMLElement>) => {
            event.dataTransfer.effectAllowed = 'move'
            event.dataTransfer.setData(DRAG_TYPE, id)
            event.dataTransfer.setData('text/plain', id)
            setDraggedId(id)
          },
          onDragEnd: endDrag,
        }
      : {}

  const columnDropProps = (wave: Wave) =>
    isEnabled
      ? {
          onDragOver: (event: DragEvent<HTMLElement>) => {
            if (!draggedId) return
            event.preventDefault()
            event.dataTransfer.dropEffect = 'move'
            const index = slotUnderPointer(event)
            // A drop where the card already is changes nothing: show no indicator there.
            const next = planMove(columns[wave], draggedId, index) ? { wave, index } : null
            if (next?.wave !== target?.wave || next?.index !== target?.index) setTarget(next)
          },
          onDragLeave: (event: DragEvent<HTMLElement>) => {
            if (event.currentTarget.contains(event.relatedTarget as Node | null)) return
            setTarget((current) => (current?.wave === wave ? null : current))
          },
          onDrop: (event: DragEvent<HTMLElement>) => {
            if (!draggedId) return
            event.preventDefault()
            moveTo(draggedId, wave, slotUnderPointer(event))
            endDrag()
          },
        }
      : {}

  /** Moves a card one step by keyboard; returns the wave and 1-based place it lands in, or null when it cannot move. */
  const moveByKey = (initiative: Initiative, direction: MoveDirection): { wave: Wave; place: number } | null => {
    const column = columns[initiative.wave]
    const from = column.findIndex((item) => item.id === initiative.id)
    if (from === -1) return null
    if (direction === 'up' || direction === 'down') {
      const index = direction === 'up' ? from - 1 : from + 2
      if (index < 0 || index > column.length) return null
      return moveTo(initiative.id, initiative.wave, index)
        ? { wave: initiative.wave, place: index + (direction === 'up' ? 1 : 0) }
        : null
    }
    const wave = WAVES[WAVES.indexOf(initiative.wave) + (direction === 'left' ? -1 : 1)]
    if (!wave) return null
    const index = Math.min(from, columns[wave].length)
    return moveTo(initiative.id, wave, index) ? { wave, place: index + 1 } : null
  }

  return { draggedId, target, cardDragProps, columnDropProps, moveByKey }
}
