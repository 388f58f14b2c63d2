import type { CardKind } from '@cxmap/shared'
import { createContext, useContext, type ComponentType, type ReactNode } from 'react'

/** Props of the vote control a card shows (the workshop's dot voting). */
export interface CardVotesSlotProps {
  cardId: string
  kind: CardKind
  isCompact?: boolean
  showBack?: boolean
  showAdd?: boolean
}

/**
 * What other features put on a journey card, injected by the board (tldraw's `components` habit) so the card never
 * imports the workshop or the roadmap: the vote control, the roadmap badge and the private-brainstorm mark, and the
 * two facts the card's control plan needs from them. Hooks in here are called on every render of every card.
 */
export interface CardSlots {
  Votes: ComponentType<CardVotesSlotProps>
  RoadmapBadge: ComponentType<{ cardId: string; isCompact?: boolean }>
  PrivateMark: ComponentType
  useVoteTargets: (cardId: string, kind: CardKind) => { canAdd: boolean; canTakeBack: boolean }
  useHasRoadmapBadge: (cardId: string) => boolean
}

const NO_VOTE_TARGETS = { canAdd: false, canTakeBack: false }

/** A card with nothing injected (the print view, tests): no votes, no badge, no mark. */
export const EMPTY_CARD_SLOTS: CardSlots = {
  Votes: () => null,
  RoadmapBadge: () => null,
  PrivateMark: () => null,
  useVoteTargets: () => NO_VOTE_TARGETS,
  useHasRoadmapBadge: () => false,
}

const CardSlotsContext = createContext<CardSlots>(EMPTY_CARD_SLOTS)

/** Gives the cards below what the board puts on them; `slots` must stay the same object for the board's life. */
export function CardSlotsProvider({ slots, children }: { slots: CardSlots; children: ReactNode }) {
  return <CardSlotsContext.Provider value={slots}>{children}</CardSlotsContext.Provider>
}

/** The slots of the cards being rendered. */
export function useCardSlots(): CardSlots {
  return useContext(CardSlotsContext)
}
