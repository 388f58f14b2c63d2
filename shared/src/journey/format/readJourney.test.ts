import { describe, expect, test } from 'vitest'
import type { RecordLike } from '../../doc/recordFields.ts'
import { createCardProps, JOURNEY_CARD_TYPE, type JourneyCardProps } from '../card.ts'
import type { Department } from '../department.ts'
import { JOURNEY_GRID_TYPE, type JourneyGridProps } from '../grid.ts'
import { createShapeRecord } from '../shapeRecord.ts'
import { getCellHeat, readJourney } from './readJourney.ts'

// Grid space: header column 100 wide, header row 50 high, stages s1…s3 100 wide, lanes l1 (feelings), l2 (barriers)
// 100 high. So stage s1 spans x 100…200, s2 200…300, s3 300…400; lane l1 y 50…150, l2 150…250.
const gridProps: JourneyGridProps = {
  title: 'Map',
  stages: ['s1', 's2', 's3'].map((id) => ({ id, title: id.toUpperCase(), w: 100, metrics: [] })),
  lanes: [
    { id: 'l1', title: 'Feelings', h: 100, cardKind: 'feeling', prompt: 'How?' },
    { id: 'l2', title: 'Barriers', h: 100, cardKind: 'barrier', prompt: '' },
  ],
  headerW: 100,
  headerH: 50,
  personaIds: [],
}

const departments: Department[] = [
  { id: 'it', name: 'ИТ', color: '#000', order: 1 },
  { id: 'sales', name: 'Продажи', color: '#111', order: 0 },
]

function grid(id: string, at: { x?: number; y?: number; index?: string; props?: Partial<JourneyGridProps> } = {}) {
  const { x = 0, y = 0, index = 'a1', props = {} } = at
  return createShapeRecord({ id, type: JOURNEY_GRID_TYPE, x, y, index, props: { ...gridProps, ...props } })
}

/** A 20×20 card whose centre is at (cx, cy) in page space. */
function card(id: string, cx: number, cy: number, props: Partial<JourneyCardProps> = {}, parentId?: string) {
  return createShapeRecord({
    id,
    type: JOURNEY_CARD_TYPE,
    x: cx - 10,
    y: cy - 10,
    index: 'a5',
    props: createCardProps(props.kind ?? 'note', { w: 20, h: 20, ...props }),
    ...(parentId ? { parentId } : {}),
  })
}

function cellOf(journey: ReturnType<typeof readJourney>, cardId: string) {
  for (const g of journey.grids) {
    const cell = g.cells.find((c) => c.cards.some((k) => k.id === cardId))
    if (cell) return `${g.id}/${cell.stageId}/${cell.laneId}`
  }
  return journey.freeCards.some((k) => k.id === cardId) ? 'free' : 'missing'
}

