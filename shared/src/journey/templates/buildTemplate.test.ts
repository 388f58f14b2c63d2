import { describe, expect, test } from 'vitest'
import { LOCALES } from '../../api.ts'
import { listDefaultDepartments } from '../department.ts'
import { readJourney } from '../format/readJourney.ts'
import { createCardProps, estimateCardHeight, type JourneyCardProps } from '../card.ts'
import { GRID_DEFAULTS, getLaneOffsets, type JourneyGridProps } from '../grid.ts'
import { isIndexKey } from '../indexKey.ts'
import { TEMPLATE_IDS } from '../template.ts'
import { buildTemplate, createRandomId } from './buildTemplate.ts'
import { TEMPLATE_EXAMPLES } from './examples.ts'
import { TEMPLATE_LAYOUTS } from './layouts.ts'
import { getTemplateTexts } from './texts.ts'

function counter(): () => string {
  let n = 0
  return () => `id${++n}`
}

const SHAPE_KEYS = ['id', 'typeName', 'type', 'x', 'y', 'rotation', 'index', 'parentId', 'isLocked', 'opacity', 'meta']
const CARD_PROP_KEYS = Object.keys(createCardProps('note'))
const cases = TEMPLATE_IDS.flatMap((id) =>
  LOCALES.flatMap((locale) => [false, true].map((withExample) => ({ id, locale, withExample }))),
)

