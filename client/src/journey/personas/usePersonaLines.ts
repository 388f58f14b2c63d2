import { isEqual, createComputedCache, useEditor, useValue, type Editor, type TLShape } from 'tldraw'
import { useMemo } from 'react'
import type { JourneyGridProps } from '@cxmap/shared'
import { CARD_LOOKS } from '../cards/cardLook'
import { isJourneyGrid, listCardsOnGrid } from '../grid/gridCards'
import { computePersonaEmotion, type FeelingOnGrid } from './personaEmotion'
import { useBoardPersonas } from './PersonasContext'
import { isPersonaDimmed, selectPersonaIds, usePersonaViewStore } from './personaViewStore'
import { usePersonasT } from './strings'

/** A persona's curve in a feeling lane, ready to draw. */
export interface StyledPersonaLine {
  /** '' = everyone (every feeling of the lane). */
  personaId: string
  name: string
  color: string
  /** Another persona than those picked in the personas panel: drawn faint. */
  isFaded: boolean
  scores: (number | null)[]
}

// The feelings of each grid, kept per editor and handed on only when they change (not when any shape moves).
const feelingsCache = createComputedCache<Editor, FeelingOnGrid[], TLShape>(
  'cx-grid persona feelings',
  (editor, shape) =>
    isJourneyGrid(shape)
      ? listCardsOnGrid(editor, shape)
          .filter(({ card }) => card.props.kind === 'feeling')
          .map(({ card, stageIndex, laneIndex }) => ({
            card: { props: { kind: 'feeling', score: card.props.score, personaId: card.props.personaId } },
            stageIndex,
            laneIndex,
          }))
      : undefined,
  { areResultsEqual: isEqual },
)

const NO_FEELINGS: FeelingOnGrid[] = []
/** Everyone's line: neutral, so that no persona's colour is mistaken for it. */
const EVERYONE_COLOR = '#5f6874'

/** Per feeling lane of the grid whose feelings carry personas, the lines to draw in the personas' colours. */
export function usePersonaLines(
  gridId: TLShape['id'],
  props: JourneyGridProps | null,
): Record<string, StyledPersonaLine[]> | null {
  const editor = useEditor()
  const t = usePersonasT()
  const board = useBoardPersonas()
  const selectedIds = usePersonaViewStore(selectPersonaIds)
  const feelings = useValue(
    'cx-grid persona feelings',
    () => (board && board.personas.length > 0 ? (feelingsCache.get(editor, gridId) ?? NO_FEELINGS) : NO_FEELINGS),
    [editor, gridId, board],
  )
  return useMemo(() => {
    if (!board || !props || feelings.length === 0) return null
    const lines = computePersonaEmotion(
      props,
      feelings,
      board.personas.map((persona) => persona.id),
    )
    const styled: Record<string, StyledPersonaLine[]> = {}
    for (const [laneId, laneLines] of Object.entries(lines)) {
      styled[laneId] = laneLines.map(({ personaId, scores }) => {
        const persona = board.byId.get(personaId)
        return {
          personaId,
          scores,
          name: personaId === '' ? t('everyone') : (persona?.name ?? '') || t('untitled'),
          color: personaId === '' ? EVERYONE_COLOR : (persona?.color ?? CARD_LOOKS.feeling.accent),
          isFaded: personaId !== '' && isPersonaDimmed(selectedIds, personaId),
        }
      })
    }
    return Object.keys(styled).length > 0 ? styled : null
  }, [board, feelings, props, t, selectedIds])
}