describe('readJourney placement', () => {
  test('puts a card in the cell under its centre and lists every cell, empty ones too', () => {
    const journey = readJourney([grid('g'), card('c', 250, 100, { kind: 'feeling', score: 1, text: 'ok' })], [])
    expect(journey.version).toBe(1)
    const [g] = journey.grids
    expect(g?.stages.map((s) => [s.id, s.title, s.index])).toEqual([
      ['s1', 'S1', 0],
      ['s2', 'S2', 1],
      ['s3', 'S3', 2],
    ])
    expect(g?.lanes[0]).toEqual({ id: 'l1', title: 'Feelings', cardKind: 'feeling', prompt: 'How?' })
    expect(g?.cells.map((c) => `${c.stageId}/${c.laneId}:${c.cards.length}`)).toEqual([
      's1/l1:0',
      's1/l2:0',
      's2/l1:1',
      's2/l2:0',
      's3/l1:0',
      's3/l2:0',
    ])
    expect(g?.cells[2]?.cards[0]).toEqual({
      id: 'shape:c',
      kind: 'feeling',
      text: 'ok',
      departmentId: '',
      departmentName: '',
      score: 1,
      authorName: '',
      links: [],
      votes: 0,
      personaId: '',
      valueCreated: '',
      valueCaptured: '',
      paidService: '',
      revenue: 0,
    })
    expect(journey.freeCards).toEqual([])
  })

  test('a centre exactly on a border belongs to the later stage and lane', () => {
    const journey = readJourney([grid('g'), card('x', 200, 100), card('y', 150, 150), card('z', 400, 100)], [])
    expect(cellOf(journey, 'shape:x')).toBe('shape:g/s2/l1')
    expect(cellOf(journey, 'shape:y')).toBe('shape:g/s1/l2')
    expect(cellOf(journey, 'shape:z')).toBe('free')
  })

  test('cards outside every grid, or on its header row or column, are free, in reading order', () => {
    const records = [grid('g'), card('far', 900, 900), card('header', 150, 20), card('lanes', 50, 100)]
    const journey = readJourney(records, [])
    expect(journey.freeCards.map((c) => c.id)).toEqual(['shape:header', 'shape:lanes', 'shape:far'])
  })

  test('two grids each get their own cards and are ordered top to bottom', () => {
    const records = [grid('lower', { y: 1000 }), grid('upper'), card('a', 150, 1100), card('b', 350, 200)]
    const journey = readJourney(records, [])
    expect(journey.grids.map((g) => [g.id, g.x, g.y])).toEqual([
      ['shape:upper', 0, 0],
      ['shape:lower', 0, 1000],
    ])
    expect(cellOf(journey, 'shape:a')).toBe('shape:lower/s1/l1')
    expect(cellOf(journey, 'shape:b')).toBe('shape:upper/s3/l2')
  })

  test('where grids overlap the topmost by index wins, even over its header', () => {
    const records = [
      grid('bottom', { index: 'a1' }),
      grid('top', { x: 100, y: 0, index: 'a2' }),
      card('overlap', 350, 100),
      card('onTopHeader', 250, 100),
      card('bottomOnly', 150, 100),
    ]
    const journey = readJourney(records, [])
    expect(cellOf(journey, 'shape:overlap')).toBe('shape:top/s2/l1')
    expect(cellOf(journey, 'shape:onTopHeader')).toBe('shape:top/s1/l1')
    expect(cellOf(journey, 'shape:bottomOnly')).toBe('free')
  })

  test('after a stage is deleted its cards fall where their position now is', () => {
    const withoutS2 = { stages: gridProps.stages.filter((s) => s.id !== 's2') }
    const records = [grid('g', { props: withoutS2 }), card('wasS2', 250, 100), card('wasS3', 350, 100)]
    const journey = readJourney(records, [])
    expect(journey.grids[0]?.stages.map((s) => s.id)).toEqual(['s1', 's3'])
    expect(cellOf(journey, 'shape:wasS2')).toBe('shape:g/s3/l1')
    expect(cellOf(journey, 'shape:wasS3')).toBe('free')
  })

  test('composes parents (a card in a frame) and keeps pages apart', () => {
    const frame = { ...createShapeRecord({ id: 'f', type: 'frame', x: 200, y: 0, index: 'a3', props: {} }) }
    const records = [
      grid('g'),
      frame,
      card('inFrame', 50, 100, {}, 'shape:f'),
      card('otherPage', 150, 100, {}, 'page:2'),
      card('orphan', 150, 100, {}, 'shape:missing'),
    ]
    const journey = readJourney(records, [])
    expect(cellOf(journey, 'shape:inFrame')).toBe('shape:g/s2/l1')
    expect(cellOf(journey, 'shape:otherPage')).toBe('free')
    expect(cellOf(journey, 'shape:orphan')).toBe('missing')
  })

  test("a rotated card's centre is turned with it", () => {
    // 40×20 at (140, 60), turned 90° about its top-left corner: its centre moves from (160, 70) to (130, 80).
    const turned = { ...card('t', 0, 0, { w: 40, h: 20 }), x: 140, y: 60, rotation: Math.PI / 2 }
    expect(cellOf(readJourney([grid('g'), turned], []), 'shape:t')).toBe('shape:g/s1/l1')
  })
})

