import { useEffect, useState } from 'react'
import { useWorkshopBoard } from '../WorkshopContext'
import { PRIVATE_COUNT_FIELD } from './useBrainstormController'

/** How many private cards everyone on the board holds now, and how many people hold some (from awareness). */
export function usePrivateTotals(): { cards: number; people: number } {
  const { awareness } = useWorkshopBoard()
  const [totals, setTotals] = useState({ cards: 0, people: 0 })
  useEffect(() => {
    const update = () => {
      let cards = 0
      let people = 0
      for (const state of awareness.getStates().values()) {
        const count = state[PRIVATE_COUNT_FIELD]
        if (typeof count === 'number' && count > 0) {
          cards += count
          people += 1
        }
      }
      setTotals((previous) => (previous.cards === cards && previous.people === people ? previous : { cards, people }))
    }
    update()
    awareness.on('change', update)
    return () => awareness.off('change', update)
  }, [awareness])
  return totals
}
