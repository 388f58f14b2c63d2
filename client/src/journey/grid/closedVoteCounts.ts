import { atom } from 'tldraw'

/**
 * The dots of the last closed vote by card id (null when there is none), for the heat map: a tldraw atom, so the grid's
 * cached derivations recompute when a vote closes or its results are cleared. Set by the vote bar from the control doc.
 */
export const closedVoteCounts = atom<Readonly<Record<string, number>> | null>('cx closed vote counts', null)