describe('readJourney values', () => {
  test('emotion is the mean feeling score per stage in feeling lanes; heat sums barrier severities', () => {
    const records = [
      grid('g'),
      card('f1', 150, 80, { kind: 'feeling', score: 2 }),
      card('f2', 150, 120, { kind: 'feeling', score: -1 }),
      card('inBarrierLane', 250, 200, { kind: 'feeling', score: -2 }),
      card('b1', 350, 180, { kind: 'barrier', severity: 4 }),
      card('b2', 350, 220, { kind: 'barrier', severity: 5 }),
      card('noteInBarriers', 250, 180, { kind: 'note', severity: 5 }),
    ]
    const [g] = readJourney(records, []).grids
    expect(g?.emotion).toEqual([
      { stageId: 's1', score: 0.5 },
      { stageId: 's2', score: null },
      { stageId: 's3', score: null },
    ])
    expect(g?.cells.map((c) => c.heat)).toEqual([0, 0, 0, 0, 0, 9])
    expect(g?.heat).toEqual({ max: 9 })
    expect(g?.cells[5]?.cards.map((c) => c.id)).toEqual(['shape:b1', 'shape:b2'])
  })

  test('names departments, sorts them, and counts votes through the extension point', () => {
    const records = [
      grid('g'),
      card('a', 150, 100, { departmentId: 'it' }),
      card('b', 250, 100, { departmentId: 'hr' }),
    ]
    const journey = readJourney(records, departments, { getVotes: (id) => (id === 'shape:a' ? 3 : Number.NaN) })
    expect(journey.departments.map((d) => d.id)).toEqual(['sales', 'it'])
    const cards = journey.grids[0]?.cells.flatMap((c) => c.cards)
    expect(cards?.map((c) => [c.departmentId, c.departmentName, c.votes])).toEqual([
      ['it', 'ИТ', 3],
      ['hr', '', 0],
    ])
  })

  test('adds the dots of a closed vote to the heat of their cells; no dots, no change', () => {
    const records = [
      grid('g'),
      card('b1', 250, 220, { kind: 'barrier', severity: 4 }),
      card('i1', 150, 220, { kind: 'idea' }),
    ]
    const without = readJourney(records, departments)
    const heats = without.grids[0]!.cells.map((c) => c.heat)
    expect(readJourney(records, departments, { getVotes: () => 0 }).grids[0]!.cells.map((c) => c.heat)).toEqual(heats)
    const votes: Record<string, number> = { 'shape:b1': 2, 'shape:i1': 5 }
    const withVotes = readJourney(records, departments, { getVotes: (id) => votes[id] ?? 0 })
    const delta = withVotes.grids[0]!.cells.map((c, i) => c.heat - heats[i]!)
    expect(delta.filter((d) => d !== 0).sort()).toEqual([2, 5])
    expect(withVotes.grids[0]!.heat.max).toBe(Math.max(...withVotes.grids[0]!.cells.map((c) => c.heat)))
    expect(
      getCellHeat([
        { kind: 'barrier', severity: 3, votes: 2 },
        { kind: 'idea', votes: 4 },
      ]),
    ).toBe(9)
    expect(getCellHeat([{ kind: 'idea', severity: 5, votes: 0 }])).toBe(0)
  })

  test('clamps severities and scores, drops non-numbers, and skips malformed records without throwing', () => {
    const badGrid = { ...grid('bad'), props: { ...gridProps, stages: 'nope' } }
    const dupGrid = grid('dup', { props: { lanes: [gridProps.lanes[0]!, gridProps.lanes[0]!] } })
    const records = {
      'shape:g': grid('g'),
      'shape:bad': badGrid,
      'shape:dup': dupGrid,
      'shape:hi': card('hi', 150, 200, { kind: 'barrier', severity: 9 }),
      'shape:nan': card('nan', 150, 220, { kind: 'barrier', severity: Number.NaN }),
      'shape:low': card('low', 150, 80, { kind: 'feeling', score: -7 }),
      'shape:odd': { ...card('odd', 250, 100), props: { kind: 'mystery', text: 42, links: ['a', 1], w: -5 } },
      'shape:nox': { ...card('nox', 150, 100), x: 'left' },
      // Without props a card has the default size, 200×120: its centre is at (220, 120).
      'shape:noProps': { ...card('noProps', 0, 0), x: 120, y: 60, props: null },
      broken: null,
      text: 'a string',
      empty: {},
    } as unknown as Record<string, RecordLike>
    const journey = readJourney(records, [{ id: 'x' } as Department])
    expect(journey.grids.map((g) => g.id)).toEqual(['shape:g'])
    const byId = new Map(journey.grids[0]!.cells.flatMap((c) => c.cards).map((c) => [c.id, c]))
    expect(byId.get('shape:hi')?.severity).toBe(5)
    expect(byId.get('shape:nan')).not.toHaveProperty('severity')
    expect(byId.get('shape:low')?.score).toBe(-2)
    expect(byId.get('shape:odd')).toMatchObject({ kind: 'note', text: '', links: ['a'] })
    expect(byId.has('shape:nox')).toBe(false)
    expect(byId.get('shape:noProps')?.kind).toBe('note')
    expect(journey.grids[0]?.heat.max).toBe(5)
    expect(journey.departments).toEqual([])
    expect(readJourney(null as never, null as never)).toEqual({ version: 1, grids: [], freeCards: [], departments: [] })
  })
})