describe('buildTemplate', () => {
  test.each(cases)('$id in $locale, example: $withExample: complete shapes, unique ids and keys', (c) => {
    const { records, departments } = buildTemplate(c.id, c.locale, { withExample: c.withExample, idFactory: counter() })
    expect(departments).toEqual(listDefaultDepartments(c.locale))
    expect(records.length).toBe(c.id === 'blank' ? 0 : 1 + (c.withExample ? TEMPLATE_EXAMPLES[c.id].length : 0))
    const ids: string[] = []
    for (const record of records) {
      expect(Object.keys(record).sort()).toEqual([...SHAPE_KEYS, 'props'].sort())
      expect(record).toMatchObject({ typeName: 'shape', rotation: 0, parentId: 'page:page', isLocked: false })
      expect(record).toMatchObject({ opacity: 1, meta: {} })
      expect(isIndexKey(record.index)).toBe(true)
      ids.push(record.id)
      if (record.type === 'cx-card') expect(Object.keys(record.props).sort()).toEqual([...CARD_PROP_KEYS].sort())
      else ids.push(...listGridIds(record.props))
    }
    expect(new Set(ids).size).toBe(ids.length)
    expect(records.map((r) => r.index)).toEqual([...records.map((r) => r.index)].sort())
    expect(new Set(records.map((r) => r.index)).size).toBe(records.length)
  })

  test('is deterministic for a given id factory', () => {
    const build = () => buildTemplate('base-cjm', 'ru', { withExample: true, idFactory: counter() })
    expect(build()).toEqual(build())
    expect(build().records[0]?.id).toBe('shape:id1')
  })

  test('Base CJM: the method lanes in order, the five stages with the Russian names of DOMAIN.md', () => {
    const ru = gridOf('base-cjm', 'ru')
    expect(ru.stages.map((s) => s.title)).toEqual([
      'Стимул',
      'Сбор информации',
      'Принятие решения и покупка',
      'Использование и сервис',
      'Выводы о дальнейшем взаимодействии',
    ])
    expect(ru.lanes.map((l) => [l.title, l.cardKind])).toEqual([
      ['Точки контакта', 'touchpoint'],
      ['JTBD – цели клиента', 'goal'],
      ['Чувства клиента', 'feeling'],
      ['Шаги', 'step'],
      ['Ожидания', 'expectation'],
      ['Барьеры', 'barrier'],
    ])
    expect(ru.title).toBe('Базовый CJM')
    const en = gridOf('base-cjm', 'en')
    expect(en.stages.map((s) => s.title)).toEqual([
      'Stimulus',
      'Information search',
      'Decision & purchase',
      'Use & service',
      'Conclusions about further interaction',
    ])
    expect(en.lanes.map((l) => l.title)).toEqual([
      'Touchpoints',
      'JTBD – client goals',
      'Client feelings',
      'Steps',
      'Expectations',
      'Barriers',
    ])
    expect(en.stages[2]?.metrics.map((m) => [m.kind, m.current])).toEqual([
      ['CES', null],
      ['CR', null],
    ])
  })

  test('the other templates: target map, communications map, «Я-Мы-Клиент» with its prompts', () => {
    expect(gridOf('target-map', 'ru').lanes.map((l) => l.title)).toEqual([
      'Тепловая карта',
      'Целевой процесс глазами клиента',
      'Целевые коммуникации глазами клиента',
      'Каналы коммуникаций глазами клиента',
    ])
    const communications = gridOf('communications', 'en').lanes.map((l) => [l.title, l.cardKind])
    expect(communications).toContainEqual(['What', 'message'])
    expect(communications).toContainEqual(['Channel', 'channel'])
    const iWeClient = gridOf('i-we-client', 'ru')
    expect(iWeClient.title).toBe('Я-Мы-Клиент')
    expect(iWeClient.stages).toHaveLength(5)
    expect(iWeClient.lanes.map((l) => [l.title, l.prompt])).toEqual([
      ['Я', 'Что я лично делаю и на что влияю'],
      ['Мы', 'Что делает наш отдел или компания и что передаёт другим'],
      ['Клиент', 'Что клиент в итоге видит, чувствует и ожидает'],
    ])
    expect(TEMPLATE_LAYOUTS.blank).toBeNull()
  })

  test.each(cases.filter((c) => c.withExample && c.id !== 'blank'))(
    '$id in $locale: every example card lands in its intended cell',
    ({ id, locale }) => {
      if (id === 'blank') return
      const texts = getTemplateTexts(locale)
      const origin = { x: -1234.5, y: 678 }
      const { records, departments } = buildTemplate(id, locale, { withExample: true, origin, idFactory: counter() })
      const journey = readJourney(records, departments)
      expect(journey.freeCards).toEqual([])
      const [grid] = journey.grids
      expect(grid).toMatchObject({ ...origin, title: `${texts.names[id]} — ${texts.example.subject}` })
      const stageTitles = new Map(grid?.stages.map((s) => [s.id, s.title]))
      const laneTitles = new Map(grid?.lanes.map((l) => [l.id, l.title]))
      const placed = grid?.cells.flatMap((cell) =>
        cell.cards.map((card) => [stageTitles.get(cell.stageId), laneTitles.get(cell.laneId), card.text]),
      )
      const intended = TEMPLATE_EXAMPLES[id].map((card) => [
        texts.stages[card.stage],
        texts.lanes[card.lane].title,
        texts.example.cards[card.key],
      ])
      expect(new Set(placed?.map((p) => JSON.stringify(p)))).toEqual(new Set(intended.map((p) => JSON.stringify(p))))
      const departmentIds = new Set(departments.map((d) => d.id))
      for (const card of grid?.cells.flatMap((c) => c.cards) ?? []) {
        expect(departmentIds.has(card.departmentId)).toBe(true)
        expect(card.authorName).not.toBe('')
      }
    },
  )

  test('the Base CJM example has an emotion curve, barrier severities and metric values', () => {
    const { records, departments } = buildTemplate('base-cjm', 'en', { withExample: true, idFactory: counter() })
    const [grid] = readJourney(records, departments).grids
    expect(grid?.emotion.map((point) => point.score)).toEqual([1, -1, -2, 1.5, null])
    expect(grid?.heat.max).toBe(7)
    const severities = grid?.cells.flatMap((c) => c.cards).flatMap((c) => (c.severity ? [c.severity] : []))
    expect(severities?.sort()).toEqual([2, 3, 4, 5])
    expect(grid?.stages[4]?.metrics[0]).toMatchObject({ kind: 'NPS', current: 12, target: 30 })
  })

  test('lanes grow to hold stacked example cards; indexes start above indexAfter', () => {
    const { records } = buildTemplate('base-cjm', 'en', { withExample: true, indexAfter: 'a9', idFactory: counter() })
    const gridRecord = records[0]!
    const grid = gridRecord.props as JourneyGridProps
    const laneTops = getLaneOffsets(grid)
    // Lanes holding two stacked cards grew past the default; every example card lies wholly inside its lane.
    expect(grid.lanes.filter((l) => l.h > GRID_DEFAULTS.laneH).length).toBeGreaterThanOrEqual(2)
    for (const card of records.slice(1)) {
      const { h } = card.props as JourneyCardProps
      const laneIndex = laneTops.findIndex((top, i) => {
        const y = card.y - gridRecord.y
        return y >= top && y + h <= top + (grid.lanes[i]?.h ?? 0)
      })
      expect(laneIndex, `card ${card.id} fits in a lane`).not.toBe(-1)
      expect(h).toBe(estimateCardHeight((card.props as JourneyCardProps).text))
    }
    expect(records.slice(0, 2).map((r) => r.index)).toEqual(['aA', 'aB'])
  })

  test('the blank board has no shapes, with or without the example; random ids by default', () => {
    expect(buildTemplate('blank', 'ru', { withExample: true }).records).toEqual([])
    const [a, b] = [buildTemplate('base-cjm', 'en'), buildTemplate('base-cjm', 'en')]
    expect(a.records[0]?.id).not.toBe(b.records[0]?.id)
    expect(createRandomId()).toMatch(/^[0-9A-Za-z]{21}$/)
  })
})

function gridOf(id: (typeof TEMPLATE_IDS)[number], locale: 'en' | 'ru'): JourneyGridProps {
  const grid = buildTemplate(id, locale, { idFactory: counter() }).records[0]
  return grid?.props as JourneyGridProps
}

function listGridIds(props: object): string[] {
  const grid = props as JourneyGridProps
  return [
    ...grid.stages.flatMap((stage) => [stage.id, ...stage.metrics.map((metric) => metric.id)]),
    ...grid.lanes.map((lane) => lane.id),
  ]
}
