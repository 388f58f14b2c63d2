import type { CardKind } from '../journey/cardKind.ts'
import type { Journey, JourneyCardOut } from '../journey/format/journey.ts'

/** Test fixture (not exported from the package): a card as `readJourney` returns it. */
export function fixtureCard(id: string, kind: CardKind, text: string, departmentId = ''): JourneyCardOut {
  return {
    id,
    kind,
    text,
    departmentId,
    departmentName: '',
    authorName: '',
    links: [],
    votes: 0,
    personaId: '',
    valueCreated: '',
    valueCaptured: '',
    paidService: '',
    revenue: 0,
  }
}

/**
 * Test fixture: one grid `grid` with stages `s1` «Поиск», `s2` «Покупка» and lanes `l1` «Барьеры», `l2` «Идеи»; cards
 * go to cells by `stageId/laneId` key, and `free` cards outside the grid.
 */
export function fixtureJourney(cells: Record<string, JourneyCardOut[]>, free: JourneyCardOut[] = []): Journey {
  const stages = [
    { id: 's1', title: 'Поиск', index: 0, metrics: [] },
    { id: 's2', title: 'Покупка', index: 1, metrics: [] },
  ]
  const lanes = [
    { id: 'l1', title: 'Барьеры', cardKind: 'barrier' as const, prompt: '' },
    { id: 'l2', title: 'Идеи', cardKind: 'idea' as const, prompt: '' },
  ]
  return {
    version: 1,
    grids: [
      {
        id: 'grid',
        title: 'CJM',
        pageId: 'page:page',
        personaIds: [],
        x: 0,
        y: 0,
        stages,
        lanes,
        cells: stages.flatMap((stage) =>
          lanes.map((lane) => ({
            stageId: stage.id,
            laneId: lane.id,
            cards: cells[`${stage.id}/${lane.id}`] ?? [],
            heat: 0,
          })),
        ),
        emotion: [],
        heat: { max: 0 },
      },
    ],
    freeCards: free,
    departments: [
      { id: 'sales', name: 'Продажи', color: '#000000', order: 0 },
      { id: 'support', name: 'Support', color: '#ffffff', order: 1 },
    ],
  }
}
